/**
 * What the proposer proposes. Spans count Unicode code points of the article's text (as every span in the
 * graph does, see src/records/spans.ts); `end` is exclusive. Nothing here is written to the graph: the
 * researcher confirms, edits or rejects each proposal first.
 */
import type { DatePrecision } from '../records/partialDate.js';
import type { StanceCode } from '../model/index.js';

export type ProposalKind = 'QUOTE' | 'PARAPHRASE';
export type Modality = 'ASSERTED' | 'CONDITIONAL' | 'NEGATED' | 'FUTURE';
/** The languages the proposer has rules for; others are refused rather than half-read. */
export const ANNOTATION_LANGUAGES = ['en', 'ru', 'kk', 'de'] as const;
export type AnnotationLanguage = (typeof ANNOTATION_LANGUAGES)[number];

export type SpeakerKind = 'PERSON' | 'ORGANIZATION' | 'COUNTRY';
/** How a speaker was found: by a name the graph has, a later surname-only mention, a role ("the minister"), a pronoun, or a name the graph does not have. */
export type SpeakerMatch = 'NAME' | 'SURNAME' | 'ROLE' | 'PRONOUN' | 'NEW';

export interface Span {
  start: number;
  end: number;
}

export interface ProposedSpeaker {
  /** The graph's identifier, or null for a speaker the graph does not have yet. */
  id: string | null;
  /** The graph's name, or the name as the text writes it for a new speaker. */
  name: string;
  kind: SpeakerKind;
  match: SpeakerMatch;
  /** Where the text names (or refers to) the speaker for this proposal; null when it is carried over from an earlier sentence. */
  span: Span | null;
  /** For a new person: the title the text gives ("Deputy Foreign Minister"), if any. */
  title: string | null;
}

export interface ProposedOnBehalfOf {
  id: string | null;
  name: string;
  /** OFFICE: from the speaker's office on the date in the graph; TEXT: from the words around the name ("Kazakh …"); ORGANIZATION: the speaking body's country. */
  basis: 'OFFICE' | 'TEXT' | 'ORGANIZATION';
  span: Span | null;
}

export interface ProposedDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD, the graph's partial-date form. */
  value: string;
  precision: DatePrecision;
  /** PUBLISHED: the article's date; TEXT: a date the text gives, resolved against the publication date. */
  basis: 'PUBLISHED' | 'TEXT';
  span: Span | null;
}

export type MentionKind = 'COUNTRY' | 'PERSON' | 'ORGANIZATION' | 'CONFLICT' | 'PROCESS';

export interface Mention extends Span {
  id: string;
  name: string;
  kind: MentionKind;
  /** The words as written ("Iranian", "Казахстана"). */
  text: string;
}

export type CueKind = 'ATTRIBUTION' | 'STANCE' | 'CONDITION' | 'NEGATION' | 'FUTURE' | 'DATE';

export interface Cue extends Span {
  kind: CueKind;
  text: string;
}

export interface ProposedStance {
  code: StanceCode;
  modality: Modality;
  /** For CONDITIONAL: the condition in the text's words ("if the parties request it"). */
  condition: string | null;
  conditionSpan: Span | null;
  /** The conflict or process the stance is toward, when the proposal mentions exactly one. */
  toward: { id: string; name: string } | null;
  /** The words the code and the modality rest on. */
  cues: Cue[];
}

export interface Proposal extends Span {
  kind: ProposalKind;
  /** The quoted words (QUOTE, without the marks) or what was reported (PARAPHRASE): exactly the text at [start, end). */
  text: string;
  speaker: ProposedSpeaker | null;
  onBehalfOf: ProposedOnBehalfOf | null;
  date: ProposedDate | null;
  mentions: Mention[];
  stances: ProposedStance[];
  /** Every cue the proposal rests on: the attribution verb, stance words, condition, negation, future, date. */
  cues: Cue[];
}

export interface Proposals {
  proposals: Proposal[];
}

export interface ArticleInput {
  text: string;
  language: AnnotationLanguage;
  /** The publication date (YYYY-MM-DD, YYYY-MM or YYYY), or null when unknown. */
  published: string | null;
}
