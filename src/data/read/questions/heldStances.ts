import { integer, type Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { ask, LAST, rankedPage, rankedPageOf, rankedParams, type Anchor, type RankedOrder, type RankedWindow } from './run.js';
import { heldStance, sinceKey, standing } from './views.js';

/** When a stance is asked about: `asOf` as given (stored form) and the day it is judged on. */
export interface StandingDay {
  asOf: string | null;
  /** The last day of `asOf`, or today without one. */
  standingOn: string;
}

export interface StanceHoldersRequest extends StandingDay {
  /** Whether the answer shows the statements expressing each stance (expressedBy). */
  withStatements: boolean;
  stance: string;
  toward: string | null;
  modality: string | null;
}

export interface StancesOfRequest extends StandingDay {
  withStatements: boolean;
  actor: string;
  toward: string | null;
}

/** Where a page of stanceHolders starts: after the holder name, since-day and id of the last stance shown. */
export interface HolderCursor {
  name: string;
  since: string;
  id: string;
}

// What a stance is toward: a conflict or issue, an actor, or an act.
const FILTERS = `($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Entity {id: $toward}) })
  AND ($modality = '' OR p.modality = $modality)
  AND ($asOf = '' OR ${standing('p')})`;

/** A stance no statement dates sorts after every dated one, as Cypher's nulls do; stored days are digits and dashes. */
const SINCE = `coalesce(${sinceKey('p')}, '~')`;

/**
 * After the cursor's row in (holder name, since, id) order; the index seek already starts at its name. Only
 * the cursor's own holder needs the since-day, which reads every statement of the stance: CASE reads it for them alone.
 */
const AFTER = `CASE WHEN p.holderName > $afterName THEN true
  ELSE [since IN [${SINCE}] | since > $afterSince OR (since = $afterSince AND p.id > $afterId)][0] END`;

/**
 * The index on (stance, holderName) hands out a stance's holders in name order, so the page is the first
 * `limit` + 1 that pass the filters; only the stances of the last name read are ranked by since among
 * themselves, since a holder can hold the stance more than once (toward different conflicts). The total is
 * counted over the first CAPS.counted holders of the stance and is a lower bound beyond them.
 */
const HOLDERS = `
  CALL () {
    MATCH (p:Position) WHERE p.stance = $stance AND p.holderName >= $afterName
    WITH p ORDER BY p.stance, p.holderName
    WITH p WHERE ${FILTERS} AND ${AFTER}
    WITH p LIMIT $limit + 1
    RETURN collect(p) AS head
  }
  WITH head, CASE WHEN size(head) > $limit THEN last(head).holderName END AS edge
  CALL (edge) {
    MATCH (p:Position) WHERE edge IS NOT NULL AND p.stance = $stance AND p.holderName = edge
    WITH p WHERE ${FILTERS} AND ${AFTER}
    RETURN collect(p) AS tail
  }
  CALL (head, edge, tail) {
    UNWIND [x IN head WHERE edge IS NULL OR x.holderName <> edge] + tail AS p
    WITH p, ${SINCE} AS since ORDER BY p.holderName, since, p.id LIMIT $limit + 1
    RETURN collect({p: p, since: since}) AS rows
  }
  CALL () {
    MATCH (p:Position) WHERE p.stance = $stance
    WITH p LIMIT ${CAPS.counted + 1}
    WITH collect(p) AS seen
    RETURN seen[..${CAPS.counted}] AS counted, size(seen) > ${CAPS.counted} AS partial
  }
  CALL (counted) {
    UNWIND counted AS p
    WITH p WHERE ${FILTERS}
    RETURN count(p) AS total
  }
  CALL (rows) {
    UNWIND range(0, size(rows[..$limit]) - 1) AS i
    WITH i, rows[i].p AS p, rows[i].since AS since
    ORDER BY i
    RETURN collect({node: ${heldStance('p', '$withStatements')}, name: p.holderName, since: since, id: p.id}) AS items
  }
  RETURN total, partial, items, size(rows) > $limit AS more`;

/** Earliest first (a stance no statement dates last), then by code; the id makes the order total. */
export const STANCES_OF_ORDER: RankedOrder = { scope: 'stancesOf by since, stance', values: 2 };

const OF_ACTOR = `
  CALL () {
    MATCH (:Entity {id: $actor})<-[:HELD_BY]-(p:Position)
    WHERE ${FILTERS}
    WITH p, [coalesce(${sinceKey('p')}, ${LAST}), p.stance, p.id] AS key
    ORDER BY key LIMIT ${CAPS.scan + 1}
    RETURN collect({p: p, key: key}) AS ranked
  }
  WITH ranked[..${CAPS.scan}] AS found, size(ranked) > ${CAPS.scan} AS partial
  ${rankedPageOf('found', 'e', heldStance('p', '$withStatements'), { bindings: 'e.p AS p' })}
  RETURN size(found) AS total, partial, items, keys, more`;

const towardAnchor = (toward: string | null): Anchor[] => (toward ? [{ field: 'toward', id: toward }] : []);

export interface HolderPage {
  total: number;
  /** The total counts only the first holders of the stance: there are at least this many. */
  partial: boolean;
  items: Array<{ node: unknown; name: string; since: string; id: string }>;
  hasNextPage: boolean;
}

/** Who holds a stance, by holder name, each with the statements that express it; the page after `after`. */
export async function stanceHolders(tx: Tx, request: StanceHoldersRequest, after: HolderCursor | null, limit: number): Promise<HolderPage> {
  const cursor = { afterName: after?.name ?? '', afterSince: after?.since ?? '', afterId: after?.id ?? '' };
  const row = await ask(tx, HOLDERS, { ...request, ...cursor, limit: integer(limit) }, towardAnchor(request.toward));
  return { total: row.total as number, partial: row.partial as boolean, items: row.items as HolderPage['items'], hasNextPage: row.more as boolean };
}

/** Every stance of one actor, earliest first; the page after `window.after`. */
export async function stancesOf(tx: Tx, request: StancesOfRequest, window: RankedWindow) {
  const anchors = [{ field: 'actor', id: request.actor }, ...towardAnchor(request.toward)];
  const row = await ask(tx, OF_ACTOR, { modality: null, ...request, ...rankedParams(window) }, anchors);
  return { ...rankedPage(row), partial: row.partial as boolean };
}
