type Child = Node | string | null | undefined | false;

/** Builds an element; text goes in as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

export function button(label: string, onClick: () => void, attributes: Record<string, string> = {}) {
  const b = el('button', { type: 'button', ...attributes }, label);
  b.addEventListener('click', onClick);
  return b;
}

/** A partial date as a reader writes it: 3 March 2026, March 2026, 2026. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'date unknown';
  // A range or a bound as written (2026-03-03/2026-03-08, ../2025-05, 2013-02-27/..), said in words.
  const [from, to] = value.split('/');
  if (to !== undefined) {
    if (from === '..') return `on or before ${formatDate(to)}`;
    if (to === '..') return `on or after ${formatDate(from)}`;
    return `from ${formatDate(from)} to ${formatDate(to)}`;
  }
  const [year, month, day] = value.split('-');
  const monthName = month ? new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }) : '';
  return [day && String(Number(day)), monthName, year].filter(Boolean).join(' ');
}
