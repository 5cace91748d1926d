import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { evidence, partialDate, sameUtterance } from './fragments.js';
import { ask, LAST, rankedPage, rankedPageOf, rankedParams, type RankedOrder, type RankedWindow } from './run.js';
import { stanceSummary, statementView } from './views.js';

export interface StanceTimelineRequest {
  actor: string;
  toward: string | null;
  stance: string | null;
}

/**
 * One entry per utterance expressing a stance (its renderings, in any number of outlets and languages, are
 * folded into the one with the smallest id, which lists the others), plus a WITHDRAWN entry for a stance that ended with nothing replacing it. The first
 * statement of a stance is CHANGED when the stance replaces another, REAFFIRMED when it reaffirms one or
 * is presented as unchanged, STATED otherwise; later statements reaffirm it.
 */
const EVENTS = `
  MATCH (s:Statement)-[:EXPRESSES]->(p)
  WHERE NOT EXISTS { MATCH ${sameUtterance('s', 'earlier')} AND earlier.id < s.id AND EXISTS { (earlier)-[:EXPRESSES]->(p) } }
  WITH p, s ORDER BY s.date, s.id LIMIT ${CAPS.items}
  WITH p, collect(s) AS said
  UNWIND range(0, size(said) - 1) AS i
  WITH p, said[i] AS s, i,
    CASE WHEN i > 0 THEN 'REAFFIRMED'
         WHEN EXISTS { MATCH (p)-[:SUPERSEDES]->(:Position) } THEN 'CHANGED'
         WHEN EXISTS { MATCH (p)-[:REAFFIRMS]->(:Position) } OR p.presentedAsUnchanged THEN 'REAFFIRMED'
         ELSE 'STATED' END AS kind
  RETURN s.date AS day, kind, s
  UNION
  WITH p WHERE p.until IS NOT NULL AND NOT EXISTS { MATCH (p)<-[:SUPERSEDES]-(:Position) }
  RETURN p.until AS day, 'WITHDRAWN' AS kind, null AS s`;

const KIND_ORDER = `CASE kind WHEN 'STATED' THEN 0 WHEN 'CHANGED' THEN 1 WHEN 'REAFFIRMED' THEN 2 ELSE 3 END`;

const EVENT_VIEW = `{
  date: CASE WHEN e.kind = 'WITHDRAWN' THEN ${partialDate('ep', 'until')} ELSE ${partialDate('es', 'date')} END,
  kind: e.kind,
  stance: ${stanceSummary('ep')},
  previous: CASE e.kind
    WHEN 'CHANGED' THEN COLLECT { MATCH (ep)-[:SUPERSEDES]->(prev:Position) RETURN ${stanceSummary('prev')} AS item LIMIT 1 }
    WHEN 'REAFFIRMED' THEN COLLECT { MATCH (ep)-[:REAFFIRMS]->(prev:Position) WHERE e.first
      RETURN ${stanceSummary('prev')} AS item ORDER BY prev.id LIMIT ${CAPS.items} }
    ELSE [] END,
  presentedAsUnchanged: e.kind <> 'WITHDRAWN' AND coalesce(ep.presentedAsUnchanged, false),
  statement: CASE WHEN es IS NULL THEN null ELSE ${statementView('es')} END,
  evidence: CASE WHEN es IS NULL THEN ${evidence('ep')} ELSE ${evidence('es')} END
}`;

const CYPHER = `
  MATCH (a:Entity {id: $actor})
  CALL (a) {
    MATCH (a)<-[:HELD_BY]-(p:Position)
    WHERE ($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Conflict {id: $toward}) })
      AND ($stance = '' OR p.stance = $stance)
    WITH p ORDER BY p.id LIMIT ${CAPS.scan}
    CALL (p) { ${EVENTS} }
    WITH day, kind, p, s, [coalesce(day, ${LAST}), ${KIND_ORDER}, p.id, coalesce(s.id, '')] AS key
    ORDER BY key LIMIT ${CAPS.scan}
    RETURN collect({key: key, kind: kind, p: p, s: s,
      first: s IS NOT NULL AND NOT EXISTS { MATCH (p)<-[:EXPRESSES]-(said:Statement) WHERE said.date < s.date OR (said.date = s.date AND said.id < s.id) }}) AS found
  }
  ${rankedPageOf('found', 'e', EVENT_VIEW, { bindings: 'e.p AS ep, e.s AS es' })}
  RETURN size(found) AS total, items, keys, more`;

/**
 * By day (undated last), then stated before changed before reaffirmed before withdrawn; a stance's
 * statements by id (its withdrawal has none, and is its only entry of that kind).
 */
export const STANCE_TIMELINE_ORDER: RankedOrder = { scope: 'stanceTimeline by day, kind, stance', values: 3 };

/** An actor's stances over time, oldest first; an undated withdrawal comes last. */
export async function stanceTimeline(tx: Tx, request: StanceTimelineRequest, window: RankedWindow) {
  const anchors = [{ field: 'actor', id: request.actor }, ...(request.toward ? [{ field: 'toward', id: request.toward }] : [])];
  const row = await ask(tx, CYPHER, { ...request, ...rankedParams(window) }, anchors);
  return rankedPage(row);
}
