import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { anyRef } from './fragments.js';
import { ask, pageOf, windowParams, type Window } from './run.js';

export interface SearchRequest {
  /** The Lucene query over folded text (see searchQuery). */
  query: string;
  /** The text as typed: among equally good names, one written as typed is shown. */
  typed: string;
  /** Type labels the hit's entity must have; empty for any. */
  kinds: string[];
}

/**
 * A name hit counts for the entity that bears the name; each entity appears once, with its best-scoring
 * text (among equal scores, the text written as typed). Ties keep a stable order by id.
 */
const CYPHER = `
  CALL () {
    CALL db.index.fulltext.queryNodes('search_text', $query, {limit: ${CAPS.searchHits}}) YIELD node, score
    WITH node, score, CASE WHEN node:Name THEN head([(owner:Entity)-[:HAS_NAME]->(node) | owner]) ELSE node END AS entity
    WHERE entity IS NOT NULL AND (size($kinds) = 0 OR any(l IN labels(entity) WHERE l IN $kinds))
    WITH entity, node, score
    ORDER BY score DESC, CASE WHEN toLower(coalesce(node.value, node.text)) CONTAINS toLower($typed) THEN 0 ELSE 1 END,
      coalesce(node.value, node.text)
    WITH entity, collect({node: node, score: score})[0] AS best
    ORDER BY best.score DESC, entity.id
    RETURN collect({entity: entity, node: best.node, score: best.score}) AS found
  }
  ${pageOf(
    'found',
    'h',
    `{entity: ${anyRef('hitEntity')},
      matchedField: CASE WHEN hitNode:Name THEN 'NAME' ELSE hitNode.kind END,
      matchedText: coalesce(hitNode.value, hitNode.text), language: hitNode.language, score: h.score}`,
    { bindings: 'h.entity AS hitEntity, h.node AS hitNode' },
  )}
  RETURN size(found) AS total, items`;

/** Names, quotes and paraphrases matching the query, best first. */
export async function search(tx: Tx, request: SearchRequest, window: Window) {
  const row = await ask(tx, CYPHER, { ...request, ...windowParams(window) }, []);
  return { total: row.total as number, nodes: row.items as unknown[] };
}
