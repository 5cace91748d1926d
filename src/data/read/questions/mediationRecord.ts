import { integer, type Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { ask } from './run.js';
import { participantView, processStartKey, processView, roundView } from './views.js';

export interface MediationRecordRequest {
  actor: string;
  role: string | null;
  /** Whether the request shows any evidence (of roles, rounds or participants). */
  withEvidence: boolean;
}

/** Where the previous page ended: its last process's start (stored form, NO_START when unknown), name and id. */
export interface TalksPosition {
  start: string;
  name: string;
  id: string;
}

/** Sorts after every stored date, as an unknown start sorts after every known one. */
const NO_START = '~';

/**
 * `mine` is the actor's participations in `proc` that the request selects, gathered once when the processes
 * are ranked: read again from each process shown, a busy round's every participation was walked per round.
 */
const RECORD = `{
  process: ${processView('proc')},
  roles: COLLECT { UNWIND mine AS role
    RETURN ${participantView('role', '$withEvidence')} AS item
    ORDER BY COLLECT { MATCH (role)-[:IN_ROUND]->(r) RETURN r.start AS d LIMIT 1 }[0], role.role, role.id LIMIT ${CAPS.items} },
  rounds: CASE WHEN any(role IN mine WHERE NOT EXISTS { (role)-[:IN_ROUND]->() })
    THEN COLLECT { MATCH (proc)<-[:OF_PROCESS]-(rnd:NegotiationRound)
      RETURN ${roundView('rnd', '$withEvidence')} AS item ORDER BY rnd.start, rnd.ordinal, rnd.id LIMIT ${CAPS.items} }
    ELSE COLLECT { UNWIND mine AS role MATCH (role)-[:IN_ROUND]->(rnd:NegotiationRound)-[:OF_PROCESS]->(proc) WITH DISTINCT rnd
      RETURN ${roundView('rnd', '$withEvidence')} AS item ORDER BY rnd.start, rnd.ordinal, rnd.id LIMIT ${CAPS.items} }
  END,
  otherParticipants: COLLECT { MATCH (proc)<-[:IN_PROCESS]-(other:Participation)-[:OF_ACTOR]->(o)
    WHERE o <> a AND NOT EXISTS { (other)-[:IN_ROUND]->() }
    RETURN ${participantView('other', '$withEvidence')} AS item ORDER BY other.role, o.name, other.id LIMIT ${CAPS.items} }
}`;

/**
 * The actor's processes are counted from its own participations (what the answer is about, not the graph),
 * and the page is those after the cursor in the order start, name, id: a process recorded between two
 * requests neither repeats nor goes missing.
 */
const CYPHER = `
  MATCH (a:Entity {id: $actor})
  CALL (a) {
    MATCH (a)<-[:OF_ACTOR]-(mine:Participation)-[:IN_PROCESS]->(proc)
    WHERE $role = '' OR mine.role = $role
    WITH proc, collect(mine) AS mine LIMIT ${CAPS.scan + 1}
    RETURN collect({proc: proc, mine: mine}) AS candidates
  }
  WITH a, candidates[..${CAPS.scan}] AS found, size(candidates) > ${CAPS.scan} AS partial
  CALL (found) {
    UNWIND found AS x
    WITH x.proc AS proc, x.mine AS mine
    WITH proc, mine, coalesce(${processStartKey('proc')}, '${NO_START}') AS start, coalesce(proc.name, '') AS name
    WHERE $afterId = '' OR start > $afterStart OR (start = $afterStart AND (name > $afterName OR (name = $afterName AND proc.id > $afterId)))
    WITH proc, mine, start, name ORDER BY start, name, proc.id LIMIT $limit + 1
    RETURN collect({proc: proc, mine: mine, start: start, name: name}) AS ranked
  }
  CALL (a, ranked) {
    UNWIND range(0, size(ranked[..$limit]) - 1) AS i
    WITH a, i, ranked[i].proc AS proc, ranked[i].mine AS mine, ranked[i] AS key
    ORDER BY i
    RETURN collect({node: ${RECORD}, start: key.start, name: key.name, id: proc.id}) AS items
  }
  RETURN size(found) AS total, partial, items, size(ranked) > $limit AS hasNextPage`;

/** The processes an actor took part in (in `role`, when given), earliest first, with its rounds and the other parties. */
export async function mediationRecord(tx: Tx, request: MediationRecordRequest, after: TalksPosition | null, limit: number) {
  const position = { afterStart: after?.start ?? '', afterName: after?.name ?? '', afterId: after?.id ?? '' };
  const row = await ask(tx, CYPHER, { ...request, ...position, limit: integer(limit) }, [{ field: 'actor', id: request.actor }]);
  const items = row.items as Array<{ node: unknown; start: string; name: string; id: string }>;
  return {
    total: row.total as number,
    partial: row.partial as boolean,
    hasNextPage: row.hasNextPage as boolean,
    items: items.map((item) => ({ node: item.node, position: { start: item.start, name: item.name, id: item.id } })),
  };
}
