/**
 * The example research queries, one per question the API answers: `examples/NN-name.graphql` holds the
 * commented operation and `examples/NN-name.json` its variables, filled with seed identifiers.
 */
const operations = import.meta.glob<string>('./examples/*.graphql', { query: '?raw', import: 'default', eager: true });
const variables = import.meta.glob<string>('./examples/*.json', { query: '?raw', import: 'default', eager: true });

export interface Example {
  query: string;
  variables: string;
}

export const examples: Example[] = Object.keys(operations)
  .sort()
  .map((file) => ({
    query: operations[file],
    variables: variables[file.replace(/\.graphql$/, '.json')] ?? '{}',
  }));
