import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';

const scripts = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;

function lint(source: string, file: string) {
  return spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file], {
    cwd: PROJECT_ROOT,
    input: source,
    encoding: 'utf8',
  });
}

describe('the codebase checks itself', () => {
  it('runs the type check of server and web code and the linter before the suite, so npm test (and CI) fails on either', () => {
    expect(scripts.pretest).toMatch(/npm run typecheck/);
    expect(scripts.pretest).toMatch(/npm run lint/);
    expect(scripts.typecheck).toMatch(/tsc --noEmit(?! -p)/);
    expect(scripts.typecheck).toMatch(/tsc --noEmit -p web/);
    expect(fs.readFileSync(path.join(PROJECT_ROOT, '.ci/run'), 'utf8').trim().split('\n').at(-1)).toBe('npm test');
  });

  it('refuses code with a correctness mistake and passes code without one', () => {
    const bad = lint("export function f(x: number) {\n  const unused = 1;\n  if (x == NaN) return x;\n  return x;\n}\n", 'src/lint-probe.ts');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/no-unused-vars/);
    expect(bad.stdout).toMatch(/use-isnan/);
    const good = lint('export function f(x: number) {\n  return Number.isNaN(x) ? 0 : x;\n}\n', 'src/lint-probe.ts');
    expect(good.stdout + good.stderr).toBe('');
    expect(good.status).toBe(0);
  }, 60_000);
});
