import { gql } from './api';
import { kindLabel } from './kinds';
import { SEARCH, type EntityRef, type SearchHit, type SearchResult } from './queries';

export interface SearchBoxOptions {
  input: HTMLInputElement;
  listbox: HTMLUListElement;
  /** Entity kinds the box offers (Country, Person, ...). */
  kinds: string[];
  onPick(entity: EntityRef): void;
  onError(error: unknown): void;
}

const DEBOUNCE_MS = 200;

function hitText(hit: SearchHit): string {
  const matched = hit.entity.name === hit.matchedText ? '' : ` — “${hit.matchedText}”`;
  return `${hit.entity.name}${matched}`;
}

/**
 * A search field in the ARIA combobox pattern: type a name in any script or a phrase of a quote, move
 * through the results with the arrow keys, pick one with Enter (or a click), close with Escape.
 */
export function createSearchBox({ input, listbox, kinds, onPick, onError }: SearchBoxOptions) {
  let hits: SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let asked = 0;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.autocomplete = 'off';
  listbox.setAttribute('role', 'listbox');
  listbox.hidden = true;

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index: number) {
    active = index;
    listbox.querySelectorAll<HTMLElement>('[role=option]').forEach((option, i) => {
      option.setAttribute('aria-selected', String(i === index));
      if (i === index) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    });
  }

  function pick(index: number) {
    const hit = hits[index];
    if (!hit) return;
    input.value = hit.entity.name;
    close();
    onPick(hit.entity);
  }

  function render() {
    listbox.replaceChildren();
    if (!hits.length) {
      const empty = document.createElement('li');
      empty.className = 'search-empty';
      empty.textContent = `Nothing found for “${input.value.trim()}”.`;
      listbox.append(empty);
    }
    hits.forEach((hit, i) => {
      const option = document.createElement('li');
      option.id = `${listbox.id}-option-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.dataset.entityId = hit.entity.id;
      const kind = document.createElement('span');
      kind.className = `kind-badge kind-${hit.entity.kind}`;
      kind.textContent = kindLabel(hit.entity.kind);
      const text = document.createElement('span');
      text.textContent = hitText(hit);
      if (hit.language) text.lang = hit.language;
      option.append(kind, ' ', text);
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => pick(i));
      listbox.append(option);
    });
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }

  async function run(text: string) {
    const ticket = ++asked;
    try {
      const data = await gql<SearchResult>(SEARCH, { text, kinds });
      if (ticket !== asked) return;
      hits = data.search.edges.map((e) => e.node);
      render();
    } catch (error) {
      if (ticket === asked) onError(error);
    }
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      asked++;
      close();
      return;
    }
    timer = window.setTimeout(() => run(text), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      if (listbox.hidden) render();
      highlight((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      highlight(active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      if (!listbox.hidden && hits.length) {
        event.preventDefault();
        pick(active >= 0 ? active : 0);
      }
    } else if (event.key === 'Escape') {
      close();
    }
  });

  input.addEventListener('blur', () => close());

  return {
    /** Shows an entity as chosen without searching (a view restored from a link). */
    show(entity: EntityRef) {
      input.value = entity.name;
    },
    clear() {
      input.value = '';
      hits = [];
      close();
    },
  };
}
