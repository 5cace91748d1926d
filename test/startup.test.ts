import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim() };
}

describe('starting the server', () => {
  it('says in one sentence what to do when Java is missing', () => {
    const { code, stderr } = start({ JAVA_HOME: '/nonexistent-java', NEO4J_BOLT_PORT: '7799', PORT: '0' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/Java 17 or newer is needed.*set NEO4J_URI/);
  });

  it('says in one sentence what to do when the configured database cannot be reached', () => {
    const { code, stderr } = start({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'x', PORT: '0' });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1 .*check NEO4J_URI/);
    expect(stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});
