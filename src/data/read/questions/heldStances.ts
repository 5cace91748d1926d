import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { ask, pageOf, windowParams, type Anchor, type Window } from './run.js';
import { heldStance, sinceKey, standing } from './views.js';

/** When a stance is asked about: `asOf` as given (stored form) and the day it is judged on. */
export interface StandingDay {
  asOf: string | null;
  /** The last day of `asOf`, or today without one. */
  standingOn: string;
}

export interface StanceHoldersRequest extends StandingDay {
  stance: string;
  toward: string | null;
  modality: string | null;
}

export interface StancesOfRequest extends StandingDay {
  actor: string;
  toward: string | null;
}

// What a stance is toward: a conflict or issue, an actor, or an act.
const FILTERS = `($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Entity {id: $toward}) })
  AND ($modality = '' OR p.modality = $modality)
  AND ($asOf = '' OR ${standing('p')})`;

function ranked(match: string, order: string): string {
  return `CALL () {
    ${match}
    WHERE ${FILTERS}
    WITH p, ${sinceKey('p')} AS since, head([(p)-[:HELD_BY]->(h) | h.name]) AS holderName
    ORDER BY ${order}, p.id LIMIT ${CAPS.scan}
    RETURN collect(p) AS found
  }
  ${pageOf('found', 'p', heldStance('p'))}
  RETURN size(found) AS total, items`;
}

const HOLDERS = ranked('MATCH (p:Position {stance: $stance})', 'holderName, since');
const OF_ACTOR = ranked('MATCH (:Entity {id: $actor})<-[:HELD_BY]-(p:Position)', 'since, p.stance');

const towardAnchor = (toward: string | null): Anchor[] => (toward ? [{ field: 'toward', id: toward }] : []);

/** Who holds a stance, by holder name, each with the statements that express it. */
export async function stanceHolders(tx: Tx, request: StanceHoldersRequest, window: Window) {
  const row = await ask(tx, HOLDERS, { ...request, ...windowParams(window) }, towardAnchor(request.toward));
  return { total: row.total as number, nodes: row.items as unknown[] };
}

/** Every stance of one actor, earliest first. */
export async function stancesOf(tx: Tx, request: StancesOfRequest, window: Window) {
  const anchors = [{ field: 'actor', id: request.actor }, ...towardAnchor(request.toward)];
  const row = await ask(tx, OF_ACTOR, { modality: null, ...request, ...windowParams(window) }, anchors);
  return { total: row.total as number, nodes: row.items as unknown[] };
}
