import { MODEL, type FieldModel, type RecordTypeName } from '../../model/index.js';
import { refusal } from '../../errors.js';
import { dateArgument, lastDayOf } from '../../records/partialDate.js';
import { integer, type Row, type Tx } from '../database.js';
import type { Label } from '../labels.js';
import { citations, project } from './projection.js';
import { lastDay as lastDayOfStored } from './questions/fragments.js';
import { afterParameters, beyondPredicate, type After, type KeyedPage, type SortDirection } from './keyset.js';
import { relatedPage } from './queries.js';
import type { RelationKey } from './relations.js';

/**
 * The filters and sorts each list offers, as fixed Cypher predicates over `n` that read their value
 * from `$value_<filter>`. Only names found here reach a query; values always travel as parameters.
 */
type ValueKind = 'text' | 'exact' | 'upper' | 'firstDay' | 'lastDay';

interface Filter {
  kind: ValueKind;
  where: string;
}

export interface ListSpec {
  label: Label;
  filters: Record<string, Filter>;
  sorts: Record<string, string>;
  defaultSort: { field: string; direction: SortDirection };
}

const v = (field: string) => `$value_${field}`;
const text = (field: string, where: string): Filter => ({ kind: 'text', where: where.replaceAll('$value', v(field)) });
const exact = (field: string, where: string): Filter => ({ kind: 'exact', where: where.replaceAll('$value', v(field)) });
const firstDay = (field: string, where: string): Filter => ({ kind: 'firstDay', where: where.replaceAll('$value', v(field)) });
const lastDay = (field: string, where: string): Filter => ({ kind: 'lastDay', where: where.replaceAll('$value', v(field)) });

/**
 * Dated no later than the last day of `to`, every day of it: "March 2026" is not within `to: "2026-03-10"`,
 * as in the questions' default (CERTAINLY). The first day's bound is implied but lets the planner seek the index.
 */
const certainlyTo = (field: string, key = 'date') => lastDay(field, `n.${key} <= $value AND ${lastDayOfStored('n', key)} <= $value`);

const nameMatches = (field: string) =>
  text(field, `(toLower(n.name) CONTAINS $value OR EXISTS { (n)-[:HAS_NAME]->(x:Name) WHERE toLower(x.value) CONTAINS $value })`);
/** `pattern` names its own parameter with v(field). */
const linked = (_field: string, pattern: string): Filter => ({ kind: 'exact', where: `EXISTS { ${pattern} }` });
/** Records whose link `field` (as the domain model declares it) points at the record with the given id. */
function linksTo(label: RecordTypeName, field: string): Filter {
  const link: FieldModel | undefined = (MODEL[label].fields as Record<string, FieldModel>)[field];
  if (link?.kind !== 'link') throw new Error(`${label}.${field} is not a link of the domain model`);
  const target = link.targets.length === 1 ? link.targets[0] : 'Entity';
  return linked(field, `(n)-[:${link.rel}]->(:${target} {id: ${v(field)}})`);
}
const standsOn = (field: string) =>
  firstDay(
    field,
    `EXISTS { (n)<-[:EXPRESSES]-(s:Statement) WHERE s.date <= $value } AND (n.until IS NULL OR n.until > $value)`,
  );

export const LISTS: Record<string, ListSpec> = {
  Country: {
    label: 'Country',
    filters: {
      name: nameMatches('name'),
      iso2: { kind: 'upper', where: `n.iso2 = ${v('iso2')}` },
      iso3: { kind: 'upper', where: `n.iso3 = ${v('iso3')}` },
    },
    sorts: { NAME: 'n.name', ISO2: 'n.iso2' },
    defaultSort: { field: 'NAME', direction: 'ASC' },
  },
  Person: {
    label: 'Person',
    filters: {
      name: nameMatches('name'),
      country: linked('country', `(n)<-[:HELD_BY]-(:Office)-[:IN_ORGANIZATION]->(:Organization)-[:OF_COUNTRY]->(:Country {id: ${v('country')}})`),
    },
    sorts: { NAME: 'n.name' },
    defaultSort: { field: 'NAME', direction: 'ASC' },
  },
  Organization: {
    label: 'Organization',
    filters: {
      name: nameMatches('name'),
      kind: exact('kind', 'n.kind = $value'),
      country: linksTo('Organization', 'country'),
    },
    sorts: { NAME: 'n.name', KIND: 'n.kind' },
    defaultSort: { field: 'NAME', direction: 'ASC' },
  },
  Office: {
    label: 'Office',
    filters: {
      title: text('title', 'toLower(n.title) CONTAINS $value'),
      holder: linksTo('Office', 'holder'),
      organization: linksTo('Office', 'organization'),
      heldOn: firstDay('heldOn', `(n.start IS NULL OR n.start <= $value) AND (n.end IS NULL OR ${lastDayOfStored('n', 'end')} >= $value)`),
    },
    sorts: { START: 'n.start', TITLE: 'n.title' },
    defaultSort: { field: 'START', direction: 'ASC' },
  },
  Place: {
    label: 'Place',
    filters: {
      name: nameMatches('name'),
      kind: exact('kind', 'n.kind = $value'),
      country: linksTo('Place', 'country'),
    },
    sorts: { NAME: 'n.name' },
    defaultSort: { field: 'NAME', direction: 'ASC' },
  },
  Source: {
    label: 'Source',
    filters: {
      text: text('text', "(toLower(coalesce(n.title, '')) CONTAINS $value OR toLower(coalesce(n.publisher, '')) CONTAINS $value)"),
      kind: exact('kind', 'n.kind = $value'),
      language: exact('language', 'n.language = $value'),
      publishedFrom: firstDay('publishedFrom', 'n.published >= $value'),
      publishedTo: certainlyTo('publishedTo', 'published'),
    },
    sorts: { PUBLISHED: 'n.published', TITLE: 'n.title' },
    defaultSort: { field: 'PUBLISHED', direction: 'ASC' },
  },
  Statement: {
    label: 'Statement',
    filters: {
      text: text('text', 'toLower(n.text) CONTAINS $value'),
      kind: exact('kind', 'n.kind = $value'),
      language: exact('language', 'n.language = $value'),
      speaker: linksTo('Statement', 'speaker'),
      onBehalfOf: linksTo('Statement', 'onBehalfOf'),
      about: linksTo('Statement', 'about'),
      from: firstDay('from', 'n.date >= $value'),
      to: certainlyTo('to'),
    },
    sorts: { DATE: 'n.date' },
    defaultSort: { field: 'DATE', direction: 'DESC' },
  },
  Position: {
    label: 'Position',
    filters: {
      stance: exact('stance', 'n.stance = $value'),
      modality: exact('modality', 'n.modality = $value'),
      holder: linksTo('Position', 'holder'),
      toward: linksTo('Position', 'toward'),
      asOf: standsOn('asOf'),
    },
    sorts: {
      SINCE: 'COLLECT { MATCH (n)<-[:EXPRESSES]-(s:Statement) RETURN s.date ORDER BY s.date LIMIT 1 }[0]',
      STANCE: 'n.stance',
    },
    defaultSort: { field: 'SINCE', direction: 'ASC' },
  },
  Event: {
    label: 'Event',
    filters: {
      name: text('name', 'toLower(n.name) CONTAINS $value'),
      kind: exact('kind', 'n.kind = $value'),
      from: firstDay('from', 'n.date >= $value'),
      to: certainlyTo('to'),
    },
    sorts: { DATE: 'n.date', NAME: 'n.name' },
    defaultSort: { field: 'DATE', direction: 'DESC' },
  },
  Conflict: {
    label: 'Conflict',
    filters: {
      name: nameMatches('name'),
      kind: exact('kind', 'n.kind = $value'),
      involving: linked('involving', `(n)<-[:IN_CONFLICT]-(:Involvement)-[:OF_ACTOR]->(:Entity {id: ${v('involving')}})`),
    },
    sorts: { NAME: 'n.name', START: 'n.start' },
    defaultSort: { field: 'NAME', direction: 'ASC' },
  },
  NegotiationProcess: {
    label: 'NegotiationProcess',
    filters: {
      name: nameMatches('name'),
      concerns: linksTo('NegotiationProcess', 'concerns'),
      participant: linked(
        'participant',
        `(n)<-[:IN_PROCESS]-(p:Participation)-[:OF_ACTOR]->(:Entity {id: ${v('participant')}}) WHERE ${v('role')} IS NULL OR p.role = ${v('role')}`,
      ),
      role: exact('role', `EXISTS { (n)<-[:IN_PROCESS]-(p:Participation) WHERE p.role = $value }`),
    },
    sorts: { NAME: 'n.name', START: 'n.start' },
    defaultSort: { field: 'START', direction: 'ASC' },
  },
  NegotiationRound: {
    label: 'NegotiationRound',
    filters: {
      process: linksTo('NegotiationRound', 'process'),
      venue: linksTo('NegotiationRound', 'venue'),
      from: firstDay('from', 'n.start >= $value'),
      to: certainlyTo('to', 'start'),
    },
    sorts: { START: 'n.start' },
    defaultSort: { field: 'START', direction: 'ASC' },
  },
  Participation: {
    label: 'Participation',
    filters: {
      actor: linksTo('Participation', 'actor'),
      process: linksTo('Participation', 'process'),
      role: exact('role', 'n.role = $value'),
    },
    sorts: { ROLE: 'n.role' },
    defaultSort: { field: 'ROLE', direction: 'ASC' },
  },
  EvacuationOperation: {
    label: 'EvacuationOperation',
    filters: {
      conductedBy: linksTo('EvacuationOperation', 'conductedBy'),
      conflict: linksTo('EvacuationOperation', 'conflict'),
    },
    sorts: { NAME: 'n.name' },
    defaultSort: { field: 'NAME', direction: 'ASC' },
  },
};

function prepare(kind: ValueKind, field: string, raw: unknown): unknown {
  if (kind === 'text') return String(raw).toLowerCase();
  if (kind === 'upper') return String(raw).toUpperCase();
  if (kind === 'exact') return raw;
  const parsed = dateArgument(String(raw), `filter.${field}`);
  return kind === 'firstDay' ? parsed.date : lastDayOf(parsed);
}

export interface ListRequest {
  filter?: Record<string, unknown> | null;
  sort?: { field: string; direction?: SortDirection | null } | null;
  after: After | null;
  limit: number;
  /** First pages of relations to read for every record of the page, in the same statement. */
  prefetch?: readonly { key: RelationKey; limit: number }[];
  /** Whether to read each record's citations too, in the same statement. */
  prefetchCitations?: boolean;
}

export interface ListPage extends KeyedPage {
  /** For each relation the request asked to prefetch (same order), each record's first page of it, by record id. */
  prefetched: Map<string, KeyedPage>[];
  /** Each record's citations by record id, when asked for. */
  citationsOf: Map<string, Row[]> | null;
}

/** The sort a request asks for (or the list's default), refused unless the list offers it. */
export function sortOf(spec: ListSpec, sort: ListRequest['sort']): { field: string; expression: string; direction: SortDirection } {
  const field = sort?.field ?? spec.defaultSort.field;
  const expression = spec.sorts[field];
  if (!expression) throw refusal('BAD_USER_INPUT', `${spec.label} lists cannot be sorted by ${field}.`, 'sort.field');
  return { field, expression, direction: (sort?.direction ?? spec.defaultSort.direction) === 'DESC' ? 'DESC' : 'ASC' };
}

/**
 * One statement: the total that matches, the page after the cursor, and the first pages of the relations asked
 * for of each record on it (the relation reads the field resolvers would otherwise send, one level each). Rows with a sort key come from a range
 * seek in index order beyond the cursor's key (plus the cursor's ties, by id), so a deep page reads what the first
 * does; rows without a key follow them, looked for only once the keyed rows run out.
 */
export async function list(tx: Tx, spec: ListSpec, request: ListRequest): Promise<ListPage> {
  const params: Record<string, unknown> = { limit: integer(request.limit), take: integer(request.limit + 1), ...afterParameters(request.after) };
  const where: string[] = [];
  for (const [field, value] of Object.entries(request.filter ?? {})) {
    if (value === null || value === undefined) continue;
    const filter = spec.filters[field];
    if (!filter) throw refusal('BAD_USER_INPUT', `${spec.label} lists cannot be filtered by ${field}.`, `filter.${field}`);
    params[`value_${field}`] = prepare(filter.kind, field, value);
    where.push(`(${filter.where})`);
  }
  for (const key of Object.keys(spec.filters)) if (!(`value_${key}` in params)) params[`value_${key}`] = null;
  const { expression: key, direction } = sortOf(spec, request.sort);
  const after = request.after;
  const matchHinted = (hint: string, also: string[]) => {
    const all = [...where, ...also];
    return `MATCH (n:${spec.label})${hint}${all.length ? ` WHERE ${all.join(' AND ')}` : ''}`;
  };
  const match = (...also: string[]) => matchHinted('', also);
  // Left to itself the planner reads the cursor's ties from the id index, every id beyond the cursor's; the sort
  // key's index (constraints.ts gives every property sort one) reads only the ties.
  const property = /^n\.(\w+)$/.exec(key)?.[1];
  const ties = matchHinted(property ? ` USING INDEX n:${spec.label}(${property})` : '', [`${key} = $afterKey`, 'n.id > $afterId']);
  const order = `${key} ${direction}, n.id ASC`;
  const keyed =
    after === null
      ? `CALL () { ${match(`${key} IS NOT NULL`)} WITH n ORDER BY ${order} LIMIT $take
                 RETURN collect({node: n, key: ${key}}) AS keyed }`
      : after.key === null
        ? 'WITH total, [] AS keyed'
        : `CALL () {
       CALL () {
         ${ties} WITH n ORDER BY n.id ASC LIMIT $take RETURN n
         UNION ALL
         ${match(beyondPredicate(key, { direction }))} WITH n ORDER BY ${order} LIMIT $take RETURN n
       }
       WITH n ORDER BY ${order} LIMIT $take
       RETURN collect({node: n, key: ${key}}) AS keyed
     }`;
  // Rows without a key are looked for only when the keyed rows do not fill the page (the UNWIND of nothing stops the
  // planner from reading them anyway): no index holds a missing key, so looking reads every node of the label.
  const prefetch = (request.prefetch ?? []).map(({ key, limit }, i) => {
    params[`relatedLimit${i}`] = integer(limit);
    params[`relatedTake${i}`] = integer(limit + 1);
    const { call, columns } = relatedPage(key, null, `$relatedLimit${i}`, `$relatedTake${i}`);
    const page = Object.entries(columns).map(([name, expression]) => `${name}: ${expression}`).join(', ');
    return `CALL (found) {
       UNWIND found AS n
       ${call}
       RETURN collect({id: n.id, ${page}}) AS related${i}
     }`;
  });
  if (request.prefetchCitations) {
    prefetch.push(`CALL (found) {
       UNWIND found AS n
       RETURN collect({id: n.id, citations: ${citations('n')}}) AS citationsOfPage
     }`);
  }
  const rows = await tx.run(
    `CALL () { ${match()} RETURN count(n) AS total }
     ${keyed}
     CALL (keyed) {
       UNWIND CASE WHEN size(keyed) < $take THEN [true] ELSE [] END AS more
       MATCH (n:${spec.label}) WHERE ${[`${key} IS NULL`, ...(after?.key === null ? ['n.id > $afterId'] : [])].join(' AND ')}
       WITH n ORDER BY n.id ASC${where.length ? ` WITH n WHERE ${where.join(' AND ')}` : ''} WITH n LIMIT $take
       RETURN collect({node: n, key: null}) AS unkeyed
     }
     WITH total, (keyed + unkeyed)[0..$take] AS rows
     WITH total, [r IN rows[0..$limit] | r.node] AS found, [r IN rows[0..$limit] | r.key] AS keys, size(rows) > $limit AS hasNextPage
     ${prefetch.join('\n')}
     RETURN total, [n IN found | ${project('n')}] AS nodes, keys, hasNextPage${(request.prefetch ?? []).map((_, i) => `, related${i}`).join('')}${
       request.prefetchCitations ? ', citationsOfPage' : ''
     }`,
    params,
  );
  const row = rows[0];
  const prefetched = (request.prefetch ?? []).map((_, i) => new Map((row[`related${i}`] as (KeyedPage & { id: string })[]).map(({ id, ...page }) => [id, page])));
  const citationsOf = request.prefetchCitations ? new Map((row.citationsOfPage as { id: string; citations: Row[] }[]).map((r) => [r.id, r.citations])) : null;
  return { ...(row as unknown as KeyedPage), prefetched, citationsOf };
}
