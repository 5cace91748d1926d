import { refusal } from '../../../errors.js';
import type { Tx } from '../../database.js';
import { CAPS } from './caps.js';
import { anyRef } from './fragments.js';
import { searchQuery } from './luceneQuery.js';
import { ask, rankedPage, rankedPageOf, rankedParams, type RankedOrder, type RankedWindow } from './run.js';

export interface SearchRequest {
  /** The text as typed: it becomes a Lucene query over folded text, and among equally good names one written as typed is shown. */
  text: string;
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
    WITH entity, best, [-best.score, entity.id] AS key
    ORDER BY key
    RETURN collect({key: key, entity: entity, node: best.node, score: best.score}) AS found
  }
  ${rankedPageOf(
    'found',
    'h',
    `{entity: ${anyRef('hitEntity')},
      matchedField: CASE WHEN hitNode:Name THEN 'NAME' ELSE hitNode.kind END,
      matchedText: coalesce(hitNode.value, hitNode.text), language: hitNode.language, score: h.score}`,
    { bindings: 'h.entity AS hitEntity, h.node AS hitNode', reanchor: true },
  )}
  RETURN size(found) AS total, items, keys, more`;

/**
 * Best score first (the key holds it negated, so that the whole key ascends), ties by id. Scores are computed
 * per request and all move when the index grows, so a page starts after the cursor's hit where it ranks now.
 */
export const SEARCH_ORDER: RankedOrder = { scope: 'search by score', values: 1 };

/** Names, quotes and paraphrases matching the query, best first. */
export async function search(tx: Tx, request: SearchRequest, window: RankedWindow) {
  const query = searchQuery(request.text);
  if (!query) throw refusal('BAD_USER_INPUT', 'Type a word to search for: letters or digits, in any script.', 'text');
  const row = await ask(tx, CYPHER, { query, typed: request.text, kinds: request.kinds, ...rankedParams(window) }, []);
  return rankedPage(row);
}
