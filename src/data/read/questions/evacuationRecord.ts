import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import type { DateMatch } from '../../../records/partialDate.js';
import { dateWithin, entityRef, evidence, first, linkedRef, linkedRefs, partialDate } from './fragments.js';
import { ask } from './run.js';

export interface EvacuationRecordRequest {
  actor: string;
  /** First day of the range, stored form; a range leaves out undated movements. */
  from: string | null;
  /** Last day of the range, stored form. */
  to: string | null;
  dateMatch: DateMatch;
}

/** Countries a movement passes through: named as transit, or holding a stop that a later leg leaves from. */
const TRANSIT = `COLLECT {
  MATCH (mv)-[:HAS_LEG]->(l:EvacuationLeg)-[lr:VIA|TO]->(stop:Entity)
  WHERE type(lr) = 'VIA' OR EXISTS { MATCH (mv)-[:HAS_LEG]->(later:EvacuationLeg) WHERE later.sequence > l.sequence }
  WITH DISTINCT CASE WHEN stop:Country THEN stop ELSE head([(stop)-[:IN_COUNTRY]->(k:Country) | k]) END AS country
  WHERE country IS NOT NULL
  WITH country ORDER BY country.name LIMIT ${CAPS.items}
  RETURN ${entityRef('country')} AS item }`;

const LEG = `{sequence: l.sequence, mode: l.mode, note: l.note,
  from: ${first('(l)-[:FROM]->(lf:Entity)', entityRef('lf'))},
  to: ${linkedRefs('l', 'TO', 'to')}, via: ${linkedRefs('l', 'VIA', 'via')},
  carrier: ${linkedRef('l', 'CARRIED_BY', 'carrier')}}`;

const MOVEMENT = `{id: mv.id, description: mv.description, count: mv.count, countUnit: mv.countUnit, status: mv.status,
  countQualifier: CASE WHEN mv.count IS NULL THEN null ELSE coalesce(mv.countQualifier, 'EXACT') END,
  countKind: coalesce(mv.countKind, 'INCREMENT'),
  date: ${partialDate('mv', 'date')}, reportedOn: ${partialDate('mv', 'reportedOn')},
  legs: COLLECT { MATCH (mv)-[:HAS_LEG]->(l:EvacuationLeg) RETURN ${LEG} AS item ORDER BY l.sequence LIMIT ${CAPS.items} },
  transitCountries: ${TRANSIT},
  alternatives: COLLECT { MATCH (mv)-[:ALTERNATIVE_TO]-(alt:EvacuationMovement) WITH DISTINCT alt ORDER BY alt.id LIMIT ${CAPS.items}
    RETURN ${entityRef('alt')} AS item },
  evidence: ${evidence('mv')}}`;

const CYPHER = `
  MATCH (a:Entity {id: $actor})
  RETURN ${entityRef('a')} AS actorRef, COLLECT {
    MATCH (a)<-[:CONDUCTED_BY]-(op:EvacuationOperation)
    RETURN {id: op.id, name: op.name, priorityGroups: coalesce(op.priorityGroups, []),
      conflict: ${linkedRef('op', 'PROMPTED_BY', 'conflict')}, evidence: ${evidence('op')},
      movements: COLLECT { MATCH (op)<-[:OF_OPERATION]-(mv:EvacuationMovement)
        WHERE ${dateWithin('mv', 'date')}
        RETURN ${MOVEMENT} AS item ORDER BY mv.date IS NULL, mv.date, mv.id LIMIT ${CAPS.scan} }} AS item
    ORDER BY op.name, op.id LIMIT ${CAPS.items}
  } AS operations`;

interface Movement {
  id: string;
  alternatives: Array<{ id: string }>;
  count: number | null;
  countQualifier: string | null;
  countKind: string;
  countUnit: string;
  status: string;
  date: { value: string; precision: string } | null;
}

/**
 * People moved per date, unit and status; undated movements last. Units are never added together, and only
 * exact increments are: a running total (TOTAL_TO_DATE) or a qualified number ("more than 300") is never
 * added to anything, so it stays in `movements` and not in `total`; nor is a movement that sources give
 * otherwise (`alternatives`), since adding it would count the same people twice and dropping the other
 * claim would pick one source silently.
 */
export function totalsByDate(movements: Movement[]) {
  movements = movements.filter((m) => m.countKind !== 'TOTAL_TO_DATE');
  type Total = { date: Movement['date']; countUnit: string; status: string; total: number; movements: number; movementsWithoutCount: number; movementsNotAdded: number; movementsWithAlternatives: number };
  const totals = new Map<string, Total>();
  for (const m of movements) {
    const key = [m.date?.value ?? '', m.countUnit, m.status].join('|');
    const t = totals.get(key) ?? { date: m.date, countUnit: m.countUnit, status: m.status, total: 0, movements: 0, movementsWithoutCount: 0, movementsNotAdded: 0, movementsWithAlternatives: 0 };
    t.movements += 1;
    if (m.count === null) t.movementsWithoutCount += 1;
    else if (m.alternatives.length > 0) t.movementsWithAlternatives += 1;
    else if (m.countQualifier === 'EXACT') t.total += m.count;
    else t.movementsNotAdded += 1;
    totals.set(key, t);
  }
  const dateKey = (t: { date: Movement['date'] }) => t.date?.value ?? '\uffff';
  return [...totals.values()].sort(
    (x, y) => dateKey(x).localeCompare(dateKey(y)) || x.countUnit.localeCompare(y.countUnit) || x.status.localeCompare(y.status),
  );
}

/**
 * The movements linked as alternatives, each fact's claims together (linked either way, and through one
 * another: 278 and 189 both given against 467 are one fact), in the order of `movements`. A claim linked
 * to a movement outside the answer (another date range) still shows as disputed, alone.
 */
export function alternativeClaims<M extends Movement>(movements: M[]): Array<{ movements: M[] }> {
  const fact = new Map<string, string>();
  const root = (id: string): string => {
    const up = fact.get(id) ?? id;
    return up === id ? id : root(up);
  };
  for (const m of movements) for (const alt of m.alternatives) fact.set(root(alt.id), root(m.id));
  const groups = new Map<string, M[]>();
  for (const m of movements) {
    if (!m.alternatives.length) continue;
    const key = root(m.id);
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return [...groups.values()].map((claims) => ({ movements: claims }));
}

/** An actor's evacuation operations with their movements, totals by date and disagreeing claims. */
export async function evacuationRecord(tx: Tx, request: EvacuationRecordRequest) {
  const row = await ask(tx, CYPHER, request as unknown as Record<string, unknown>, [{ field: 'actor', id: request.actor }]);
  const operations = (row.operations as Array<{ movements: Movement[] }>).map((op) => ({
    ...op,
    totalsByDate: totalsByDate(op.movements),
    alternativeClaims: alternativeClaims(op.movements),
  }));
  const all = operations.flatMap((op) => op.movements);
  return { actor: row.actorRef, operations, totalsByDate: totalsByDate(all), alternativeClaims: alternativeClaims(all) };
}
