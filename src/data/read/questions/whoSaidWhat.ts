import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import type { DateMatch } from '../../../records/partialDate.js';
import { dateWithin, heldOn } from './fragments.js';
import { ask, pageOf, windowParams, type Window } from './run.js';
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

/**
 * Statements by a person, or made for a country or organization: on its behalf or its organizations'
 * (up to three levels of organizations below it), or by anyone holding an office in them on that date.
 * Reads `a`; each branch returns `s`.
 */
export const STATEMENTS_FOR_ACTOR = `
  MATCH (s:Statement)-[:SPOKEN_BY|ON_BEHALF_OF]->(a) RETURN s
  UNION
  MATCH (s:Statement)-[:ON_BEHALF_OF]->(:Organization)-[:OF_COUNTRY|PART_OF]->{1,3}(a) RETURN s
  UNION
  MATCH (s:Statement)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(o:Office)-[:IN_ORGANIZATION]->(org:Organization)
  WHERE (org = a OR EXISTS { MATCH (org)-[:OF_COUNTRY|PART_OF]->{1,3}(a) })
    AND ${heldOn('o', 's')}
  RETURN s`;

const CYPHER = `
  MATCH (a:Entity {id: $by})
  CALL (a) {
    CALL (a) { ${STATEMENTS_FOR_ACTOR} }
    WITH DISTINCT s
    WHERE ($kind = '' OR s.kind = $kind)
      AND ($about = '' OR EXISTS { MATCH (s)-[:ABOUT|MENTIONS]->(:Entity {id: $about}) })
      AND ${dateWithin('s', 'date')}
    WITH s ORDER BY s.date IS NULL, s.date DESC, s.id LIMIT ${CAPS.scan}
    RETURN collect(s) AS found
  }
  ${pageOf('found', 's', statementView('s'))}
  RETURN size(found) AS total, items`;

export async function whoSaidWhat(tx: Tx, request: WhoSaidWhatRequest, window: Window) {
  const anchors = [{ field: 'by', id: request.by }, ...(request.about ? [{ field: 'about', id: request.about }] : [])];
  const row = await ask(tx, CYPHER, { ...request, ...windowParams(window) }, anchors);
  return { total: row.total as number, nodes: row.items as unknown[] };
}
