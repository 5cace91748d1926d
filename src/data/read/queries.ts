import { integer, type Row, type Tx } from '../database.js';
import { citations, names, project } from './projection.js';
import { RELATIONS, type RelationKey } from './relations.js';

export interface Page {
  total: number;
  nodes: Row[];
}

export async function nodesByIds(tx: Tx, ids: readonly string[]): Promise<Map<string, Row>> {
  const rows = await tx.run(`UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, ${project('n')} AS node`, { ids });
  return new Map(rows.map((r) => [r.id, r.node]));
}

/** One statement for many parents: the related nodes of each, sorted, with the total before paging. */
export async function related(tx: Tx, key: RelationKey, ids: readonly string[], skip: number, limit: number) {
  const relation = RELATIONS[key] as { match: string; order?: string };
  const order = relation.order ? `${relation.order}, m.id ASC` : 'm.id ASC';
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     CALL (n) {
       ${relation.match}
       WITH DISTINCT m
       ORDER BY ${order}
       RETURN collect(m) AS found
     }
     RETURN id, size(found) AS total, [m IN found[$skip..($skip + $limit)] | ${project('m')}] AS nodes`,
    { ids, skip: integer(skip), limit: integer(limit) },
  );
  return new Map<string, Page>(rows.map((r) => [r.id, { total: r.total, nodes: r.nodes }]));
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
