/**
 * Stance proposals for one statement: the codes its cue words point to, each with a modality from the
 * words of the clause it stands in. A condition ("if the parties request it", "в случае …") makes it
 * CONDITIONAL and is kept in the text's words; a negation before the cue (in the same clause, not part of
 * the cue itself) makes it NEGATED; a future or readiness word makes it FUTURE. Condition wins over
 * negation, negation over future: "if asked, we will not mediate" is still an offer on a condition.
 */
import type { StanceCode } from '../model/index.js';
import { LEXICONS } from './lexicon.js';
import { STANCE_CUES } from './stanceCues.js';
import { compile, findAll, wordMatches, type Token } from './tokens.js';
import type { AnnotationLanguage, Cue, Mention, Modality, ProposedStance, Span } from './types.js';

interface CompiledCue {
  code: StanceCode;
  /** Groups of words; up to three words may stand between groups. */
  groups: string[][];
  negative: boolean;
}

const compiledCues = new Map<AnnotationLanguage, CompiledCue[]>();
function cuesFor(language: AnnotationLanguage): CompiledCue[] {
  let list = compiledCues.get(language);
  if (!list) {
    list = STANCE_CUES[language].map((c) => ({
      code: c.code,
      groups: c.phrase.split('~').map((g) => g.trim().split(/\s+/u)),
      negative: c.negative ?? false,
    }));
    compiledCues.set(language, list);
  }
  return list;
}

const GAP = 3;
const NEGATION_REACH = 4;
const WITHOUT = new Set(['without', 'ohne', 'без', 'жоқ']);
/**
 * A condition governs an offer or a commitment ("if the parties request it, we will consider providing a
 * platform"); beside a call for diplomacy it describes circumstances ("if conflicts arise, they must be
 * settled through diplomacy"), and the call stands unconditionally.
 */
const CONDITIONAL_CODES = new Set<StanceCode>(['OFFER_TO_HOST_TALKS', 'OFFER_TO_MEDIATE', 'SUPPORT_FOR_PARTY']);

/** German builds compounds ("Gesprächsbereitschaft", "Verhandlungslösung"): there a stem cue may open a longer word. */
function matchGroups(tokens: Token[], i: number, groups: string[][], compounds: boolean): number | null {
  let at = i;
  for (let g = 0; g < groups.length; g++) {
    const words = groups[g];
    let placed = -1;
    for (let skip = 0; skip <= (g === 0 ? 0 : GAP); skip++) {
      const from = at + skip;
      if (from + words.length > tokens.length) break;
      if (words.every((w, k) => wordMatches(w, tokens[from + k].lower) || (compounds && w.endsWith('*') && tokens[from + k].lower.startsWith(w.slice(0, -1))))) {
        placed = from;
        break;
      }
    }
    if (placed < 0) return null;
    at = placed + words.length;
  }
  return at;
}

/** The clause around a token: between the nearest clause marks (, ; : – .) on either side. */
function clauseOf(text: string, span: Span, bounds: Span): Span {
  const marks = /[,;:.!?–—]/u;
  let s = span.start;
  while (s > bounds.start && !marks.test(text[s - 1])) s--;
  let e = span.end;
  while (e < bounds.end && !marks.test(text[e])) e++;
  return { start: s, end: e };
}

const lexicalCache = new Map<AnnotationLanguage, ReturnType<typeof lexical>>();
function lexical(language: AnnotationLanguage) {
  const lex = LEXICONS[language];
  return { negation: compile(lex.negation), future: compile(lex.future), condition: compile(lex.condition) };
}
function lists(language: AnnotationLanguage) {
  let l = lexicalCache.get(language);
  if (!l) lexicalCache.set(language, (l = lexical(language)));
  return l;
}

const cueOf = (text: string, kind: Cue['kind'], start: number, end: number): Cue => ({ kind, start, end, text: text.slice(start, end) });

/**
 * The condition clause: from the condition word to the next comma (a condition that opens the sentence,
 * "If the parties request it, we …"), or to the end of the statement (one that closes it, "… if asked").
 */
function conditionText(text: string, start: number, bounds: Span): Span {
  let e = start;
  while (e < bounds.end && !/[,;.!?–—]/u.test(text[e])) e++;
  return { start, end: e };
}

/** `inside` are the statement's own words, `bounds` its span; only codes in `codebook` are proposed. */
export function proposeStances(
  text: string,
  language: AnnotationLanguage,
  inside: Token[],
  bounds: Span,
  mentions: Mention[],
  codebook: ReadonlySet<string>,
): ProposedStance[] {
  const found = new Map<StanceCode, ProposedStance>();
  const { negation, future, condition } = lists(language);
  const negations = findAll(inside, negation);
  const futures = findAll(inside, future);
  const conditions = findAll(inside, condition);
  const claimed: Span[] = [];
  for (let i = 0; i < inside.length; i++) {
    for (const c of cuesFor(language)) {
      if (found.has(c.code) || !codebook.has(c.code)) continue;
      const end = matchGroups(inside, i, c.groups, language === 'de');
      if (end === null) continue;
      const span = { start: inside[i].start, end: inside[end - 1].end };
      const clause = clauseOf(text, span, bounds);
      const cues: Cue[] = [cueOf(text, 'STANCE', span.start, span.end)];
      let modality: Modality = 'ASSERTED';
      let conditionSpan: Span | null = null;
      // The sentence the cue stands in: a condition may sit in the clause before ("If …, we will …").
      const sentence = sentenceOf(text, span, bounds);
      const cond = conditions.find((m) => inside[m.index].start >= sentence.start && inside[m.index].start < sentence.end);
      // A negation counts within a few words before the cue, and not when it belongs to another cue ("does not take sides").
      // Russian, Kazakh and German also negate after the words ("о посредничестве … не идет", "vermitteln wir nicht").
      const reachAfter = language === 'en' ? 0 : NEGATION_REACH;
      const neg = negations.find(
        (m) =>
          inside[m.index].start >= clause.start &&
          inside[m.index].start < clause.end &&
          ((m.index < i && i - m.index <= NEGATION_REACH) || (m.index >= end && m.index - end < reachAfter)) &&
          !claimed.some((s) => inside[m.index].start >= s.start && inside[m.index].end <= s.end),
      );
      const fut = futures.find((m) => inside[m.index].start >= clause.start && inside[m.index].start < clause.end);
      // "Ohne Gesprächsbereitschaft geht es nicht", "not without dialogue": a double negation asserts.
      const without = i > 0 && WITHOUT.has(inside[i - 1].lower);
      if (cond && CONDITIONAL_CODES.has(c.code)) {
        modality = 'CONDITIONAL';
        conditionSpan = conditionText(text, inside[cond.index].start, sentence);
        cues.push(cueOf(text, 'CONDITION', conditionSpan.start, conditionSpan.end));
      } else if (neg && !c.negative && !without) {
        modality = 'NEGATED';
        cues.push(cueOf(text, 'NEGATION', inside[neg.index].start, inside[neg.index + neg.length - 1].end));
      } else if (fut) {
        modality = 'FUTURE';
        cues.push(cueOf(text, 'FUTURE', inside[fut.index].start, inside[fut.index + fut.length - 1].end));
      }
      const conflicts = [...new Map(mentions.filter((m) => m.kind === 'CONFLICT' || m.kind === 'PROCESS').map((m) => [m.id, m])).values()];
      claimed.push(span);
      found.set(c.code, {
        code: c.code,
        modality,
        condition: conditionSpan ? text.slice(conditionSpan.start, conditionSpan.end) : null,
        conditionSpan,
        toward: conflicts.length === 1 ? { id: conflicts[0].id, name: conflicts[0].name } : null,
        cues,
      });
    }
  }
  return [...found.values()];
}

function sentenceOf(text: string, span: Span, bounds: Span): Span {
  let s = span.start;
  while (s > bounds.start && !/[.!?]/u.test(text[s - 1])) s--;
  let e = span.end;
  while (e < bounds.end && !/[.!?]/u.test(text[e])) e++;
  return { start: s, end: e };
}
