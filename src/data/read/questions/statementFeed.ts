import type { Tx } from '../../database.js';
import { integer } from '../../database.js';
import type { DateMatch } from '../../../records/partialDate.js';
import { CAPS } from './caps.js';
import { dateWithin, entityRef, sameUtterance, stanceLabel } from './fragments.js';
import { ask } from './run.js';
import { statementView } from './views.js';

export interface StatementFeedRequest {
  entity: string;
  stance: string | null;
  conflict: string | null;
  kind: string | null;
  language: string | null;
  /** First day of the range, stored form. */
  from: string | null;
  /** Last day of the range, stored form. */
  to: string | null;
  dateMatch: DateMatch;
}

/** Where a page starts: after the statement with this sort key (stored date, '' when undated, then id). */
export interface FeedKey {
  date: string;
  id: string;
}

/**
 * The statements an entity is in: said by it or for it (its made-for links, as whoSaidWhat reads), about or
 * mentioning it, expressing a stance toward it or the stance itself, made at it (an occasion), or the
 * statement itself with every rendering of its utterance. Reads `a`; each branch returns `s`.
 */
const STATEMENTS_OF_ENTITY = `
  MATCH (s:Statement)-[:MADE_FOR]->(a) RETURN s
  UNION
  MATCH (s:Statement)-[:ABOUT|MENTIONS|EXPRESSES|AT_EVENT]->(a) RETURN s
  UNION
  MATCH (s:Statement)-[:EXPRESSES]->(:Position)-[:TOWARD]->(a) RETURN s
  UNION
  MATCH (s:Statement) WHERE s = a RETURN s
  UNION
  MATCH ${sameUtterance('a', 's')} RETURN s`;

/** The conflicts a statement `s` bears on: those it is about and those its stances are toward. */
const CONFLICTS_OF = (s: string) => `CALL (${s}) {
    MATCH (${s})-[:ABOUT]->(c:Conflict) RETURN c
    UNION
    MATCH (${s})-[:EXPRESSES]->(:Position)-[:TOWARD]->(c:Conflict) RETURN c
  }`;

const FILTERS = `($kind = '' OR s.kind = $kind) AND ($language = '' OR s.language = $language)
  AND ${dateWithin('s', 'date')}
  AND ($stance = '' OR EXISTS { MATCH (s)-[:EXPRESSES]->(:Position {stance: $stance}) })
  AND ($conflict = '' OR EXISTS { MATCH (s)-[:ABOUT]->(:Conflict {id: $conflict}) }
    OR EXISTS { MATCH (s)-[:EXPRESSES]->(:Position)-[:TOWARD]->(:Conflict {id: $conflict}) })`;

/**
 * Newest first, undated last; a statement comes after the cursor when it is older, or as old with a later
 * id, or undated after a dated cursor, or undated with a later id after an undated one (afterDate '').
 */
const AFTER_CURSOR = `($afterId = '' OR CASE WHEN $afterDate = '' THEN s.date IS NULL AND s.id > $afterId
    ELSE s.date IS NULL OR s.date < $afterDate OR (s.date = $afterDate AND s.id > $afterId) END)`;

/** Counts of one property over the statements `all`, most frequent first. */
const tally = (property: string, label: string) => `COLLECT {
    UNWIND all AS x WITH x.${property} AS value, count(*) AS n ORDER BY n DESC, value
    RETURN {value: value, label: ${label}, count: n} AS item }`;

/**
 * One statement: the facets (counted over the entity's statements before the filters, so a reader sees
 * what each filter would leave), the number that pass the filters, and one page of them by keyset. The
 * page reads one row past `$limit` to tell whether another page follows.
 */
const CYPHER = `
  MATCH (a:Entity {id: $entity})
  CALL (a) {
    CALL (a) { ${STATEMENTS_OF_ENTITY} }
    WITH DISTINCT s LIMIT ${CAPS.feed}
    WITH collect(s) AS all
    RETURN size([s IN all WHERE ${FILTERS}]) AS total,
      ${tally('kind', 'value')} AS kinds,
      ${tally('language', 'value')} AS languages,
      COLLECT { UNWIND all AS x MATCH (x)-[:EXPRESSES]->(p:Position)
        WITH p.stance AS value, count(DISTINCT x) AS n ORDER BY n DESC, value
        RETURN {value: value, label: ${stanceLabel('value')}, count: n} AS item } AS stances,
      COLLECT { UNWIND all AS x ${CONFLICTS_OF('x')}
        WITH c, count(DISTINCT x) AS n ORDER BY n DESC, c.name LIMIT ${CAPS.items}
        RETURN {value: c.id, label: c.name, count: n} AS item } AS conflicts
  }
  CALL (a) {
    CALL (a) { ${STATEMENTS_OF_ENTITY} }
    WITH DISTINCT s WHERE ${FILTERS} AND ${AFTER_CURSOR}
    WITH s ORDER BY s.date IS NULL, s.date DESC, s.id LIMIT $limit + 1
    RETURN collect(s) AS found
  }
  CALL (found) {
    UNWIND range(0, size(found[..$limit]) - 1) AS i
    WITH i, found[i] AS s ORDER BY i
    RETURN collect({date: coalesce(s.date, ''), id: s.id, view: ${statementView('s')}}) AS items
  }
  RETURN ${entityRef('a')} AS entity, total, {kinds: kinds, languages: languages, stances: stances, conflicts: conflicts} AS facets, items,
    size(found) > $limit AS hasNextPage`;

export interface FeedPage {
  entity: unknown;
  total: number;
  facets: Record<string, unknown>;
  items: Array<{ date: string; id: string; view: unknown }>;
  hasNextPage: boolean;
}

/** The statements of one entity, newest first, one keyset page at a time. */
export async function statementFeed(tx: Tx, request: StatementFeedRequest, after: FeedKey | null, limit: number): Promise<FeedPage> {
  const anchors = [{ field: 'entity', id: request.entity }, ...(request.conflict ? [{ field: 'conflict', id: request.conflict }] : [])];
  const params = { ...request, afterDate: after?.date ?? null, afterId: after?.id ?? null, limit: integer(limit) };
  const row = await ask(tx, CYPHER, params, anchors);
  return { entity: row.entity, total: row.total as number, facets: row.facets, items: row.items, hasNextPage: row.hasNextPage as boolean };
}
