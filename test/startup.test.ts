import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';

// Derived from the suite's own Neo4j port, so suites run side by side (each with its own) never share these.
const SUITE_PORT = Number(process.env.TEST_NEO4J_BOLT_PORT ?? 7689);
const LIFECYCLE_BOLT_PORT = SUITE_PORT + 100;
const NO_JAVA_BOLT_PORT = SUITE_PORT + 200;

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
    const { code, stderr } = start({ JAVA_HOME: '/nonexistent-java', NEO4J_BOLT_PORT: String(NO_JAVA_BOLT_PORT), PORT: '0' });
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

describe('a running server', () => {
  const dataDir = path.join(PROJECT_ROOT, '.data', `neo4j-lifecycle-test-${LIFECYCLE_BOLT_PORT}`);
  // Each start is a first start, into an empty data directory.
  beforeEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  // Outside vitest's NODE_ENV=test, where Apollo would otherwise add signal handlers of its own.
  it.each([
    ['Ctrl-C', 'SIGINT'],
    ['a process manager', 'SIGTERM'],
  ] as const)('serves the seeded graph at the printed URL and stops its local Neo4j on %s (%s)', async (_who, signal) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEO4J_URI: '',
        PORT: '0',
        NEO4J_BOLT_PORT: String(LIFECYCLE_BOLT_PORT),
        ENVOY_DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
      },
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const m = /serving GraphQL at (\S+)/.exec(output);
        if (m) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
    });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ person(id: "person:alibek-bakayev") { name } }' }),
    });
    expect((await res.json()).data.person.name).toBe('Alibek Bakayev');
    // A first start into an empty data directory says how long each step took, once.
    const once = (pattern: RegExp) => output.split('\n').filter((line) => pattern.test(line));
    expect(once(/^Local Neo4j started in \d+\.\d s\.$/)).toHaveLength(1);
    expect(once(/^Seed loaded: \d+ records in \d+\.\d s\.$/)).toHaveLength(1);
    expect(once(/serving GraphQL at \S+ \(ready \d+\.\d s after start\)\.$/)).toHaveLength(1);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const hung = new Promise<string>((resolve) => setTimeout(() => (child.kill('SIGKILL'), resolve('still running after 60 s')), 60_000).unref());
    expect(await Promise.race([exited, hung])).toBe(0);
    const boltStillOpen = await new Promise<boolean>((resolve) => {
      const socket = net.connect(LIFECYCLE_BOLT_PORT, '127.0.0.1', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    expect(boltStillOpen).toBe(false);
  }, 300_000);
});
