import { fromStored } from '../../records/partialDate.js';
import type { Gazetteer, GazetteerEntity } from '../../annotate/gazetteer.js';
import type { Tx } from '../database.js';

const KINDS: Record<string, GazetteerEntity['kind']> = {
  Country: 'COUNTRY',
  Person: 'PERSON',
  Organization: 'ORGANIZATION',
  Conflict: 'CONFLICT',
  NegotiationProcess: 'PROCESS',
};

/**
 * Every name the proposer can match, in one read: the graph is small next to an article's worth of
 * matching, and a few thousand names (mostly the countries' in sixteen languages) travel in one round trip.
 */
export async function readGazetteer(tx: Tx): Promise<Gazetteer> {
  const rows = await tx.run(
    `MATCH (n:Entity) WHERE n:Country OR n:Person OR n:Organization OR n:Conflict OR n:NegotiationProcess
     RETURN n.id AS id, head([l IN labels(n) WHERE l <> 'Entity']) AS label, n.name AS name, n.iso2 AS iso2, n.kind AS kind,
       [(n)-[:HAS_NAME]->(x:Name) | {value: x.value, language: x.language}] AS names,
       COLLECT { MATCH (n)-[:PART_OF*0..3]->(:Organization)-[:OF_COUNTRY]->(c:Country) RETURN c.id LIMIT 1 }[0] AS country,
       COLLECT {
         MATCH (n)<-[:HELD_BY]-(o:Office)-[:IN_ORGANIZATION]->(org:Organization)
         OPTIONAL MATCH (org)-[:PART_OF*0..3]->(:Organization)-[:OF_COUNTRY]->(c:Country)
         WITH o, org, head(collect(c)) AS c
         RETURN {title: o.title, organizationId: org.id, organizationName: org.name, countryId: c.id, countryName: c.name,
                 startText: o.startText, endText: o.endText} AS office
       } AS offices
     ORDER BY id`,
  );
  const codes = await tx.run('MATCH (d:StanceDefinition) RETURN d.code AS code ORDER BY code');
  return {
    stanceCodes: codes.map((c) => c.code as string),
    entities: rows.map((r) => ({
      id: r.id,
      kind: KINDS[r.label],
      name: r.name,
      names: r.names,
      countryId: r.label === 'Organization' ? (r.country ?? null) : null,
      iso2: r.iso2 ?? null,
      organizationKind: r.label === 'Organization' ? (r.kind ?? null) : null,
      offices: (r.offices as Array<Record<string, unknown>>).map((o) => ({
        title: o.title as string,
        organizationId: o.organizationId as string,
        organizationName: o.organizationName as string,
        countryId: (o.countryId as string | null) ?? null,
        countryName: (o.countryName as string | null) ?? null,
        start: fromStored(o, 'start'),
        end: fromStored(o, 'end'),
      })),
    })),
  };
}
