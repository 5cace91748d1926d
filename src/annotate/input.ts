/**
 * The article the proposer is given, checked once for the CLI and the GraphQL query alike: a language it
 * has rules for, a publication date in the graph's partial-date form, a text of a size it answers quickly.
 */
import { parsePartialDate } from '../records/partialDate.js';
import { ANNOTATION_LANGUAGES, type AnnotationLanguage, type ArticleInput } from './types.js';

/** About 150,000 words: longer than any article, short enough to answer within a request's time. */
export const MAX_ARTICLE_CHARACTERS = 1_000_000;

export type Checked = { ok: true; input: ArticleInput } | { ok: false; field: 'text' | 'language' | 'published'; message: string };

export function checkArticle(text: string, language: string, published: string | null | undefined): Checked {
  if (!text.trim()) return { ok: false, field: 'text', message: 'The text is empty: paste the article to annotate.' };
  if (text.length > MAX_ARTICLE_CHARACTERS) {
    return { ok: false, field: 'text', message: `The text has ${text.length.toLocaleString('en-US')} characters; the proposer takes at most ${MAX_ARTICLE_CHARACTERS.toLocaleString('en-US')}.` };
  }
  const lang = language.trim().toLowerCase();
  if (!(ANNOTATION_LANGUAGES as readonly string[]).includes(lang)) {
    return { ok: false, field: 'language', message: `The proposer reads ${ANNOTATION_LANGUAGES.join(', ')}; "${language}" is not one of them.` };
  }
  if (published && !parsePartialDate(published)) {
    return { ok: false, field: 'published', message: `"${published}" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.` };
  }
  return { ok: true, input: { text, language: lang as AnnotationLanguage, published: published || null } };
}
