import { gql } from './api';
import { FACET_FIELDS, type FacetNode } from './queries';

/** The server refuses documents with more than 15 aliases (GRAPHQL_MAX_ALIASES); stay under it. */
const BATCH = 12;

/**
 * One request for the filter facts of many nodes: `node(id)` once per id under an alias. The query text
 * is made only of fixed fields and numbered aliases; the ids travel as variables.
 */
function facetQuery(count: number): string {
  const indices = Array.from({ length: count }, (_, i) => i);
  const variables = indices.map((i) => `$n${i}: ID!`).join(', ');
  const selections = indices.map((i) => `n${i}: node(id: $n${i}) { ...FacetFields }`).join('\n');
  return `query ExplorerFacets(${variables}) {\n${selections}\n}\n${FACET_FIELDS}`;
}

export async function loadFacets(ids: string[]): Promise<Map<string, FacetNode>> {
  const batches = Array.from({ length: Math.ceil(ids.length / BATCH) }, (_, b) => ids.slice(b * BATCH, (b + 1) * BATCH));
  const answers = await Promise.all(
    batches.map((batch) => gql<Record<string, FacetNode | null>>(facetQuery(batch.length), Object.fromEntries(batch.map((id, i) => [`n${i}`, id])))),
  );
  return new Map(answers.flatMap((data) => Object.values(data).filter((n): n is FacetNode => n !== null).map((n) => [n.id, n] as const)));
}
