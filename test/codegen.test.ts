import fs from 'node:fs';
import path from 'node:path';
import { generate, loadContext } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';

describe('generated resolver types', () => {
  it('match the SDL (run `npm run codegen` after editing schema/*.graphql)', async () => {
    const context = await loadContext(path.join(PROJECT_ROOT, 'codegen.yml'));
    const outputs = await generate(context, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = fs.readFileSync(path.resolve(PROJECT_ROOT, output.filename), 'utf8');
      expect(committed === output.content, `${output.filename} is stale`).toBe(true);
    }
  });
});
