import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, coerceInputValue, parse, typeFromAST, validate, type GraphQLInputType, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../src/graphql/schema.js';
import { WEB_DIR } from '../src/web/bundle.js';
import { startHarness, type Harness } from './support/harness.js';

const EXAMPLE_DIR = path.join(WEB_DIR, 'playground', 'examples');
const examples = fs
  .readdirSync(EXAMPLE_DIR)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((file) => ({
    file,
    query: fs.readFileSync(path.join(EXAMPLE_DIR, file), 'utf8'),
    variables: JSON.parse(fs.readFileSync(path.join(EXAMPLE_DIR, file.replace(/\.graphql$/, '.json')), 'utf8')),
  }));

describe('the playground example queries', () => {
  const schema = buildSchema(loadTypeDefs());
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_DEADLINE_MS: '60000' });
  });
  afterAll(() => harness?.close());

  it('cover every relationship question the API answers, one named and commented operation each', () => {
    const questions = parse(fs.readFileSync(path.join(path.dirname(WEB_DIR), 'schema', 'questions.graphql'), 'utf8'));
    const asked = questions.definitions.flatMap((d) => (d.kind === 'ObjectTypeExtension' && d.name.value === 'Query' ? d.fields!.map((f) => f.name.value) : []));
    const used = new Set(examples.flatMap(({ query }) => [...query.matchAll(/^\s{2}(\w+)\(/gm)].map((m) => m[1])));
    expect(asked.filter((field) => !used.has(field))).toEqual([]);
    for (const { file, query } of examples) {
      expect(query.startsWith('# '), `${file} opens with a comment saying what it asks`).toBe(true);
      const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      expect(operations.map((o) => Boolean(o.name)), file).toEqual([true]);
    }
  });

  it.each(examples)('$file is valid against the schema, with variables of the right types', ({ query, variables }) => {
    expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    const operation = parse(query).definitions[0] as OperationDefinitionNode;
    const problems: string[] = [];
    for (const definition of operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const type = typeFromAST(schema, definition.type as never) as GraphQLInputType;
      coerceInputValue(variables[name] ?? (definition.defaultValue ? undefined : null), type, (_path, _value, error) => problems.push(`$${name}: ${error.message}`));
    }
    expect(problems).toEqual([]);
    expect(Object.keys(variables).filter((name) => !operation.variableDefinitions?.some((d) => d.variable.name.value === name))).toEqual([]);
  });

  it.each(examples)('$file answers on the seed without an error', async ({ query, variables }) => {
    const response = await harness.gql(query, variables);
    expect(response.errors?.map((e) => e.message)).toBeUndefined();
    expect(Object.values(response.data ?? {}).every((answer) => answer !== null)).toBe(true);
  });
});
