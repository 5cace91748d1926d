/**
 * Cypher expressions every question shares: partial dates as the API shows them, display names, entity
 * and source references, and evidence. Each takes the variable it reads and derives the names of its own
 * inner variables from it, so fragments nest without clashing.
 */
import { CAPS } from './caps.js';

/**
 * `{value}` of a stored partial date, the text as written; null when there is none. Its precision and first
 * and last days follow from the text, so the API's `PartialDate` resolvers derive them (src/graphql/resolvers/common.ts)
 * instead of every question computing them per row in Cypher.
 */
export function partialDate(v: string, key: string): string {
  return `CASE WHEN ${v}.${key}Text IS NULL THEN null ELSE {value: ${v}.${key}Text} END`;
}

/** The last day a stored partial date can denote, as stored beside its first (`keyLast`); null stays null. */
export function lastDay(v: string, key: string): string {
  return `${v}.${key}Last`;
}

/**
 * Whether the partial date `v.key` is within the question's range `$from`..`$to` (stored days, '' when
 * open) by `$dateMatch`: CERTAINLY, every day it can denote lies in the range; POSSIBLY, some day does.
 * Without a range everything matches, undated values too; with one, an undated value never does.
 * `within` in src/records/partialDate.ts is the same rule for values already read.
 */
export function dateWithin(v: string, key: string): string {
  const first = `${v}.${key}`;
  const last = lastDay(v, key);
  return `(($from = '' AND $to = '') OR (${first} IS NOT NULL AND CASE $dateMatch
    WHEN 'POSSIBLY' THEN ($from = '' OR ${last} >= $from) AND ($to = '' OR ${first} <= $to)
    ELSE ($from = '' OR ${first} >= $from) AND ($to = '' OR ${last} <= $to) END))`;
}

/**
 * An office `o` held on the date of statement `s`: the two periods overlap, each partial date taken from its
 * first to its last day (an office ending 2026-03 is held on 2026-03-15); unknown bounds are open. An
 * undated statement is held in no office. `heldOn` in src/records/partialDate.ts is the same rule for values already read.
 */
export function heldOn(o: string, s: string): string {
  return `${s}.date IS NOT NULL AND (${o}.start IS NULL OR ${o}.start <= ${lastDay(s, 'date')})
    AND (${o}.end IS NULL OR ${lastDay(o, 'end')} >= ${s}.date)`;
}

/**
 * An office `o` certainly held on the date of statement `s`: its known start (to its last day) and end (from
 * its first) surround every day the date can denote; an unknown start or end is unknown, never open.
 * `heldOn(…, 'CERTAINLY')` in src/records/partialDate.ts is the same rule.
 */
export function certainlyHeldOn(o: string, s: string): string {
  return `(${s}.date IS NOT NULL AND ${o}.start IS NOT NULL AND ${o}.end IS NOT NULL
    AND ${lastDay(o, 'start')} <= ${s}.date AND ${o}.end >= ${lastDay(s, 'date')})`;
}

/**
 * A MATCH body finding `r`, another rendering of the same utterance as statement `s`, for callers to
 * extend with `AND ...`. One utterance is the group its renderings form through RENDERS, whichever way
 * and however many steps (an agency's English of a Russian original that a third outlet translated
 * again). One step is never followed: from one statement a rendering renders to another it also renders.
 * A rendering that renders two statements covers both (a Russian quote joining two English sentences), so
 * those two are parts of the words, not renderings of each other.
 */
export function sameUtterance(s: string, r: string): string {
  const path = `${r}_path`;
  const i = `${r}_i`;
  return `${path} = (${s})-[:RENDERS]-{1,${CAPS.renderingHops}}(${r}:Statement)
    WHERE ${r} <> ${s} AND none(${i} IN range(1, length(${path}) - 1)
      WHERE startNode(relationships(${path})[${i} - 1]) = startNode(relationships(${path})[${i}]))`;
}

/**
 * The utterance statement `s` renders, named by the smallest id among all its renderings, `s` included.
 * Most statements have no other rendering: they skip the walk.
 */
export function utteranceKey(s: string): string {
  const u = `${s}_u`;
  return `CASE WHEN NOT EXISTS { (${s})-[:RENDERS]-() } THEN ${s}.id
    ELSE reduce(${s}_key = ${s}.id, ${u}_id IN COLLECT { MATCH ${sameUtterance(s, u)} RETURN ${u}.id AS item } |
      CASE WHEN ${u}_id < ${s}_key THEN ${u}_id ELSE ${s}_key END) END`;
}

/** The first related node along a pattern from `v`, projected; null when there is none. */
export function first(pattern: string, projection: string, order = ''): string {
  return `COLLECT { MATCH ${pattern} RETURN ${projection} AS item ${order ? `ORDER BY ${order}` : ''} LIMIT 1 }[0]`;
}

/** The type label of a node: its one label besides Entity. */
export const kindOf = (v: string) => `head([typeLabel IN labels(${v}) WHERE typeLabel <> 'Entity'])`;

/** A display name read from the node's own properties: enough for every kind but the reified facts. */
export function ownName(v: string): string {
  return `CASE WHEN ${v}:Statement THEN CASE WHEN size(${v}.text) > 80 THEN left(${v}.text, 79) + '…' ELSE ${v}.text END
    ELSE coalesce(${v}.name, ${v}.title, ${v}.label, ${v}.description, 'Round ' + toString(${v}.ordinal), ${v}.publisher, ${v}.id) END`;
}

/** The codebook's label of the stance code `code` (an expression), read from its definition node. */
export function stanceLabel(code: string): string {
  const d = `${code.replace(/\W+/g, '_')}_def`;
  return `coalesce(COLLECT { MATCH (${d}:StanceDefinition {code: ${code}}) RETURN ${d}.label }[0], ${code})`;
}

/**
 * A name a researcher recognises for any kind of node, facts included: a stance with its holder (and the
 * codebook's label), a role with its actor, a membership with its group. The ends of
 * the fact are read by one pattern comprehension, bound once through a one-element list.
 */
export function displayName(v: string): string {
  const ends = `${v}_ends`;
  const end = `${v}_end`;
  const of = (type: string) => `coalesce(head([${end} IN ${ends} WHERE ${end}.t = '${type}' | ${end}.n]), '?')`;
  const holder = `coalesce(head([${end} IN ${ends} WHERE ${end}.t <> 'IN_GROUP' | ${end}.n]), '?')`;
  return `[${ends} IN [[(${v})-[${v}_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(${v}_h) | {t: type(${v}_r), n: ${v}_h.name}]] | CASE
    WHEN ${v}:Position THEN ${holder} + ': ' + ${stanceLabel(`${v}.stance`)}
      + CASE ${v}.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(${v}.modality) + ')' END
    WHEN ${v}:Participation OR ${v}:Involvement OR ${v}:Attendance THEN ${holder} + ' as ' + ${v}.role
    WHEN ${v}:Membership THEN ${of('OF_MEMBER')} + ' in ' + ${of('IN_GROUP')}
    ELSE ${ownName(v)} END][0]`;
}

/** `{id, kind, name}` of a node that is not a reified fact (an actor, conflict, place, statement, ...). */
export function entityRef(v: string): string {
  return `CASE WHEN ${v} IS NULL THEN null ELSE {id: ${v}.id, kind: ${kindOf(v)}, name: ${ownName(v)}} END`;
}

/** `{id, kind, name}` of any node, facts named by what they link. */
export function anyRef(v: string): string {
  return `CASE WHEN ${v} IS NULL THEN null ELSE {id: ${v}.id, kind: ${kindOf(v)}, name: ${displayName(v)}} END`;
}

/** The entity at the end of `rel` from `v` (the first by `seq` when the record lists several). */
export function linkedRef(v: string, rel: string, suffix: string): string {
  const m = `${v}_${suffix}`;
  return first(`(${v})-[${m}_r:${rel}]->(${m}:Entity)`, entityRef(m), `${m}_r.seq`);
}

/** The entities at the end of `rel` from `v`, in the order the record gives them. */
export function linkedRefs(v: string, rel: string, suffix: string, cap: number = CAPS.items): string {
  const m = `${v}_${suffix}`;
  return `COLLECT { MATCH (${v})-[${m}_r:${rel}]->(${m}:Entity) RETURN ${entityRef(m)} AS item ORDER BY ${m}_r.seq, ${m}.id LIMIT ${cap} }`;
}

/**
 * `body` over the entities `v` links to by any of `rels`, read in one subquery: `one(rel)` is the first
 * by `seq`, `all(rel)` all of them in order. Views read their links this way to keep statements cheap to plan.
 */
export function withLinks(v: string, rels: string[], body: (one: (rel: string) => string, all: (rel: string) => string) => string): string {
  const links = `${v}_links`;
  const l = `${v}_link`;
  const m = `${v}_lm`;
  const one = (rel: string) => `head([${l} IN ${links} WHERE ${l}.t = '${rel}' | ${l}.ref])`;
  const all = (rel: string) => `[${l} IN ${links} WHERE ${l}.t = '${rel}' | ${l}.ref][..${CAPS.items}]`;
  return `[${links} IN [COLLECT { MATCH (${v})-[${m}_r:${rels.join('|')}]->(${m}:Entity)
      RETURN {t: type(${m}_r), ref: ${entityRef(m)}} AS item ORDER BY ${m}_r.seq, ${m}.id LIMIT ${CAPS.items * rels.length} }]
    | ${body(one, all)}][0]`;
}

export function sourceRef(s: string): string {
  return `{id: ${s}.id, title: ${s}.title, publisher: ${s}.publisher, url: ${s}.url, published: ${partialDate(s, 'published')},
    language: ${s}.language, kind: ${s}.kind, hypothetical: ${s}.hypothetical}`;
}

/** The citations of the fact `v`: source, span, the words at the span (from the held text) and note. */
export function evidence(v: string): string {
  const s = `${v}_src`;
  const c = `${v}_cit`;
  return `COLLECT { MATCH (${v})-[${c}:CITES]->(${s}:Source)
    RETURN {source: ${sourceRef(s)},
      span: CASE WHEN ${c}.start IS NULL THEN null ELSE {start: ${c}.start, end: ${c}.end, match: ${c}.match} END,
      excerpt: CASE WHEN ${c}.start IS NOT NULL AND ${s}.text IS NOT NULL THEN substring(${s}.text, ${c}.start, ${c}.end - ${c}.start) END,
      note: ${c}.note} AS item
    LIMIT ${CAPS.evidence} }`;
}

/**
 * The name a place had on a date (`dateExpression`, stored form): the English name valid then, an official
 * one winning a tie, else its current name. validFrom is inclusive, validTo exclusive.
 */
export function nameOn(place: string, dateExpression: string): string {
  const x = `${place}_nm`;
  return `CASE WHEN ${place} IS NULL THEN null WHEN ${dateExpression} IS NULL THEN ${place}.name ELSE coalesce(
    COLLECT { MATCH (${place})-[:HAS_NAME]->(${x}:Name)
      WHERE ${x}.language = 'en' AND (${x}.validFrom IS NULL OR ${x}.validFrom <= ${dateExpression})
        AND (${x}.validTo IS NULL OR ${x}.validTo > ${dateExpression})
      RETURN ${x}.value AS item ORDER BY CASE ${x}.kind WHEN 'OFFICIAL' THEN 0 ELSE 1 END, ${x}.value LIMIT 1 }[0],
    ${place}.name) END`;
}

/** Identifiers among `$anchors` ({field, id}) that name no entity, as the argument names that gave them. */
export const MISSING_ANCHORS = `[a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field]`;
