import { heldOn } from '../read/questions/fragments.js';
import { integer, type Database, type Tx } from '../database.js';
import { KEPT_PLAN } from './keptPlan.js';

/**
 * `(s:Statement)-[:MADE_FOR {actor, date, dateLast, kind}]->(a)` says statement `s` was made for actor `a`:
 * by it (a person speaking), on its behalf or its organizations' (up to three levels of organizations below
 * it), or by anyone holding an office in them on the statement's date. It is derived, like the stored date
 * keys: never exported, never part of a record. It exists so "who said what for this actor, newest first"
 * reads only the page it returns: an index on (actor, date) gives an actor's statements in date order, and
 * the links' count on the actor is its total; without it every question walked all three patterns, collected
 * and sorted every match (345,372 db hits for the busiest country of a 100 k-statement graph).
 * `date` is the statement's first day, '' when undated, so that the index holds undated statements too and
 * its descending order puts them last.
 *
 * Every write that can change what a statement is made for refreshes its links in the same transaction:
 * the statement's own writes, its offices' (holder, organization, start, end), the organization hierarchy
 * above them, and retractions (see `applyRecords` and `retractRecords`).
 */

/** The actors statement `s` is made for; reads `s`, returns `a`. */
const ACTORS_OF_STATEMENT = `
  MATCH (s)-[:SPOKEN_BY|ON_BEHALF_OF]->(a) RETURN a
  UNION
  MATCH (s)-[:ON_BEHALF_OF]->(:Organization)-[:OF_COUNTRY|PART_OF]->{1,3}(a) RETURN a
  UNION
  MATCH (s)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(o:Office)-[:IN_ORGANIZATION]->(:Organization)-[:OF_COUNTRY|PART_OF]->{0,3}(a)
  WHERE ${heldOn('o', 's')}
  RETURN a`;

/**
 * Locks what the links of these statements are derived from: the speaker, the speaker's offices and the
 * organizations whose own links a derivation follows. A concurrent write of one of them (an office ending,
 * a ministry moving) then either commits before the links are read, or waits for them to commit and finds
 * the statement among those it refreshes (statementsResting locks the holders it reads them by).
 */
const LOCK_SOURCES = `${KEPT_PLAN}
  UNWIND $ids AS id
  MATCH (s:Statement {id: id})
  CALL (s) {
    MATCH (s)-[:SPOKEN_BY]->(n:Person) RETURN n
    UNION
    MATCH (s)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(n:Office) RETURN n
    UNION
    MATCH (s)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(:Office)-[:IN_ORGANIZATION]->(:Organization)-[:PART_OF]->{0,2}(n:Organization) RETURN n
    UNION
    MATCH (s)-[:ON_BEHALF_OF]->(:Organization)-[:PART_OF]->{0,2}(n:Organization) RETURN n
  }
  WITH DISTINCT n
  SET n.madeForLock = true REMOVE n.madeForLock`;

const REFRESH = `${KEPT_PLAN}
  UNWIND $ids AS id
  MATCH (s:Statement {id: id})
  CALL (s) { MATCH (s)-[r:MADE_FOR]->() DELETE r }
  CALL (s) {
    CALL (s) { ${ACTORS_OF_STATEMENT} }
    CREATE (s)-[:MADE_FOR {actor: a.id, date: coalesce(s.date, ''), dateLast: s.dateLast, kind: s.kind}]->(a)
  }`;

/** Rewrites the made-for links of these statements from the graph as it now is (ids that name none are skipped). */
export async function refreshMadeFor(tx: Tx, statementIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(statementIds)];
  if (!ids.length) return;
  await tx.run(LOCK_SOURCES, { ids });
  await tx.run(REFRESH, { ids });
}

/**
 * What of an office or organization decides which statements are made for whom: an office's holder,
 * organization and period; an organization's place in the hierarchy. Read before and after a write, so
 * renaming a ministry does not touch its statements and moving it under another country does.
 */
export interface Standing {
  key: string;
  holders: string[];
}

export async function standingOf(tx: Tx, ids: string[]): Promise<Map<string, Standing>> {
  if (!ids.length) return new Map();
  const rows = await tx.run(
    `${KEPT_PLAN}
     UNWIND $ids AS id
     MATCH (n:Entity {id: id}) WHERE n:Office OR n:Organization
     RETURN id,
       COLLECT { MATCH (n)-[r:HELD_BY|IN_ORGANIZATION|OF_COUNTRY|PART_OF]->(m) RETURN type(r) + ' ' + m.id AS item ORDER BY item } AS links,
       CASE WHEN n:Office THEN [n.start, n.startLast, n.end, n.endLast] ELSE [] END AS period,
       COLLECT { MATCH (n:Office)-[:HELD_BY]->(p) RETURN p.id AS item } AS holders`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id as string, { key: JSON.stringify([r.links, r.period]), holders: r.holders as string[] }]));
}

/**
 * The statements whose made-for links may rest on these offices and organizations: those spoken by the
 * offices' holders (`holders`, before and after a write), and those made on behalf of an organization at
 * or up to two levels below one of the organizations, or spoken by a holder of an office in one.
 */
export async function statementsResting(tx: Tx, changed: Array<{ id: string; holders: string[] }>): Promise<string[]> {
  if (!changed.length) return [];
  const holders = [...new Set(changed.flatMap((c) => c.holders))];
  if (holders.length) {
    await tx.run('UNWIND $holders AS holder MATCH (p:Person {id: holder}) SET p.madeForLock = true REMOVE p.madeForLock', { holders });
  }
  const rows = await tx.run(
    `${KEPT_PLAN}
     UNWIND $changed AS c
     CALL (c) {
       UNWIND c.holders AS holder
       MATCH (s:Statement)-[:SPOKEN_BY]->(:Person {id: holder}) RETURN s
       UNION
       MATCH (:Organization {id: c.id})<-[:PART_OF]-{0,2}(y:Organization)
       CALL (y) {
         MATCH (s:Statement)-[:ON_BEHALF_OF]->(y) RETURN s
         UNION
         MATCH (s:Statement)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(:Office)-[:IN_ORGANIZATION]->(y) RETURN s
       }
       RETURN s
     }
     RETURN DISTINCT s.id AS id`,
    { changed },
  );
  return rows.map((r) => r.id as string);
}

/** The offices and organizations among `ids` whose standing differs between `before` and `after`, with every holder either saw. */
export function changedStanding(ids: string[], before: Map<string, Standing>, after: Map<string, Standing>) {
  return ids
    .filter((id) => (before.has(id) || after.has(id)) && before.get(id)?.key !== after.get(id)?.key)
    .map((id) => ({ id, holders: [...new Set([...(before.get(id)?.holders ?? []), ...(after.get(id)?.holders ?? [])])] }));
}

const BATCH = 1_000;

/** Whether the graph holds any made-for link (Neo4j keeps the count). */
export async function anyMadeFor(db: Database): Promise<boolean> {
  const [{ links }] = await db.read((tx) => tx.run('MATCH ()-[r:MADE_FOR]->() RETURN count(r) AS links'));
  return (links as number) > 0;
}

/** A graph written before made-for links gets them here, in batches by statement id (each batch rewrites its statements' links whole). */
export async function backfillMadeFor(db: Database): Promise<number> {
  let total = 0;
  for (let after = ''; ; ) {
    const rows = await db.read((tx) =>
      tx.run('MATCH (s:Statement) WHERE s.id > $after RETURN s.id AS id ORDER BY s.id LIMIT $batch', { after, batch: integer(BATCH) }),
    );
    if (!rows.length) return total;
    const ids = rows.map((r) => r.id as string);
    await db.write((tx) => refreshMadeFor(tx, ids));
    total += ids.length;
    after = ids.at(-1)!;
  }
}
