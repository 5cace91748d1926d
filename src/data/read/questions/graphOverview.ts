import { integer, type Tx } from '../../database.js';
import { LABELS } from '../../labels.js';
import { entityRef, partialDate } from './fragments.js';
import { ask } from './run.js';
import { statementView } from './views.js';

/** Counted from Neo4j's count store, one label at a time: cheap at any size. Labels come from the allow-list. */
const COUNTS = `[${Object.keys(LABELS)
  .map((label) => `{kind: '${label}', count: COUNT { (:${label}) }}`)
  .join(', ')}]`;

/** The statements about a conflict `c` or expressing a stance toward it. Reads `c`; returns `s`. */
const ON_CONFLICT = (c: string) => `MATCH (s:Statement)-[:ABOUT]->(${c}) RETURN s
  UNION
  MATCH (s:Statement)-[:EXPRESSES]->(:Position)-[:TOWARD]->(${c}) RETURN s`;

/** A ranked conflict or process `v` with its statements `said`, counted, and the date of the newest. */
const ranked = (v: string, rest = '') => `{entity: ${entityRef(v)}, statementCount: size(said),
  latest: COLLECT { UNWIND said AS x WITH x WHERE x.date IS NOT NULL RETURN ${partialDate('x', 'date')} AS item ORDER BY x.date DESC LIMIT 1 }[0]${rest}}`;

/**
 * What the explorer shows before any search, in one statement: how big the graph is, the newest
 * statements, and the conflicts and negotiation processes most statements bear on (a process through
 * the statements about it, made at its rounds, and about the conflicts it concerns).
 * Ranking counts every statement on every conflict and process (minutes at a million statements), so the
 * plan warm-up asks for `top: 0`, which the API does not accept and which reads nothing.
 */
const CYPHER = `
  CALL () {
    MATCH (s:Statement) WHERE $top > 0 AND s.date IS NOT NULL
    WITH s ORDER BY s.date DESC, s.id LIMIT $top
    RETURN collect(${statementView('s')}) AS recent
  }
  CALL () {
    MATCH (c:Conflict) WHERE $top > 0
    CALL (c) { ${ON_CONFLICT('c')} }
    WITH c, collect(DISTINCT s) AS said
    WITH c, said ORDER BY size(said) DESC, c.name LIMIT $top
    RETURN collect(${ranked('c')}) AS conflicts
  }
  CALL () {
    MATCH (n:NegotiationProcess) WHERE $top > 0
    CALL (n) {
      MATCH (s:Statement)-[:ABOUT|MENTIONS|ABOUT_PROCESS]->(n) RETURN s
      UNION
      MATCH (s:Statement)-[:AT_ROUND]->(:NegotiationRound)-[:OF_PROCESS]->(n) RETURN s
      UNION
      MATCH (n)-[:CONCERNS]->(c:Conflict) CALL (c) { ${ON_CONFLICT('c')} } RETURN s
    }
    WITH n, collect(DISTINCT s) AS said
    WITH n, said ORDER BY size(said) DESC, n.name LIMIT $top
    RETURN collect(${ranked('n', `, rounds: COUNT { (n)<-[:OF_PROCESS]-(:NegotiationRound) }`)}) AS processes
  }
  RETURN ${COUNTS} AS counts, recent, conflicts, processes`;

export async function graphOverview(tx: Tx, top: number) {
  const row = await ask(tx, CYPHER, { top: integer(top) }, []);
  const counts = (row.counts as Array<{ kind: string; count: number }>).filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  return { counts, recentStatements: row.recent, topConflicts: row.conflicts, topProcesses: row.processes };
}
