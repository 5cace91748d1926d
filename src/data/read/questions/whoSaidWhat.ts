import type { Tx } from '../../database.js';
import { integer } from '../../database.js';
import { CAPS } from './caps.js';
import type { DateMatch } from '../../../records/partialDate.js';
import { dateWithin } from './fragments.js';
import { ask } from './run.js';
import { statementView } from './views.js';

export interface WhoSaidWhatRequest {
  by: string;
  /** A conflict the statements are about, or an actor they mention. */
  about: string | null;
  /** First day of the range, stored form. */
  from: string | null;
  /** Last day of the range, stored form. */
  to: string | null;
  dateMatch: DateMatch;
  kind: string | null;
}

/** Where a page starts: after the statement with this sort key (stored first day, '' when undated, then id). */
export interface StatementKey {
  date: string;
  id: string;
}

/**
 * An actor's statements come from its made-for links (src/data/write/madeFor.ts) through the index on
 * (actor, date), whose descending order is the answer's (newest first; undated, stored as '', last), so
 * a page reads about as many links as it returns. `$low`..`$high` bound the seek by the range and the
 * cursor; the filters read the link, and `about` the statement. The page orders by `r.actor` too, though
 * it is one value: only then does Neo4j see the index's order as the answer's and stop at the page's end
 * (else it sorts every link of the actor).
 */
const SEEK = `MATCH (s)-[r:MADE_FOR]->() WHERE r.actor = $by AND r.date >= $low`;
const filters = (link: string) => `($kind = '' OR ${link}.kind = $kind) AND ${dateWithin(link, 'date')}
  AND ($about = '' OR EXISTS { MATCH (s)-[:ABOUT|MENTIONS]->(:Entity {id: $about}) })`;

/**
 * The total: without filters, how many made-for links the actor has (Neo4j keeps that count); with them,
 * counted through the index over the newest CAPS.countScan links in the range (newest, so that a range
 * POSSIBLY met, which the seek cannot bound below, counts the links nearest it), past which the total is a
 * lower bound and the answer says so. The page reads one row past `$limit` to tell whether another follows.
 */
const CYPHER = `
  MATCH (a:Entity {id: $by})
  CALL (a) {
    WITH a WHERE $unfiltered
    RETURN COUNT { (a)<-[:MADE_FOR]-() } AS total, false AS lowerBound
    UNION
    WITH a WHERE NOT $unfiltered
    CALL () {
      ${SEEK} AND r.date <= $rangeHigh
      WITH s, r ORDER BY r.actor DESC, r.date DESC LIMIT $countScan + 1
      // Read once into a map: the filters read each property several times, a db hit each from the link.
      WITH s, r {.kind, .date, .dateLast} AS link
      RETURN count(*) AS scanned, count(CASE WHEN ${filters('link')} THEN 1 END) AS matched
    }
    RETURN matched AS total, scanned > $countScan AS lowerBound
  }
  CALL () {
    ${SEEK} AND r.date <= $pageHigh AND ($afterId = '' OR r.date < $afterDate OR s.id > $afterId) AND ${filters('r')}
    WITH s, r ORDER BY r.actor DESC, r.date DESC, s.id LIMIT $limit + 1
    RETURN collect({date: r.date, s: s}) AS found
  }
  CALL (found) {
    UNWIND range(0, size(found[..$limit]) - 1) AS i
    WITH i, found[i].s AS s, found[i].date AS date ORDER BY i
    RETURN collect({date: date, id: s.id, view: ${statementView('s')}}) AS items
  }
  RETURN total, lowerBound, items, size(found) > $limit AS hasNextPage`;

/** Above every stored date (digits and '-'), so an open end of the range needs no second plan. */
const AFTER_EVERY_DATE = '~';
/** Below every stored date and above '' (undated): a range never matches an undated statement. */
const BEFORE_EVERY_DATE = '!';

export interface WhoSaidWhatPage {
  total: number;
  totalIsLowerBound: boolean;
  items: Array<{ date: string; id: string; view: unknown }>;
  hasNextPage: boolean;
}

/**
 * Statements by a person or made for a country or organization, newest first, one keyset page at a time.
 * `countScan` bounds a filtered count (CAPS.countScan; smaller only to show a lower bound on a small graph).
 */
export async function whoSaidWhat(tx: Tx, request: WhoSaidWhatRequest, after: StatementKey | null, limit: number, countScan: number = CAPS.countScan): Promise<WhoSaidWhatPage> {
  const ranged = Boolean(request.from || request.to);
  // A date certainly within the range starts in it; one possibly within may start before `from`.
  const low = !ranged ? '' : request.dateMatch === 'CERTAINLY' && request.from ? request.from : BEFORE_EVERY_DATE;
  const rangeHigh = request.to ?? AFTER_EVERY_DATE;
  const pageHigh = after && after.date < rangeHigh ? after.date : rangeHigh;
  const params = {
    ...request,
    unfiltered: !ranged && !request.kind && !request.about,
    low,
    rangeHigh,
    pageHigh,
    afterDate: after?.date ?? null,
    afterId: after?.id ?? null,
    limit: integer(limit),
    countScan: integer(countScan),
  };
  const anchors = [{ field: 'by', id: request.by }, ...(request.about ? [{ field: 'about', id: request.about }] : [])];
  const row = await ask(tx, CYPHER, params, anchors);
  return { total: row.total as number, totalIsLowerBound: row.lowerBound as boolean, items: row.items, hasNextPage: row.hasNextPage as boolean };
}
