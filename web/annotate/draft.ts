import type { Modality, Proposal, Span, SpeakerKind } from './queries';

/** An actor as the researcher leaves it: one from the graph (`id`), or a new one by the name as written. */
export interface ActorChoice {
  id: string | null;
  name: string;
  kind: SpeakerKind;
  span: Span | null;
}

export interface StanceChoice {
  code: string;
  modality: Modality;
  condition: string;
  toward: string | null;
}

/** A proposal as the researcher is deciding on it: every field editable, the proposer's original kept. */
export interface Draft {
  index: number;
  proposal: Proposal;
  decision: 'undecided' | 'accepted' | 'rejected';
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  speaker: ActorChoice | null;
  onBehalfOf: ActorChoice | null;
  date: string;
  /** The ids of the mentions kept. */
  mentions: Set<string>;
  stances: StanceChoice[];
  /** Statements already held that render the same utterance (another outlet's quote, the original of a translation). */
  renders: Array<{ id: string; name: string }>;
  /** Why the server refused it, if it did. */
  problem: string | null;
}

export function draftOf(proposal: Proposal, index: number): Draft {
  return {
    index,
    proposal,
    decision: 'undecided',
    kind: proposal.kind,
    text: proposal.text,
    speaker: proposal.speaker && { id: proposal.speaker.id, name: proposal.speaker.name, kind: proposal.speaker.kind, span: proposal.speaker.span },
    onBehalfOf: proposal.onBehalfOf && { id: proposal.onBehalfOf.id, name: proposal.onBehalfOf.name, kind: 'ORGANIZATION', span: proposal.onBehalfOf.span },
    date: proposal.date?.value ?? '',
    mentions: new Set(proposal.mentions.filter(linkable).map((m) => m.id)),
    stances: proposal.stances.map((s) => ({ code: s.code, modality: s.modality, condition: s.condition ?? '', toward: s.toward?.id ?? null })),
    renders: [],
    problem: null,
  };
}

/** A statement links to the actors it names and the conflicts it is about; talks and the like are not linked. */
export function linkable(mention: Proposal['mentions'][number]): boolean {
  return mention.kind !== 'PROCESS';
}

const blank = (value: string) => value.trim() === '';

function actorInput(actor: ActorChoice | null) {
  if (!actor || blank(actor.name)) return null;
  return { id: actor.id, name: actor.name.trim(), kind: actor.kind, span: actor.span };
}

/** The draft as confirmAnnotations takes it (AcceptedProposalInput). */
export function toInput(draft: Draft) {
  return {
    kind: draft.kind,
    start: draft.proposal.start,
    end: draft.proposal.end,
    text: draft.text,
    speaker: actorInput(draft.speaker),
    onBehalfOf: actorInput(draft.onBehalfOf),
    date: blank(draft.date) ? null : { value: draft.date.trim() },
    mentions: [...draft.mentions],
    stances: draft.stances.map((s) => ({
      code: s.code,
      modality: s.modality,
      condition: s.modality === 'CONDITIONAL' && !blank(s.condition) ? s.condition.trim() : null,
      toward: s.toward,
    })),
    renders: draft.renders.map((r) => r.id),
  };
}
