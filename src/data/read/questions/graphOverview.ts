import { integer, type Tx } from '../../database.js';
import { LABELS } from '../../labels.js';
import { CAPS } from './caps.js';
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

/** The statements about a negotiation process `n`, made at its rounds, or on the conflicts it concerns. */
const ON_PROCESS = `MATCH (s:Statement)-[:ABOUT|MENTIONS|ABOUT_PROCESS]->(n) RETURN s
  UNION
  MATCH (s:Statement)-[:AT_ROUND]->(:NegotiationRound)-[:OF_PROCESS]->(n) RETURN s
  UNION
  MATCH (n)-[:CONCERNS]->(c:Conflict) CALL (c) { ${ON_CONFLICT('c')} } RETURN s`;

/**
 * The conflicts a statement `s` bears on, read outward from `s`: from a conflict's side the planner would walk
 * every stance toward it for each statement it tests.
 */
const CONFLICTS_OF = (s: string) =>
  `[(${s})-[:ABOUT]->(x:Conflict) | x] + [(${s})-[:EXPRESSES]->(:Position)-[:TOWARD]->(x:Conflict) | x]`;

const sum = (list: string) => `reduce(t = 0, d IN ${list} | t + d)`;
const largest = (list: string) => `reduce(m = 0, d IN ${list} | CASE WHEN d > m THEN d ELSE m END)`;

/**
 * Ranks the candidates `v` (bound with `upper` and `lower`, from link degrees) and returns the top ones.
 * Each link type's degree on a node is one read of Neo4j's degree store, so `upper` (their sum: a statement
 * linked twice counts twice) and `lower` (the largest: a statement counts once per link) cost nothing.
 * Up to `$bound` the statements are read and counted distinct, exactly; beyond it the answer is `lower` and
 * says it is a lower bound, and the newest is looked for among the graph's `$bound` newest statements.
 */
const ranked = (v: string, enumerate: string, bearsOn: string, rest = '') => `
    WITH ${v}, lower, upper <= $bound AS exact
    CALL (${v}, exact) {
      WITH ${v} WHERE exact
      CALL (${v}) { ${enumerate} }
      RETURN collect(DISTINCT s) AS said
    }
    WITH ${v}, exact, CASE WHEN exact THEN size(said) ELSE lower END AS statementCount, said
    ORDER BY statementCount DESC, ${v}.name, ${v}.id LIMIT $top
    OPTIONAL CALL (${v}, exact) {
      WITH ${v} WHERE NOT exact
      MATCH (s:Statement) WHERE s.date IS NOT NULL
      WITH ${v}, s ORDER BY s.date DESC LIMIT $bound
      WITH s WHERE ${bearsOn}
      RETURN s AS sampled ORDER BY s.date DESC LIMIT 1
    }
    WITH ${v}, exact, statementCount, CASE WHEN exact
      THEN COLLECT { UNWIND said AS x WITH x WHERE x.date IS NOT NULL RETURN x ORDER BY x.date DESC LIMIT 1 }[0]
      ELSE sampled END AS newest
    ORDER BY statementCount DESC, ${v}.name, ${v}.id
    RETURN collect({entity: ${entityRef(v)}, statementCount: statementCount, statementCountIsLowerBound: NOT exact,
      latest: ${partialDate('newest', 'date')}${rest}})`;

/**
 * What the explorer shows before any search, in one statement: how big the graph is, the newest
 * statements, and the conflicts and negotiation processes most statements bear on (a process through
 * the statements about it, made at its rounds, and about the conflicts it concerns).
 * Its cost follows the number of conflicts, processes and stances, not of statements: each conflict's
 * bounds are found once from degrees and reused by every process that concerns it. A conflict more statements
 * are about than the bound cannot be counted exactly whatever its stances, so they are not read (at 100 k
 * statements, 6,561 stances were two fifths of the work) and its lower bound is the statements about it.
 * The plan warm-up asks for `top: 0`, which the API does not accept and which reads nothing.
 */
const CYPHER = `
  CALL () {
    MATCH (s:Statement) WHERE $top > 0 AND s.date IS NOT NULL
    WITH s ORDER BY s.date DESC, s.id LIMIT $top
    RETURN collect(${statementView('s')}) AS recent
  }
  CALL () {
    MATCH (c:Conflict) WHERE $top > 0
    WITH c, COUNT { (c)<-[:ABOUT]-() } AS about
    CALL (c, about) {
      WITH c WHERE about <= $bound
      MATCH (c)<-[:TOWARD]-(p:Position)
      RETURN collect(COUNT { (p)<-[:EXPRESSES]-() }) AS expressing
    }
    WITH c, [about] + expressing AS degrees
    RETURN collect({c: c, upper: ${sum('degrees')}, lower: ${largest('degrees')}}) AS figures
  }
  CALL (figures) {
    UNWIND figures AS f
    WITH f.c AS c, f.upper AS upper, f.lower AS lower
    ${ranked('c', ON_CONFLICT('c'), `c IN ${CONFLICTS_OF('s')}`)} AS conflicts
  }
  CALL (figures) {
    MATCH (n:NegotiationProcess) WHERE $top > 0
    WITH n, figures,
      [COUNT { (n)<-[:ABOUT]-() }, COUNT { (n)<-[:MENTIONS]-() }, COUNT { (n)<-[:ABOUT_PROCESS]-() }]
        + COLLECT { MATCH (n)<-[:OF_PROCESS]-(r:NegotiationRound) RETURN COUNT { (r)<-[:AT_ROUND]-() } } AS own,
      COLLECT { MATCH (n)-[:CONCERNS]->(c:Conflict) RETURN c } AS concerned
    WITH n, own, [f IN figures WHERE f.c IN concerned] AS onConflicts
    WITH n, ${sum('own')} + ${sum('[f IN onConflicts | f.upper]')} AS upper, ${largest('own + [f IN onConflicts | f.lower]')} AS lower
    ${ranked(
      'n',
      ON_PROCESS,
      `n IN [(s)-[:ABOUT|MENTIONS|ABOUT_PROCESS]->(x) | x] + [(s)-[:AT_ROUND]->(:NegotiationRound)-[:OF_PROCESS]->(x) | x]
        OR any(x IN ${CONFLICTS_OF('s')} WHERE (x)<-[:CONCERNS]-(n))`,
      `, rounds: COUNT { (n)<-[:OF_PROCESS]-(:NegotiationRound) }`,
    )} AS processes
  }
  RETURN ${COUNTS} AS counts, recent, conflicts, processes`;

/** `bound` is how many statements a count reads before it becomes a lower bound; tests lower it. */
export async function graphOverview(tx: Tx, top: number, bound: number = CAPS.ranked) {
  const row = await ask(tx, CYPHER, { top: integer(top), bound: integer(bound) }, []);
  const counts = (row.counts as Array<{ kind: string; count: number }>).filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  return { counts, recentStatements: row.recent, topConflicts: row.conflicts, topProcesses: row.processes };
}
