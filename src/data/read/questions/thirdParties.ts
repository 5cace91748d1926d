import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { evidence, entityRef } from './fragments.js';
import { ask, LAST, rankedPage, rankedPageOf, rankedParams, type RankedOrder, type RankedWindow } from './run.js';
import { participantView, processStartKey, processView, roundView } from './views.js';

export interface ThirdPartiesRequest {
  involving: string;
  roles: string[];
  /** A type label the third party must have; null for any. */
  kind: string | null;
}

/**
 * Talks involve an actor when it, or a group it belongs to, takes part in them in any role. Its third
 * parties are the other actors there, the groups it belongs to excepted.
 */
const CYPHER = `
  MATCH (inv:Entity {id: $involving})
  CALL (inv) {
    CALL (inv) {
      MATCH (inv)<-[:OF_ACTOR]-(:Participation)-[:IN_PROCESS]->(proc:NegotiationProcess) RETURN proc
      UNION
      MATCH (inv)<-[:OF_MEMBER]-(:Membership)-[:IN_GROUP]->(:Organization)<-[:OF_ACTOR]-(:Participation)-[:IN_PROCESS]->(proc:NegotiationProcess)
      RETURN proc
    }
    WITH DISTINCT proc LIMIT ${CAPS.scan}
    MATCH (proc)<-[:IN_PROCESS]-(pt:Participation)-[:OF_ACTOR]->(t)
    WHERE t <> inv AND pt.role IN $roles AND ($kind = '' OR $kind IN labels(t))
      AND NOT EXISTS { MATCH (inv)<-[:OF_MEMBER]-(:Membership)-[:IN_GROUP]->(t) }
    OPTIONAL MATCH (pt)-[:IN_ROUND]->(rnd:NegotiationRound)
    WITH proc, pt, t, rnd, [coalesce(${processStartKey('proc')}, ${LAST}), proc.id, rnd IS NOT NULL, coalesce(rnd.start, ${LAST}),
      coalesce(t.name, ${LAST}), pt.role, pt.id, coalesce(rnd.id, '')] AS key
    ORDER BY key LIMIT ${CAPS.scan}
    RETURN collect({key: key, proc: proc, pt: pt, t: t, rnd: rnd}) AS found
  }
  ${rankedPageOf(
    'found',
    'e',
    `{actor: ${entityRef('tp')}, role: tpPart.role, process: ${processView('tpProc')},
      round: CASE WHEN tpRound IS NULL THEN null ELSE ${roundView('tpRound')} END,
      involvedAs: COLLECT { MATCH (tpProc)<-[:IN_PROCESS]-(own:Participation)-[:OF_ACTOR]->(who)
        WHERE (who = inv OR EXISTS { MATCH (inv)<-[:OF_MEMBER]-(:Membership)-[:IN_GROUP]->(who) })
          AND (tpRound IS NULL OR NOT EXISTS { (own)-[:IN_ROUND]->() } OR EXISTS { (own)-[:IN_ROUND]->(tpRound) })
        RETURN ${participantView('own')} AS item ORDER BY own.role, own.id LIMIT ${CAPS.items} },
      evidence: ${evidence('tpPart')}}`,
    { bindings: 'e.proc AS tpProc, e.pt AS tpPart, e.t AS tp, e.rnd AS tpRound', imports: ['inv'] },
  )}
  RETURN size(found) AS total, items, keys, more`;

/** Earliest talks first, then the talks as a whole before their rounds, by round, name, role; a participation in several rounds once per round. */
export const THIRD_PARTIES_ORDER: RankedOrder = { scope: 'thirdPartiesInTalks by talks, round, name, role', values: 7 };

/** Who else took part in talks involving an actor, and in which role, earliest talks first. */
export async function thirdPartiesInTalks(tx: Tx, request: ThirdPartiesRequest, window: RankedWindow) {
  const row = await ask(tx, CYPHER, { ...request, ...rankedParams(window) }, [{ field: 'involving', id: request.involving }]);
  return rankedPage(row);
}
