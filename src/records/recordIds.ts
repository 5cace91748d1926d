import { slugify } from 'transliteration';
import { BEFORE_TRANSLITERATION } from '../search/fold.js';

/**
 * Identifiers for records the annotation page creates, made the way the seed's are written by hand
 * (person:alibek-bakayev, source:astana-times-2026-03-03-…, position:kz/offer-to-mediate/…): from the
 * names and words themselves, so confirming the same article again finds the same records.
 */

const MAX_SLUG = 60;

/** Lower-case Latin words joined by hyphens, in any script (Бақаев gives bakaev), cut at a word boundary. */
export function slug(text: string, max = MAX_SLUG): string {
  const full = slugify(text.normalize('NFKC'), { replace: BEFORE_TRANSLITERATION, lowercase: true, separator: '-', trim: true })
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (full.length <= max) return full;
  const cut = full.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** What follows the kind in an id: `country:KZ` gives `kz`, as the seed's position ids write holders. */
export function idTail(id: string): string {
  return slug(id.slice(id.indexOf(':') + 1), 80);
}

export interface SourceNaming {
  url?: string;
  publisher?: string;
  published?: string;
  title?: string;
  text: string;
}

/** The publisher (or the web address's host), the date, and the title (or the address's last words, or the text's first). */
export function sourceId(s: SourceNaming): string {
  const url = s.url ? new URL(s.url) : null;
  const host = url?.hostname.replace(/^www\./, '') ?? '';
  const lastSegment = url ? decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? '').replace(/\.[a-z]{2,5}$/i, '') : '';
  const who = slug(s.publisher ?? '', 30) || slug(host, 30);
  const what = slug(s.title ?? '', 50) || slug(lastSegment, 50) || slug(s.text.slice(0, 200), 40);
  return `source:${[who, s.published, what].filter(Boolean).join('-') || 'article'}`;
}

/** A statement is its source and its span: the same words at the same place are the same rendering. */
export function statementId(sourceId: string, span: { start: number; end: number }, words: string): string {
  return `statement:${idTail(sourceId)}/${span.start}-${span.end}-${slug(words, 40) || 'words'}`;
}

export function actorId(kind: 'person' | 'org', name: string): string {
  return `${kind}:${slug(name, 80) || 'unnamed'}`;
}

/** Every position id of one holder begins so. */
export function positionPrefix(holder: string): string {
  return `position:${idTail(holder)}/`;
}

export function positionId(holder: string, stance: string, toward: string | undefined, modality: string): string {
  const parts = [slug(stance), toward ? idTail(toward) : null, modality === 'ASSERTED' ? null : modality.toLowerCase()];
  return positionPrefix(holder) + parts.filter(Boolean).join('/');
}

/** `base`, or `base-2`, `base-3`… : the first the graph does not hold for something else. */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}
