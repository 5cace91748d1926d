import type { Label } from '../data/labels.js';
import { ACTOR_LABELS } from '../data/labels.js';
import { fold } from '../search/fold.js';
import type { FieldIssue } from './checks.js';
import { parsePartialDate } from './partialDate.js';
import { actorId, freeId, positionId, sourceId, statementId } from './recordIds.js';
import { locateWords } from './spanLocation.js';
import { SOURCE_METADATA_FIELDS } from '../model/index.js';

/** What a researcher confirms on the annotation page: the article and the proposals they accepted. */
export interface AnnotatedSource {
  text: string;
  url?: string;
  publisher?: string;
  published?: string;
  language: string;
  title?: string;
  kind?: string;
}

export interface ProposedActor {
  id?: string;
  name: string;
  kind?: 'PERSON' | 'ORGANIZATION' | 'COUNTRY';
  span?: { start: number; end: number };
  organizationKind?: string;
}

export interface ProposedStance {
  code: string;
  modality: string;
  condition?: string;
  toward?: string;
}

export interface AcceptedProposal {
  kind: 'QUOTE' | 'PARAPHRASE';
  start: number;
  end: number;
  text: string;
  speaker?: ProposedActor;
  onBehalfOf?: ProposedActor;
  date?: { value: string };
  mentions?: string[];
  stances?: ProposedStance[];
  renders?: string[];
  context?: string;
}

export interface ConfirmInput {
  source: AnnotatedSource;
  proposals: AcceptedProposal[];
}

/** An issue whose path starts at the mutation's input; `reason` tells a span refusal apart. */
export interface ConfirmIssue extends FieldIssue {
  reason?: 'SPAN_NOT_FOUND' | 'SPAN_AMBIGUOUS';
}

export interface HeldEntity {
  id: string;
  label: Label;
  name: string | null;
}

export interface HeldPosition {
  id: string;
  holder: string;
  stance: string;
  modality: string;
  condition: string | null;
  toward: string | null;
}

type Rec = Record<string, unknown>;
type NewActorKind = 'person' | 'org';

const SPEAKER_LABELS: readonly Label[] = ACTOR_LABELS;

/** A new actor a proposal names, by where it is named and the id it would first be given. */
export interface PlannedActor {
  path: Array<string | number>;
  kind: NewActorKind;
  name: string;
  base: string;
}

function isNew(actor: ProposedActor | undefined): actor is ProposedActor {
  return Boolean(actor && !actor.id);
}

const NEW_KINDS = { PERSON: 'person', ORGANIZATION: 'org', COUNTRY: 'country' } as const;

/** The ids the input names, to be looked up: speakers, those spoken for, mentions, conflicts and renderings. */
export function referencedIds(input: ConfirmInput): string[] {
  return [
    ...new Set(
      input.proposals.flatMap((p) => [
        ...[p.speaker?.id, p.onBehalfOf?.id].filter((id): id is string => Boolean(id)),
        ...(p.mentions ?? []),
        ...(p.renders ?? []),
        ...(p.stances ?? []).flatMap((s) => (s.toward ? [s.toward] : [])),
      ]),
    ),
  ];
}

/** The people and organizations the input adds by name. */
export function plannedActors(input: ConfirmInput): PlannedActor[] {
  return input.proposals.flatMap((p, i) =>
    (['speaker', 'onBehalfOf'] as const).flatMap((field) => {
      const actor = p[field];
      if (!isNew(actor)) return [];
      const kind = NEW_KINDS[actor.kind ?? (field === 'speaker' ? 'PERSON' : 'ORGANIZATION')];
      if (kind === 'country') return [];
      return [{ path: ['proposals', i, field], kind, name: actor.name, base: actorId(kind, actor.name) }];
    }),
  );
}

/** A held actor of the same kind and name is the same actor; otherwise the first free id of the name. */
function resolveActor(planned: PlannedActor, held: HeldEntity[], minted: Map<string, string>): { id: string; reused: boolean } {
  const label: Label = planned.kind === 'person' ? 'Person' : 'Organization';
  const key = `${label}|${fold(planned.name)}`;
  const same = held.find((h) => (h.id === planned.base || h.id.startsWith(`${planned.base}-`)) && h.label === label && h.name !== null && fold(h.name) === fold(planned.name));
  if (same) return { id: same.id, reused: true };
  if (minted.has(key)) return { id: minted.get(key)!, reused: true };
  const takenIds = new Set([...held.map((h) => h.id), ...minted.values()]);
  const id = freeId(planned.base, (candidate) => takenIds.has(candidate));
  minted.set(key, id);
  return { id, reused: false };
}

export interface Resolution {
  sourceId: string;
  /** `proposals.3.speaker` → the id it resolves to. */
  actors: Map<string, string>;
  /** The label of every actor resolved, held or new. */
  actorLabels: Map<string, Label>;
  actorRecords: Rec[];
  issues: ConfirmIssue[];
}

export interface SourceFacts {
  /** The import record of the source already held for this article (same web address, or same id and text). */
  held: Rec | null;
  /** Ids the graph holds that the new source's id would clash with. */
  takenIds: Set<string>;
}

const pathKey = (path: Array<string | number>) => path.join('.');

function nameCitation(text: string, sourceId: string, actor: ProposedActor) {
  const located = locateWords(text, { start: actor.span?.start ?? 0, end: actor.span?.end ?? 0, words: actor.name });
  if (located.found) return { source: sourceId, start: located.start, end: located.end, match: 'EXACT' };
  const first = text.indexOf(actor.name);
  if (first < 0) return { source: sourceId };
  const start = Array.from(text.slice(0, first)).length;
  return { source: sourceId, start, end: start + Array.from(actor.name).length, match: 'EXACT' };
}

/** The source's id and the new actors' ids and records, with what is wrong with the ids the input names. */
export function resolve(input: ConfirmInput, source: SourceFacts, labels: Map<string, Label>, held: HeldEntity[]): Resolution {
  const id = (source.held?.id as string | undefined) ?? freeId(sourceId(input.source), (c) => source.takenIds.has(c));
  const issues: ConfirmIssue[] = [];
  const actors = new Map<string, string>();
  const actorLabels = new Map<string, Label>();
  const actorRecords: Rec[] = [];
  const minted = new Map<string, string>();
  const planned = new Map(plannedActors(input).map((p) => [pathKey(p.path), p]));
  input.proposals.forEach((p, i) => {
    for (const field of ['speaker', 'onBehalfOf'] as const) {
      const actor = p[field];
      if (!actor) continue;
      const at: Array<string | number> = ['proposals', i, field];
      if (actor.id) {
        const label = labels.get(actor.id);
        if (!label) issues.push({ path: [...at, 'id'], message: `“${actor.id}” (${actor.name}) is not in the graph: pick ${field === 'speaker' ? 'the speaker' : 'whom they spoke for'} again with search, or clear the id to add a new one` });
        else if (!SPEAKER_LABELS.includes(label)) issues.push({ path: [...at, 'id'], message: `“${actor.id}” is a ${label}, not a person, organization or country` });
        else {
          actors.set(pathKey(at), actor.id);
          actorLabels.set(actor.id, label);
        }
        continue;
      }
      const plan = planned.get(pathKey(at));
      if (!plan) {
        issues.push({ path: [...at, 'id'], message: `${actor.name} is a country the graph does not hold: pick one from the graph` });
        continue;
      }
      const { id: actorIdentity, reused } = resolveActor(plan, held, minted);
      actors.set(pathKey(at), actorIdentity);
      actorLabels.set(actorIdentity, plan.kind === 'person' ? 'Person' : 'Organization');
      if (reused) continue;
      const names = [{ value: actor.name, language: input.source.language, kind: 'OFFICIAL', citations: [nameCitation(input.source.text, id, actor)] }];
      actorRecords.push(
        plan.kind === 'person'
          ? { type: 'Person', id: actorIdentity, name: actor.name, names }
          : { type: 'Organization', id: actorIdentity, name: actor.name, kind: actor.organizationKind ?? 'OTHER', names },
      );
    }
  });
  return { sourceId: id, actors, actorLabels, actorRecords, issues };
}

const optional = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/**
 * The article as a Source record. A held one keeps what it says, gains what it lacked and the text annotated;
 * what it had only guessed from its web address gives way to what the researcher read in the article.
 */
export function sourceRecord(input: AnnotatedSource, id: string, held: Rec | null): Rec {
  const given: Rec = {
    title: optional(input.title),
    publisher: optional(input.publisher),
    url: optional(input.url),
    published: optional(input.published),
    language: input.language,
  };
  if (!held) {
    return Object.fromEntries(
      Object.entries({ type: 'Source', id, ...given, kind: input.kind ?? 'NEWS_ARTICLE', text: input.text }).filter(([, v]) => v !== undefined),
    );
  }
  const merged: Rec = { ...held, text: input.text };
  const guessed = new Set((held.inferredFromUrl as string[] | undefined) ?? []);
  const filled = new Set<string>();
  for (const [field, value] of Object.entries(given)) {
    const upper = field.toUpperCase();
    const replaceable = merged[field] === undefined || ((SOURCE_METADATA_FIELDS as readonly string[]).includes(upper) && guessed.has(upper));
    if (value !== undefined && replaceable) {
      merged[field] = value;
      filled.add(upper);
    }
  }
  const inferred = [...guessed].filter((f) => !filled.has(f));
  if (inferred.length) merged.inferredFromUrl = inferred;
  else delete merged.inferredFromUrl;
  return merged;
}

export interface Located {
  /** Per proposal, its span in the text, or null when refused. */
  spans: Array<{ start: number; end: number } | null>;
  relocated: number[];
  issues: ConfirmIssue[];
}

/** Every proposal's words found in the text, or refused with words a researcher can act on. */
export function locateProposals(input: ConfirmInput): Located {
  const issues: ConfirmIssue[] = [];
  const relocated: number[] = [];
  const seen = new Map<string, number>();
  const spans = input.proposals.map((p, i) => {
    const located = locateWords(input.source.text, { start: p.start, end: p.end, words: p.text });
    const shown = p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text;
    if (!located.found) {
      issues.push(
        located.reason === 'NOT_FOUND'
          ? { path: ['proposals', i, 'text'], reason: 'SPAN_NOT_FOUND', message: `“${shown}” is not in the source text: edit the words to read exactly as the text prints them, or reject the proposal` }
          : { path: ['proposals', i, 'text'], reason: 'SPAN_AMBIGUOUS', message: `“${shown}” occurs ${located.occurrences} times in the source text, so which one is meant cannot be told: keep enough words to make it unique` },
      );
      return null;
    }
    const key = `${p.kind}|${located.start}|${located.end}`;
    if (seen.has(key)) {
      issues.push({ path: ['proposals', i], message: `it is the same ${p.kind === 'QUOTE' ? 'quote' : 'paraphrase'} at the same place as proposal ${seen.get(key)! + 1}: send it once` });
      return null;
    }
    seen.set(key, i);
    if (located.moved) relocated.push(i);
    return { start: located.start, end: located.end };
  });
  return { spans, relocated, issues };
}

/** The holder of a proposal's stances: whom it was said for, else the speaker. */
export function stanceHolder(resolution: Resolution, i: number): string | undefined {
  return resolution.actors.get(`proposals.${i}.onBehalfOf`) ?? resolution.actors.get(`proposals.${i}.speaker`);
}

export interface Built {
  records: Rec[];
  /** Per proposal, the id of its statement. */
  statementIds: string[];
  /** Where in the input each new position was first asked for, to say a refusal there. */
  positionsAskedAt: Map<string, Array<string | number>>;
  issues: ConfirmIssue[];
}

/**
 * The statements and positions of the accepted proposals. A speaker that is an organization or a country
 * speaks for itself (a statement's speaker is a person). A stance the holder already holds the same way
 * (stance, conflict, modality, condition) is expressed again; a new one cites the statements' spans.
 */
export function statementRecords(
  input: ConfirmInput,
  located: Located,
  resolution: Resolution,
  labels: Map<string, Label>,
  heldPositions: HeldPosition[],
  takenPositionIds: Set<string>,
): Built {
  const issues: ConfirmIssue[] = [];
  const records: Rec[] = [];
  const statementIds: string[] = [];
  const newPositions = new Map<string, Rec & { citations: Rec[] }>();
  const positionsAskedAt = new Map<string, Array<string | number>>();
  const published = optional(input.source.published);

  input.proposals.forEach((p, i) => {
    const span = located.spans[i];
    const at = (...rest: Array<string | number>) => ['proposals', i, ...rest];
    const speaker = resolution.actors.get(`proposals.${i}.speaker`);
    const speakerIsPerson = speaker !== undefined && resolution.actorLabels.get(speaker) === 'Person';
    const onBehalfOf = resolution.actors.get(`proposals.${i}.onBehalfOf`) ?? (speakerIsPerson ? undefined : speaker);
    const date = p.date?.value ?? published;
    if (!date) issues.push({ path: at('date'), message: 'the statement needs a date: give one, or the source’s publication date' });
    else if (!parsePartialDate(date)) issues.push({ path: at(p.date ? 'date' : 'published'), message: `“${date}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD` });

    const about: string[] = [];
    const mentions: string[] = [];
    (p.mentions ?? []).forEach((id, j) => {
      const label = labels.get(id);
      if (!label) issues.push({ path: at('mentions', j), message: `“${id}” is not in the graph: search for the entity again, or leave it out` });
      else if (label === 'Conflict') about.push(id);
      else if (ACTOR_LABELS.includes(label) && !mentions.includes(id)) mentions.push(id);
    });
    // A body that speaks for someone else the researcher named is still named by the statement.
    if (speaker && !speakerIsPerson && onBehalfOf !== speaker && !mentions.includes(speaker)) mentions.push(speaker);
    (p.renders ?? []).forEach((id, j) => {
      if (labels.get(id) !== 'Statement') issues.push({ path: at('renders', j), message: `“${id}” is not a statement held in the graph` });
    });

    const expresses: string[] = [];
    const holder = onBehalfOf ?? speaker;
    (p.stances ?? []).forEach((s, k) => {
      if (!holder) {
        issues.push({ path: at('stances', k), message: 'a stance needs someone who holds it: say who spoke, or on whose behalf' });
        return;
      }
      if (s.toward && labels.get(s.toward) !== 'Conflict') {
        issues.push({ path: at('stances', k, 'toward'), message: `“${s.toward}” is not a conflict held in the graph` });
        return;
      }
      const condition = optional(s.condition?.trim());
      if (s.modality === 'CONDITIONAL' && !condition) {
        issues.push({ path: at('stances', k, 'condition'), message: 'a conditional stance needs its condition, in the source’s words' });
        return;
      }
      const toward = s.toward ?? (about.length === 1 ? about[0] : undefined);
      const kept = s.modality === 'CONDITIONAL' ? condition : undefined;
      const same = heldPositions.find(
        (h) => h.holder === holder && h.stance === s.code && h.modality === s.modality && (h.toward ?? undefined) === toward && (h.condition ?? undefined) === kept,
      );
      if (same) {
        expresses.push(same.id);
        return;
      }
      const key = [holder, s.code, toward, s.modality, kept].join('|');
      let position = newPositions.get(key);
      if (!position) {
        const taken = (id: string) => takenPositionIds.has(id) || [...newPositions.values()].some((n) => n.id === id);
        position = {
          type: 'Position',
          id: freeId(positionId(holder, s.code, toward, s.modality), taken),
          stance: s.code,
          modality: s.modality,
          ...(kept ? { condition: kept } : {}),
          holder,
          ...(toward ? { toward } : {}),
          citations: [],
        };
        newPositions.set(key, position);
        positionsAskedAt.set(position.id as string, at('stances', k));
      }
      if (span) position.citations.push({ source: resolution.sourceId, ...span, match: 'SUPPORTS' });
      if (!expresses.includes(position.id as string)) expresses.push(position.id as string);
    });

    const id = span ? statementId(resolution.sourceId, span, p.text) : '';
    statementIds.push(id);
    if (!span || !date) return;
    records.push(
      Object.fromEntries(
        Object.entries({
          type: 'Statement',
          id,
          kind: p.kind,
          text: p.text,
          language: input.source.language,
          date,
          speaker: speakerIsPerson ? speaker : undefined,
          onBehalfOf,
          context: optional(p.context),
          about,
          mentions,
          expresses,
          renders: p.renders ?? [],
          citations: [{ source: resolution.sourceId, ...span, match: 'EXACT' }],
        }).filter(([, v]) => v !== undefined),
      ),
    );
  });
  return { records: [...newPositions.values(), ...records], statementIds, positionsAskedAt, issues };
}
