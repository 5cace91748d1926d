/**
 * The annotated corpus (bench/annotate/corpus/*.json): real news excerpts with hand-made gold quotes,
 * paraphrases, speakers and stances. Gold spans are given as the exact text (and which occurrence of it),
 * located here, so no one counts code points by hand; the scorer compares them with the proposer's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codePointOffsets } from '../../src/annotate/codePoints.js';
import type { AnnotationLanguage, Modality } from '../../src/annotate/types.js';

export const CORPUS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');

export interface GoldSpeaker {
  /** The graph's identifier when the graph has the speaker. */
  id: string | null;
  /** Names any of which counts as right (the person's name, or the body the text names instead). */
  names: string[];
}

export interface GoldItem {
  text: string;
  occurrence: number;
  speaker: GoldSpeaker;
  stances: Array<{ code: string; modality: Modality }>;
  /** ISO 3166-1 alpha-2 of the state spoken for, when the text makes it plain. */
  country: string | null;
  start: number;
  end: number;
}

export interface Excerpt {
  id: string;
  url: string;
  title: string | null;
  language: AnnotationLanguage;
  published: string | null;
  /** `heldout` excerpts were annotated before the rules were written and looked at only after. */
  split: 'dev' | 'heldout';
  note: string | null;
  text: string;
  quotes: GoldItem[];
  paraphrases: GoldItem[];
}

function locate(text: string, item: Omit<GoldItem, 'start' | 'end'>, id: string): GoldItem {
  let at = -1;
  for (let n = 0; n < item.occurrence; n++) {
    at = text.indexOf(item.text, at + 1);
    if (at < 0) throw new Error(`${id}: the gold text "${item.text.slice(0, 60)}…" is not in the excerpt`);
  }
  const cp = codePointOffsets(text);
  return { ...item, start: cp(at), end: cp(at + item.text.length) };
}

export function readCorpus(dir = CORPUS_DIR): Excerpt[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      return {
        ...raw,
        quotes: raw.quotes.map((q: GoldItem) => locate(raw.text, q, raw.id)),
        paraphrases: raw.paraphrases.map((p: GoldItem) => locate(raw.text, p, raw.id)),
      } as Excerpt;
    });
}
