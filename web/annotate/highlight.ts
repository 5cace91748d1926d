import { locateWords, type Located } from '../../src/records/spanLocation';
import type { Draft } from './draft';

/**
 * Where a draft's words are now: the server's own rule (src/records/spanLocation.ts), so what the page
 * highlights is the span that will be written, and words it would refuse are flagged before sending.
 */
export function whereNow(text: string, draft: Draft): Located {
  return locateWords(text, { start: draft.proposal.start, end: draft.proposal.end, words: draft.text });
}

export type Mark = 'quote' | 'paraphrase' | 'speaker' | 'mention' | 'cue';

interface Marked {
  start: number;
  end: number;
  mark: Mark;
  /** The proposal it belongs to. */
  index: number;
}

/** Every span a proposal rests on: its words, its speaker, the entities it names and its cue words. */
export function marksOf(text: string, draft: Draft): Marked[] {
  const p = draft.proposal;
  const index = draft.index;
  const now = whereNow(text, draft);
  const words = now.found ? now : p;
  const spans: Marked[] = [{ start: words.start, end: words.end, mark: draft.kind === 'QUOTE' ? 'quote' : 'paraphrase', index }];
  if (p.speaker?.span) spans.push({ ...p.speaker.span, mark: 'speaker', index });
  for (const m of p.mentions) spans.push({ start: m.start, end: m.end, mark: 'mention', index });
  for (const c of [...p.cues, ...p.stances.flatMap((s) => s.cues)]) spans.push({ start: c.start, end: c.end, mark: 'cue', index });
  return spans;
}

export interface Segment {
  text: string;
  marks: Set<Mark>;
  /** The proposals whose spans cover it. */
  proposals: Set<number>;
  /** The proposal whose words begin here, if any. */
  begins: number | null;
}

/** The text cut at every span boundary (in code points), each piece with the marks that cover it. */
export function segments(text: string, marks: Marked[]): Segment[] {
  const points = Array.from(text);
  const cuts = new Set([0, points.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(points.length, m.start)));
    cuts.add(Math.max(0, Math.min(points.length, m.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const [from, to] = [sorted[i], sorted[i + 1]];
    const covering = marks.filter((m) => m.start <= from && m.end >= to);
    const begins = covering.find((m) => (m.mark === 'quote' || m.mark === 'paraphrase') && m.start === from);
    out.push({
      text: points.slice(from, to).join(''),
      marks: new Set(covering.map((m) => m.mark)),
      proposals: new Set(covering.map((m) => m.index)),
      begins: begins ? begins.index : null,
    });
  }
  return out;
}
