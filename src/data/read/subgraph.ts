import { integer, type Row, type Tx } from '../database.js';
import type { Label } from '../labels.js';

/**
 * What an export reads. Every statement varies only in labels and relationship types drawn from the
 * record specs (never from a request); ids, limits and cursors are parameters.
 */

/** An entity with everything its record holds: properties, owned links, citations, names and legs, each with its order. */
export interface RecordRow {
  id: string;
  label: Label;
  props: Row;
  links: Array<{ rel: string; seq: number | null; target: string }>;
  citations: Array<Row & { source: string; seq: number | null }>;
  names: Array<{ seq: number | null; props: Row; citations: Array<Row & { source: string; seq: number | null }> }>;
  legs: Array<{ seq: number | null; props: Row; links: Array<{ rel: string; seq: number | null; target: string }> }>;
}

const CITATIONS = (v: string) => `[(${v})-[c:CITES]->(s:Source) | c {.*, source: s.id}]`;
// Made-for links are derived from the others (write/madeFor.ts): no record holds them, so none is exported.
const LINKS = (v: string) => `[(${v})-[r:!CITES&!MADE_FOR]->(m:Entity) | {rel: type(r), seq: r.seq, target: m.id}]`;

export async function recordRows(tx: Tx, ids: readonly string[]): Promise<RecordRow[]> {
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN {
       id: n.id,
       label: head([l IN labels(n) WHERE l <> 'Entity']),
       props: properties(n),
       links: ${LINKS('n')},
       citations: ${CITATIONS('n')},
       names: [(n)-[h:HAS_NAME]->(x:Name) | {seq: h.seq, props: properties(x), citations: ${CITATIONS('x')}}],
       legs: [(n)-[h:HAS_LEG]->(l:EvacuationLeg) | {seq: h.seq, props: properties(l), links: ${LINKS('l')}}]
     } AS row`,
    { ids },
  );
  return rows.map((r) => r.row as RecordRow);
}

/** The labels of those of `ids` that are held. */
export async function labelsOf(tx: Tx, ids: readonly string[]): Promise<Map<string, Label>> {
  const rows = await tx.run(
    "UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, head([l IN labels(n) WHERE l <> 'Entity']) AS label",
    { ids },
  );
  return new Map(rows.map((r) => [r.id as string, r.label as Label]));
}

/** Depth is one of two fixed patterns, so no number from a request reaches the Cypher text. */
const EGO: Record<1 | 2, string> = {
  1: 'MATCH (c)-[:!MADE_FOR]-{1,1}(m:Entity)',
  2: 'MATCH (c)-[:!MADE_FOR]-{1,2}(m:Entity)',
};

/** The entities within `depth` relationships of `id` (itself included), at most `limit` of them. */
export async function egoIds(tx: Tx, id: string, depth: 1 | 2, limit: number): Promise<string[]> {
  const rows = await tx.run(
    `MATCH (c:Entity {id: $id})
     CALL (c) { ${EGO[depth]} WHERE m <> c RETURN DISTINCT m.id AS found LIMIT $limit }
     RETURN $id AS centre, collect(found) AS found`,
    { id, limit: integer(limit) },
  );
  return rows.length ? [rows[0].centre, ...rows[0].found] : [];
}

/** For each of `ids`, its label and the others of `ids` it points to (links and citations): the order an import needs. */
export async function dependencies(tx: Tx, ids: readonly string[]): Promise<Array<{ id: string; label: Label; needs: string[] }>> {
  const rows = await tx.run(
    `UNWIND $ids AS id
     MATCH (n:Entity {id: id})
     RETURN id, head([l IN labels(n) WHERE l <> 'Entity']) AS label,
            [(n)-[:!MADE_FOR]->(m:Entity) WHERE m.id IN $ids | m.id] AS needs`,
    { ids },
  );
  return rows as Array<{ id: string; label: Label; needs: string[] }>;
}

export async function entityCount(tx: Tx): Promise<number> {
  const [row] = await tx.run('MATCH (n:Entity) RETURN count(n) AS n');
  return row.n;
}

/**
 * One page of the ids of a label, in id order, leaving out those with a link in `selfRels` to their own
 * label (they go after the others, see selfLinked).
 */
export async function idPage(tx: Tx, label: Label, selfRels: readonly string[], after: string, limit: number): Promise<string[]> {
  const apart = selfRels.length ? `AND NOT EXISTS { (n)-[:${selfRels.join('|')}]->(:${label}) }` : '';
  const rows = await tx.run(
    `MATCH (n:${label}) WHERE n.id > $after ${apart} RETURN n.id AS id ORDER BY n.id LIMIT $limit`,
    { after, limit: integer(limit) },
  );
  return rows.map((r) => r.id as string);
}

/** The entities of a label that point to others of their label (renderings, reaffirmations, parent bodies), with those they point to. */
export async function selfLinked(tx: Tx, label: Label, selfRels: readonly string[]): Promise<Array<{ id: string; needs: string[] }>> {
  const rel = selfRels.join('|');
  const rows = await tx.run(
    `MATCH (n:${label}) WHERE EXISTS { (n)-[:${rel}]->(:${label}) }
     RETURN n.id AS id, [(n)-[:${rel}]->(m:${label}) | m.id] AS needs ORDER BY id`,
  );
  return rows as Array<{ id: string; needs: string[] }>;
}
