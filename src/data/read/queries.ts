import { integer, type Row, type Tx } from '../database.js';
import { citations, names, project } from './projection.js';
import { afterParameters, afterPredicate, keyText, type After, type KeyedPage } from './keyset.js';
import { RELATIONS, type Relation, type RelationKey } from './relations.js';

export interface Page {
  total: number;
  nodes: Row[];
}

export async function nodesByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, Row>> {
  const rows = await tx.run(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, ${project('n')} AS node`, { ids });
  return new Map(rows.map((r) => [r.id, r.node]));
}

/**
 * The page of relation `key` from the node `n`: a subquery that reads the node's links once, sorted and counted
 * together, then the page's columns as Cypher expressions. `limit` and `take` name the parameters holding the page
 * size and one more. related() asks it of many parents; a list asks it of the records of its page (lists.ts).
 */
export function relatedPage(key: RelationKey, after: After | null, limit: string, take: string) {
  const relation: Relation = RELATIONS[key];
  const sort = relation.sort;
  const order = sort ? `${sort.direction === 'DESC' ? 'key IS NULL, ' : ''}key ${sort.direction}, mid ASC` : 'mid ASC';
  const beyond = after && (sort ? afterPredicate('r.key', 'r.id', sort, after) : 'r.id > $afterId');
  const call = `CALL (n) {
       ${relation.match}
       WITH DISTINCT m
       WITH m, ${sort?.expression ?? 'null'} AS key, m.id AS mid
       ORDER BY ${order}
       WITH collect({node: m, key: key, id: mid}) AS sorted
       RETURN size(sorted) AS total, ${beyond ? `[r IN sorted WHERE ${beyond}]` : 'sorted'}[0..${take}] AS taken
     }`;
  const columns = {
    total: 'total',
    nodes: `[m IN [r IN taken[0..${limit}] | r.node] | ${project('m')}]`,
    keys: `[r IN taken[0..${limit}] | ${keyText('r.key', sort?.type)}]`,
    hasNextPage: `size(taken) > ${limit}`,
  };
  return { call, columns };
}

/**
 * One statement for many parents: for each, the total related and the page after the cursor, in the relation's
 * order. A record's links are read once, sorted and counted together: a page costs the record's degree, deep or
 * not, and the cursor keeps the pages still while records arrive.
 */
export async function related(tx: Tx, key: RelationKey, ids: readonly string[], after: After | null, limit: number): Promise<Map<string, KeyedPage>> {
  const { call, columns } = relatedPage(key, after, '$limit', '$take');
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     ${call}
     RETURN id, ${Object.entries(columns).map(([name, expression]) => (expression === name ? name : `${expression} AS ${name}`)).join(', ')}`,
    { ids, limit: integer(limit), take: integer(limit + 1), ...afterParameters(after) },
  );
  return new Map(rows.map((r) => [r.id, r as unknown as KeyedPage]));
}

async function perId(tx: Tx, ids: readonly string[], label: string, expression: string): Promise<Map<string, Row[]>> {
  const rows = await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN id, ${expression} AS value`, { ids });
  return new Map(rows.map((r) => [r.id, r.value]));
}

export const citationsOf = (tx: Tx, ids: readonly string[]) => perId(tx, ids, 'Entity', citations('n'));
export const namesOf = (tx: Tx, ids: readonly string[]) => perId(tx, ids, 'Entity', names('n'));

export async function sourceTexts(tx: Tx, ids: readonly string[]): Promise<Map<string, string | null>> {
  const rows = await tx.run('UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN id, s.text AS text', { ids });
  return new Map(rows.map((r) => [r.id, r.text]));
}

export const legsOf = (tx: Tx, ids: readonly string[]) =>
  perId(
    tx,
    ids,
    'EvacuationMovement',
    `COLLECT {
      MATCH (n)-[:HAS_LEG]->(l:EvacuationLeg)
      RETURN l {.*,
        from: [(l)-[:FROM]->(x) | ${project('x')}][0],
        to: COLLECT { MATCH (l)-[r:TO]->(x) RETURN ${project('x')} AS x ORDER BY r.seq },
        via: COLLECT { MATCH (l)-[r:VIA]->(x) RETURN ${project('x')} AS x ORDER BY r.seq },
        carrier: [(l)-[:CARRIED_BY]->(x) | ${project('x')}][0]
      } AS leg
      ORDER BY l.sequence
    }`,
  );

/** Who created each record and when, from the audit trail: its first change. */
export async function origins(tx: Tx, ids: readonly string[]): Promise<Map<string, Row>> {
  const rows = await tx.run(
    `UNWIND $ids AS id
     CALL (id) { MATCH (c:Change {recordId: id}) RETURN c ORDER BY c.at ASC LIMIT 1 }
     RETURN id, {by: c.by, at: toString(c.at)} AS origin`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, r.origin]));
}

/** The stance codebook, by code. */
export async function stanceDefinitions(tx: Tx): Promise<Row[]> {
  const rows = await tx.run(`MATCH (n:StanceDefinition) RETURN ${project('n')} AS node ORDER BY n.code`);
  return rows.map((r) => r.node);
}
