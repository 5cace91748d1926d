import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { entityRef, stanceLabel } from './fragments.js';
import { ask, LAST, rankedPage, rankedPageOf, rankedParams, type RankedOrder, type RankedWindow } from './run.js';
import { heldStance, standing } from './views.js';
import type { StandingDay } from './heldStances.js';

export interface SharedStancesRequest extends StandingDay {
  actor: string | null;
  toward: string | null;
}

/**
 * Stances grouped by code and target (none for a general principle), kept when two or more actors hold
 * them. A stance an actor says it does not hold (NEGATED) shares nothing.
 */
const CYPHER = `
  CALL () {
    MATCH (p:Position)-[:HELD_BY]->(h:Entity)
    WHERE p.modality <> 'NEGATED'
      AND ($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Conflict {id: $toward}) })
      AND ($asOf = '' OR ${standing('p')})
    WITH p, h LIMIT ${CAPS.scan}
    OPTIONAL MATCH (p)-[:TOWARD]->(t:Entity)
    WITH p.stance AS stance, t, collect(DISTINCT h) AS holders, collect(p) AS held
    WHERE size(holders) >= 2 AND ($actor = '' OR any(x IN holders WHERE x.id = $actor))
    WITH stance, t, held, [stance, coalesce(t.name, ${LAST}), coalesce(t.id, '')] AS key
    ORDER BY key
    RETURN collect({key: key, stance: stance, t: t, held: held}) AS found
  }
  ${rankedPageOf(
    'found',
    'g',
    `{stance: g.stance, stanceLabel: ${stanceLabel('g.stance')}, toward: ${entityRef('groupToward')},
      holders: COLLECT { UNWIND g.held AS hp WITH hp ORDER BY head([(hp)-[:HELD_BY]->(x) | x.name]), hp.id LIMIT ${CAPS.items}
        RETURN ${heldStance('hp')} AS item }}`,
    { bindings: 'g.t AS groupToward' },
  )}
  RETURN size(found) AS total, items, keys, more`;

/** By stance code, then by what it is toward (a general principle, toward nothing, last). */
export const SHARED_STANCES_ORDER: RankedOrder = { scope: 'sharedStances by stance, toward', values: 2 };

/** Stances that two or more actors share toward the same conflict; with `actor`, those it is one of. */
export async function sharedStances(tx: Tx, request: SharedStancesRequest, window: RankedWindow) {
  const anchors = [
    ...(request.actor ? [{ field: 'actor', id: request.actor }] : []),
    ...(request.toward ? [{ field: 'toward', id: request.toward }] : []),
  ];
  const row = await ask(tx, CYPHER, { ...request, ...rankedParams(window) }, anchors);
  return rankedPage(row);
}
