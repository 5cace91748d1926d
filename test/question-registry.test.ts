import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { QUESTION_NAMES } from '../src/data/read/questions/registry.js';

describe('the question registry', () => {
  it('names every Query field of schema/questions.graphql, and nothing else', () => {
    const sdl = parse(fs.readFileSync(path.join(PROJECT_ROOT, 'schema/questions.graphql'), 'utf8'));
    const fields = sdl.definitions.flatMap((d) =>
      (d.kind === Kind.OBJECT_TYPE_EXTENSION || d.kind === Kind.OBJECT_TYPE_DEFINITION) && d.name.value === 'Query'
        ? (d.fields ?? []).map((f) => f.name.value)
        : [],
    );
    expect(fields.sort()).toEqual([...QUESTION_NAMES].sort());
  });

  it('has each question explained in docs/queries.md', () => {
    const doc = fs.readFileSync(path.join(PROJECT_ROOT, 'docs/queries.md'), 'utf8');
    const headings = doc.split('\n').filter((line) => line.startsWith('## '));
    const undocumented = QUESTION_NAMES.filter((name) => !headings.some((h) => h.includes(`\`${name}\``)));
    expect(undocumented).toEqual([]);
  });
});
