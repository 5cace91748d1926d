/**
 * GraphiQL 4 renders markup that axe-core faults and that GraphiQL offers no prop for. This mends it in the DOM after
 * React has rendered, and again whenever GraphiQL renders more (a new tab, a pane opened, an answer shown), so a
 * screen-reader or keyboard user finds the same playground a mouse user does. Colours are mended in playground.css.
 */

/** What each CodeMirror's hidden textarea is for, by the GraphiQL section that holds it (CodeMirror gives it no name). */
function editorName(textarea: HTMLTextAreaElement): string | null {
  if (textarea.closest('.graphiql-query-editor')) return 'Query';
  if (textarea.closest('.result-window')) return 'Response (read only)';
  const tool = textarea.closest('.graphiql-editor-tool');
  if (tool) {
    // GraphiQL renders the variables editor before the headers editor in the same section.
    const editors = [...tool.querySelectorAll('.graphiql-editor')];
    const index = editors.findIndex((editor) => editor.contains(textarea));
    return index === 0 ? 'Variables (JSON)' : 'Headers (JSON)';
  }
  return null;
}

function setAttribute(element: Element, name: string, value: string) {
  // Only on a change: the observer sees our own writes too, and must settle.
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function removeAttribute(element: Element, name: string) {
  if (element.hasAttribute(name)) element.removeAttribute(name);
}

/**
 * GraphiQL makes each <li> the tab and puts two buttons in it (select, close): a tab with controls inside is
 * announced as one control and hides the others. The select button becomes the tab instead; the close button
 * leaves the accessibility tree (a tab list may hold only tabs) and the keyboard reaches it as the ARIA tabs
 * pattern does, with Delete on the tab.
 */
function mendTabs(root: HTMLElement) {
  for (const item of root.querySelectorAll<HTMLElement>('.graphiql-tab')) {
    const button = item.querySelector('.graphiql-tab-button');
    if (!button) continue;
    setAttribute(item, 'role', 'presentation');
    // React sets aria-selected on the <li> again each time the active tab changes; it is read from the class.
    removeAttribute(item, 'aria-selected');
    setAttribute(button, 'role', 'tab');
    setAttribute(button, 'aria-selected', String(item.classList.contains('graphiql-tab-active')));
    const close = item.querySelector('.graphiql-tab-close');
    if (close) {
      setAttribute(close, 'aria-hidden', 'true');
      setAttribute(close, 'tabindex', '-1');
    }
  }
}

function closeTabOnDelete(event: KeyboardEvent) {
  if (event.key !== 'Delete') return;
  const tab = (event.target as Element | null)?.closest?.('.graphiql-tab');
  const close = tab?.querySelector<HTMLElement>('.graphiql-tab-close');
  if (!close) return;
  event.preventDefault();
  close.click();
}

function mend(root: HTMLElement) {
  mendTabs(root);
  for (const textarea of root.querySelectorAll<HTMLTextAreaElement>('.CodeMirror textarea')) {
    const name = editorName(textarea);
    if (name) setAttribute(textarea, 'aria-label', name);
  }
  // CodeMirror scrolls in a div outside its textarea and marks it unfocusable; a long query or answer could then be
  // scrolled only with a mouse. In the tab order, the arrow keys scroll it.
  for (const scroller of root.querySelectorAll('.CodeMirror-scroll')) setAttribute(scroller, 'tabindex', '0');
  // A history entry's button is labelled "Set active" while it shows the operation's name: a speech user saying
  // the name they see would not reach it. The name it shows is its name.
  for (const entry of root.querySelectorAll('.graphiql-history-item-label')) removeAttribute(entry, 'aria-label');
}

/** Mends the GraphiQL tree under root now and after every change GraphiQL makes to it. */
export function mendGraphiQLAccessibility(root: HTMLElement): void {
  mend(root);
  new MutationObserver(() => mend(root)).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['class', 'role', 'aria-selected', 'aria-label', 'tabindex', 'aria-hidden'],
  });
  root.addEventListener('keydown', closeTabOnDelete);
}
