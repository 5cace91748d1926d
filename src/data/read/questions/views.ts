/**
 * The closed view types of the questions, as Cypher map projections of a node variable. Every field of
 * StatementView, HeldStance, RoundView, ... is filled here, so an answer needs no second query.
 */
import { CAPS } from './caps.js';
import { certainlyHeldOn, entityRef, evidence, first, heldOn, linkedRef, linkedRefs, nameOn, partialDate, sameUtterance, stanceLabel, withLinks } from './fragments.js';

export function stanceSummary(p: string): string {
  return withLinks(
    p,
    ['HELD_BY', 'TOWARD'],
    (one) => `{id: ${p}.id, stance: ${p}.stance, stanceLabel: ${stanceLabel(`${p}.stance`)},
      modality: ${p}.modality, condition: ${p}.condition, holder: ${one('HELD_BY')}, toward: ${one('TOWARD')}}`,
  );
}

/** An office `o` of the speaker of statement `s`, and whether it was held on its date CERTAINLY or only POSSIBLY. */
export function officeView(o: string, s: string): string {
  const org = `${o}_org`;
  return `{id: ${o}.id, title: ${o}.title, start: ${partialDate(o, 'start')}, end: ${partialDate(o, 'end')},
    held: CASE WHEN ${certainlyHeldOn(o, s)} THEN 'CERTAINLY' ELSE 'POSSIBLY' END,
    organization: ${linkedRef(o, 'IN_ORGANIZATION', 'org')},
    country: ${first(`(${o})-[:IN_ORGANIZATION]->(${org}:Organization)-[:OF_COUNTRY]->(${org}_c:Country)`, entityRef(`${org}_c`))}}`;
}

function occasionView(s: string): string {
  const e = `${s}_ev`;
  return first(
    `(${s})-[:AT_EVENT]->(${e}:Event)`,
    `{id: ${e}.id, name: ${e}.name, kind: ${e}.kind, date: ${partialDate(e, 'date')}, place: ${linkedRef(e, 'HELD_IN', 'place')}}`,
  );
}

export function statementView(s: string): string {
  const o = `${s}_off`;
  const p = `${s}_pos`;
  const r = `${s}_ren`;
  return withLinks(
    s,
    ['SPOKEN_BY', 'ON_BEHALF_OF', 'DELIVERED_BY', 'ABOUT', 'MENTIONS'],
    (one, all) => `{id: ${s}.id, kind: ${s}.kind, text: ${s}.text, language: ${s}.language, date: ${partialDate(s, 'date')},
    context: ${s}.context, speaker: ${one('SPOKEN_BY')}, onBehalfOf: ${one('ON_BEHALF_OF')}, onBehalfOfAll: ${all('ON_BEHALF_OF')},
    deliveredBy: ${one('DELIVERED_BY')}, deliveryRole: ${s}.deliveryRole,
    about: ${all('ABOUT')}, mentions: ${all('MENTIONS')},
    speakerOffices: COLLECT { MATCH (${s})-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(${o}:Office) WHERE ${heldOn(o, s)}
      RETURN ${officeView(o, s)} AS item ORDER BY ${o}.start, ${o}.id LIMIT ${CAPS.items} },
    occasion: ${occasionView(s)},
    expresses: COLLECT { MATCH (${s})-[${p}_r:EXPRESSES]->(${p}:Position) RETURN ${stanceSummary(p)} AS item
      ORDER BY ${p}_r.seq LIMIT ${CAPS.items} },
    renderings: COLLECT { MATCH ${sameUtterance(s, r)} WITH DISTINCT ${r} ORDER BY ${r}.language, ${r}.id LIMIT ${CAPS.items}
      RETURN {id: ${r}.id, kind: ${r}.kind, language: ${r}.language, text: ${r}.text, evidence: ${evidence(r)}} AS item },
    evidence: ${evidence(s)}}`,
  );
}

/**
 * Whether the stance `p` stands on the day `$standingOn` (stored form): some statement expressed it by
 * then (or, asked about today, no statement of it is dated: undated words were said before today but on
 * no day we can compare with another), it was not withdrawn by then, and no
 * stance expressed by then replaces it.
 */
export function standing(p: string): string {
  const s = `${p}_st`;
  const q = `${p}_next`;
  return `((EXISTS { MATCH (${p})<-[:EXPRESSES]-(${s}:Statement) WHERE ${s}.date <= $standingOn }
      OR ($asOf = '' AND NOT EXISTS { MATCH (${p})<-[:EXPRESSES]-(${s}_dated:Statement) WHERE ${s}_dated.date IS NOT NULL }))
    AND (${p}.until IS NULL OR ${p}.until > $standingOn)
    AND NOT EXISTS { MATCH (${p})<-[:SUPERSEDES]-(${q}:Position)
      WHERE EXISTS { MATCH (${q})<-[:EXPRESSES]-(${q}_s:Statement) WHERE ${q}_s.date <= $standingOn } })`;
}

/** The date of the earliest statement expressing `p`, stored form (for sorting). */
export function sinceKey(p: string): string {
  return `COLLECT { MATCH (${p})<-[:EXPRESSES]-(${p}_first:Statement) RETURN ${p}_first.date AS item ORDER BY item LIMIT 1 }[0]`;
}

/**
 * `statements` is a Cypher boolean: when false, `expressedBy` is left empty unread. Its statements, each
 * with speaker, offices, renderings and sources, were most of what a page of stances cost.
 */
export function heldStance(p: string, statements = 'true'): string {
  const s = `${p}_by`;
  const f = `${p}_first`;
  const q = `${p}_q`;
  return withLinks(
    p,
    ['HELD_BY', 'TOWARD'],
    (one) => `{id: ${p}.id, stance: ${p}.stance, stanceLabel: ${stanceLabel(`${p}.stance`)},
    modality: ${p}.modality, condition: ${p}.condition, conditionMet: ${p}.conditionMet,
    conditionStatusDate: ${partialDate(p, 'conditionStatusDate')},
    holder: ${one('HELD_BY')}, toward: ${one('TOWARD')},
    since: ${first(`(${p})<-[:EXPRESSES]-(${f}:Statement)`, partialDate(f, 'date'), `${f}.date`)},
    until: ${partialDate(p, 'until')},
    presentedAsUnchanged: coalesce(${p}.presentedAsUnchanged, false),
    standing: ${standing(p)},
    reaffirms: COLLECT { MATCH (${p})-[:REAFFIRMS]->(${q}:Position) RETURN ${stanceSummary(q)} AS item ORDER BY ${q}.id LIMIT ${CAPS.items} },
    reaffirmedBy: COLLECT { MATCH (${p})<-[:REAFFIRMS]-(${q}:Position) RETURN ${stanceSummary(q)} AS item ORDER BY ${q}.id LIMIT ${CAPS.items} },
    supersedes: ${first(`(${p})-[:SUPERSEDES]->(${q}:Position)`, stanceSummary(q))},
    supersededBy: ${first(`(${p})<-[:SUPERSEDES]-(${q}:Position)`, stanceSummary(q), `${q}.id`)},
    expressedBy: CASE WHEN ${statements} THEN COLLECT { MATCH (${p})<-[:EXPRESSES]-(${s}:Statement) RETURN ${statementView(s)} AS item
      ORDER BY ${s}.date, ${s}.id LIMIT ${CAPS.statements} } ELSE [] END,
    evidence: ${evidence(p)}}`,
  );
}

export function processView(proc: string): string {
  return `{id: ${proc}.id, name: ${proc}.name, start: ${partialDate(proc, 'start')}, end: ${partialDate(proc, 'end')},
    concerns: ${linkedRefs(proc, 'CONCERNS', 'concerns')}}`;
}

/**
 * Evidence read only when `wanted` (a Cypher condition, a parameter of the request) holds: a page of talks
 * with their rounds and participants read more citations than anything else, often for a request that shows none.
 */
const evidenceIf = (v: string, wanted: string) => (wanted === 'true' ? evidence(v) : `CASE WHEN ${wanted} THEN ${evidence(v)} ELSE [] END`);

export function participantView(x: string, evidenceWanted = 'true'): string {
  return withLinks(
    x,
    ['OF_ACTOR', 'IN_ROUND', 'LED_BY'],
    (one) => `{participationId: ${x}.id, role: ${x}.role, actor: ${one('OF_ACTOR')}, round: ${one('IN_ROUND')},
      ledBy: ${one('LED_BY')}, evidence: ${evidenceIf(x, evidenceWanted)}}`,
  );
}

export function roundView(r: string, evidenceWanted = 'true'): string {
  const venue = `${r}_venue`;
  const x = `${r}_pt`;
  return `{id: ${r}.id, ordinal: ${r}.ordinal, label: ${r}.label, start: ${partialDate(r, 'start')}, end: ${partialDate(r, 'end')},
    outcome: ${r}.outcome,
    venue: ${linkedRef(r, 'HELD_IN', 'place')},
    venueName: ${first(`(${r})-[:HELD_IN]->(${venue}:Place)`, nameOn(venue, `${r}.start`))},
    participants: COLLECT { MATCH (${r})<-[:IN_ROUND]-(${x}:Participation) RETURN ${participantView(x, evidenceWanted)} AS item
      ORDER BY ${x}.role, ${x}.id LIMIT ${CAPS.items} },
    evidence: ${evidenceIf(r, evidenceWanted)}}`;
}

/** When a process began: its start, or else its earliest round's (stored form, for sorting). */
export function processStartKey(proc: string): string {
  return `coalesce(${proc}.start, COLLECT { MATCH (${proc})<-[:OF_PROCESS]-(${proc}_r:NegotiationRound) RETURN ${proc}_r.start AS item ORDER BY item LIMIT 1 }[0])`;
}
