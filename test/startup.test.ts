import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('a running server', () => {
  const dataDir = path.join(PROJECT_ROOT, '.data', 'neo4j-lifecycle-test');
  beforeAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
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
        NEO4J_BOLT_PORT: '7798',
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

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill(signal);
    const hung = new Promise<string>((resolve) => setTimeout(() => (child.kill('SIGKILL'), resolve('still running after 60 s')), 60_000).unref());
    expect(await Promise.race([exited, hung])).toBe(0);
    const boltStillOpen = await new Promise<boolean>((resolve) => {
      const socket = net.connect(7798, '127.0.0.1', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    expect(boltStillOpen).toBe(false);
  }, 300_000);
});
