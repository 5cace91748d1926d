import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { ask, pageOf, windowParams, type Window } from './run.js';
import { participantView, processStartKey, processView, roundView } from './views.js';

export interface MediationRecordRequest {
  actor: string;
  role: string | null;
}

/** The actor's participations in `proc` that the request selects. */
const MINE = `(a)<-[:OF_ACTOR]-(mine:Participation)-[:IN_PROCESS]->(proc) WHERE ($role = '' OR mine.role = $role)`;

/**
 * The same, read from one process: its participations, each checked by the one actor it names. Matched
 * between the two nodes, Neo4j walked the actor's side, every role of a busy actor, once per process shown.
 */
const MINE_IN_PROC = `(proc)<-[:IN_PROCESS]-(mine:Participation)-[:OF_ACTOR]->(mine_actor)
  WHERE mine_actor = a AND ($role = '' OR mine.role = $role)`;

const RECORD = `{
  process: ${processView('proc')},
  roles: COLLECT { MATCH ${MINE_IN_PROC}
    RETURN ${participantView('mine')} AS item
    ORDER BY COLLECT { MATCH (mine)-[:IN_ROUND]->(r) RETURN r.start AS d LIMIT 1 }[0], mine.role, mine.id LIMIT ${CAPS.items} },
  rounds: COLLECT { MATCH (proc)<-[:OF_PROCESS]-(rnd:NegotiationRound)
    WHERE EXISTS { MATCH ${MINE_IN_PROC} AND (NOT EXISTS { (mine)-[:IN_ROUND]->() } OR EXISTS { (mine)-[:IN_ROUND]->(rnd) }) }
    RETURN ${roundView('rnd')} AS item ORDER BY rnd.start, rnd.ordinal, rnd.id LIMIT ${CAPS.items} },
  otherParticipants: COLLECT { MATCH (proc)<-[:IN_PROCESS]-(other:Participation)-[:OF_ACTOR]->(o)
    WHERE o <> a AND NOT EXISTS { (other)-[:IN_ROUND]->() }
    RETURN ${participantView('other')} AS item ORDER BY other.role, o.name, other.id LIMIT ${CAPS.items} }
}`;

const CYPHER = `
  MATCH (a:Entity {id: $actor})
  CALL (a) {
    MATCH ${MINE}
    WITH DISTINCT proc ORDER BY ${processStartKey('proc')}, proc.name, proc.id LIMIT ${CAPS.scan + 1}
    RETURN collect(proc) AS ranked
  }
  WITH a, ranked[..${CAPS.scan}] AS found, size(ranked) > ${CAPS.scan} AS partial
  ${pageOf('found', 'proc', RECORD, { imports: ['a'] })}
  RETURN size(found) AS total, partial, items`;

/** The processes an actor took part in (in `role`, when given), earliest first, with its rounds and the other parties. */
export async function mediationRecord(tx: Tx, request: MediationRecordRequest, window: Window) {
  const row = await ask(tx, CYPHER, { ...request, ...windowParams(window) }, [{ field: 'actor', id: request.actor }]);
  return { total: row.total as number, partial: row.partial as boolean, nodes: row.items as unknown[] };
}
