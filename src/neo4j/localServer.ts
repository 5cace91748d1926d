/**
 * Starts a real Neo4j 5.26 (Community, embedded in db/LocalNeo4j.java) that serves Bolt on
 * 127.0.0.1, so development and tests need nothing installed beyond Java 17 and Maven.
 * The first run fetches Neo4j from Maven Central into ~/.m2 and db/target/; later runs are offline.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface LocalNeo4j {
  /** bolt://127.0.0.1:<port> */
  uri: string;
  pid: number;
  /** Clean shutdown (SIGTERM, SIGKILL after 30 s); resolves once the JVM has exited. Idempotent. */
  stop(): Promise<void>;
  /** SIGKILL, for crash-recovery tests; `await stop()` afterwards to wait until the JVM is gone. */
  kill(): void;
}

export interface StartLocalNeo4jOptions {
  /** Neo4j home (data/ and logs/ go below it); a relative path is taken from the repository root. */
  dataDir: string;
  boltPort: number;
  /** JVM max heap, e.g. '1g' (default). Page cache is NEO4J_PAGECACHE_SIZE (default 512m). */
  heap?: string;
  /** Progress lines and the JVM's stderr; defaults to silence. */
  log?: (line: string) => void;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DB_PROJECT = path.join(REPO_ROOT, 'db');
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 30_000;
const BUILD_LOCK_WAIT_MS = 15 * 60_000;

export async function startLocalNeo4j(opts: StartLocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => {});
  const java = javaExecutable();
  checkJava(java);
  const jar = await ensureBuilt(log);
  await assertPortFree(opts.boltPort);

  const dataDir = path.resolve(REPO_ROOT, opts.dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    java,
    [`-Xmx${opts.heap ?? '1g'}`, '-XX:+ExitOnOutOfMemoryError', '-jar', jar, dataDir, String(opts.boltPort), HOST],
    // stdin stays open for the JVM's lifetime: its EOF is how the JVM learns that we died.
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A plain exit (including an uncaught exception) must not leave the JVM holding the port
  // and the store lock; signals that kill us are covered by the stdin EOF.
  const onProcessExit = () => child.kill('SIGTERM');
  process.on('exit', onProcessExit);
  void exited.then(() => process.off('exit', onProcessExit));

  const stderrTail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    stderrTail.push(line);
    if (stderrTail.length > 40) stderrTail.shift();
    log(`neo4j: ${line}`);
  });

  const uri = await waitForReady(child, dataDir, stderrTail);
  // The database must not keep Node alive on its own: a script that forgets stop() still ends,
  // and the exit hook above takes the JVM down with it.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as net.Socket).unref();

  return {
    uri,
    pid: child.pid!,
    kill: () => void child.kill('SIGKILL'),
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

function javaExecutable(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

function checkJava(java: string): void {
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const major = Number(/version "(?:1\.)?(\d+)/.exec(`${r.stderr ?? ''}${r.stdout ?? ''}`)?.[1] ?? 0);
  if (r.status !== 0 || major < 17) {
    throw new Error(
      'Java 17 or newer is needed to run the local Neo4j: install it (e.g. apt-get install openjdk-17-jre-headless) or set NEO4J_URI to an existing Neo4j.',
    );
  }
}

/**
 * Builds db/ once per version of its sources. Each build goes to a private directory that is
 * renamed into place, so a reader never sees half a build; the lock only spares a second
 * process a duplicate download.
 */
async function ensureBuilt(log: (line: string) => void): Promise<string> {
  const hash = createHash('sha256');
  for (const file of ['pom.xml', 'src/main/java/envoy/db/LocalNeo4j.java']) {
    hash.update(fs.readFileSync(path.join(DB_PROJECT, file)));
  }
  const target = path.join(DB_PROJECT, 'target');
  const dist = path.join(target, `neo4j-${hash.digest('hex').slice(0, 12)}`);
  const jar = path.join(dist, 'envoy-db.jar');
  if (fs.existsSync(jar)) return jar;

  fs.mkdirSync(target, { recursive: true });
  const lock = path.join(target, 'build.lock');
  await acquireLock(lock, log);
  try {
    if (fs.existsSync(jar)) return jar;
    for (const name of fs.readdirSync(target)) {
      const owner = /^tmp-(\d+)-/.exec(name);
      if (owner && !isAlive(Number(owner[1]))) fs.rmSync(path.join(target, name), { recursive: true, force: true });
    }
    log('Fetching Neo4j 5.26 from Maven Central (first run only)…');
    const started = Date.now();
    const tmp = path.join(target, `tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    await runMaven(tmp);
    try {
      fs.renameSync(tmp, dist);
    } catch (err) {
      // Someone else published the same build (possible only after a stale-lock takeover).
      fs.rmSync(tmp, { recursive: true, force: true });
      if (!fs.existsSync(jar)) throw err;
    }
    log(`Neo4j ready to run (${((Date.now() - started) / 1000).toFixed(0)} s to fetch and build).`);
    return jar;
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

async function acquireLock(lock: string, log: (line: string) => void): Promise<void> {
  const deadline = Date.now() + BUILD_LOCK_WAIT_MS;
  let announced = false;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let holder: number;
    let age: number;
    try {
      holder = Number(fs.readFileSync(lock, 'utf8'));
      age = Date.now() - fs.statSync(lock).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    // An empty lock is normal for an instant (created, pid not yet written), not for seconds.
    if (holder > 0 ? !isAlive(holder) : age > 10_000) {
      fs.rmSync(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`Gave up waiting for another process to build the local Neo4j; delete ${lock} if no build is running.`);
    }
    if (!announced) log('Waiting for another process that is fetching Neo4j…');
    announced = true;
    await new Promise((r) => setTimeout(r, 500));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function runMaven(buildDir: string): Promise<void> {
  const args = ['-q', '-B', '-Dstyle.color=never', '-f', path.join(DB_PROJECT, 'pom.xml'), `-Denvoy.buildDir=${buildDir}`, 'package'];
  return new Promise((resolve, reject) => {
    const mvn = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    mvn.stdout.on('data', keep);
    mvn.stderr.on('data', keep);
    mvn.on('error', (err) =>
      reject(new Error(`Maven (mvn) is needed to fetch the local Neo4j the first time: install it (e.g. apt-get install maven) or set NEO4J_URI to an existing Neo4j (${err.message}).`)),
    );
    mvn.on('exit', (code) => {
      if (code === 0) return resolve();
      fs.rmSync(buildDir, { recursive: true, force: true });
      reject(new Error(`Fetching and building the local Neo4j with Maven failed (exit ${code}); its output ends with:\n${output.trim()}`));
    });
  });
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on ${HOST} is already in use, so the local Neo4j cannot listen for Bolt there: stop what holds it or set NEO4J_BOLT_PORT to a free port.`)
          : err,
      ),
    );
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => resolve()));
  });
}

function waitForReady(child: ChildProcess, dataDir: string, stderrTail: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    const fail = (reason: string) => {
      cleanup();
      const tail = stderrTail.length ? `\n--- JVM stderr (tail) ---\n${stderrTail.join('\n')}` : '';
      reject(new Error(`The local Neo4j ${reason}; see ${path.join(dataDir, 'logs', 'debug.log')}.${tail}`));
    };
    const onLine = (line: string) => {
      const m = /^NEO4J_READY (\S+)$/.exec(line.trim());
      if (m) {
        cleanup();
        resolve(m[1]!);
      }
    };
    // 'close' rather than 'exit': by then stderr is drained, so the tail is complete.
    const onClose = (code: number | null, signal: string | null) =>
      fail(
        stderrTail.some((line) => line.includes('FileLockException'))
          ? `cannot start because ${dataDir} is in use by another Neo4j process (stop that one or use another data directory)`
          : `exited before it was ready (${signal ?? `exit code ${code}`})`,
      );
    const onError = (err: Error) => fail(`could not be started (${err.message})`);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`was not ready within ${READY_TIMEOUT_MS / 1000} s`);
    }, READY_TIMEOUT_MS);
    function cleanup() {
      clearTimeout(timer);
      lines.off('line', onLine);
      child.off('close', onClose);
      child.off('error', onError);
    }
    lines.on('line', onLine);
    child.on('close', onClose);
    child.on('error', onError);
  });
}
