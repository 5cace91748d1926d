/**
 * A gazetteer from import records (docs/import-format.md) instead of the database: what the graph would
 * hold after importing them. The benchmark scores the proposer on the seed this way, with no Neo4j to
 * start, and unit tests build small graphs of their own.
 */
import { parsePartialDate } from '../records/partialDate.js';
import type { Gazetteer, GazetteerEntity } from './gazetteer.js';
import type { MentionKind } from './types.js';

type RecordLike = Record<string, any>;

const KINDS: Record<string, MentionKind> = { Country: 'COUNTRY', Person: 'PERSON', Organization: 'ORGANIZATION', Conflict: 'CONFLICT', NegotiationProcess: 'PROCESS' };

export function gazetteerFromRecords(records: unknown[]): Gazetteer {
  const all = records as RecordLike[];
  const byId = new Map(all.filter((r) => r.id).map((r) => [r.id as string, r]));
  const countryOf = (orgId: string | undefined, depth = 0): string | null => {
    const org = orgId ? byId.get(orgId) : undefined;
    if (!org || depth > 3) return null;
    return org.country ?? countryOf(org.parent, depth + 1);
  };
  const entities: GazetteerEntity[] = all
    .filter((r) => KINDS[r.type])
    .map((r) => ({
      id: r.id,
      kind: KINDS[r.type],
      name: r.name,
      names: (r.names ?? []).map((n: RecordLike) => ({ value: n.value, language: n.language })),
      countryId: r.type === 'Organization' ? countryOf(r.id) : null,
      iso2: r.iso2 ?? null,
      organizationKind: r.type === 'Organization' ? (r.kind ?? null) : null,
      offices: all
        .filter((o) => o.type === 'Office' && o.holder === r.id)
        .map((o) => {
          const countryId = countryOf(o.organization);
          return {
            title: o.title,
            organizationId: o.organization,
            organizationName: byId.get(o.organization)?.name ?? o.organization,
            countryId,
            countryName: countryId ? (byId.get(countryId)?.name ?? null) : null,
            start: o.start ? parsePartialDate(o.start) : null,
            end: o.end ? parsePartialDate(o.end) : null,
          };
        }),
    }));
  return { entities, stanceCodes: all.filter((r) => r.type === 'StanceDefinition').map((r) => r.code as string) };
}
