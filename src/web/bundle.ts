import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

export const WEB_DIR = path.join(PROJECT_ROOT, 'web');
export const WEB_DIST_DIR = path.join(WEB_DIR, 'dist');
const STAMP = path.join(WEB_DIST_DIR, '.source-hash');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !(dir === WEB_DIR && entry.name === 'dist'))
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
    .sort();
}

/** A digest of everything the bundle is made from: the page sources and the locked package versions. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...sourceFiles(WEB_DIR), path.join(PROJECT_ROOT, 'package-lock.json')]) {
    hash.update(path.relative(PROJECT_ROOT, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

export function bundleIsCurrent(): boolean {
  try {
    return fs.readFileSync(STAMP, 'utf8') === sourceHash();
  } catch {
    return false;
  }
}

/** Builds web/dist with Vite (loaded only here: serving the pages needs no build tool). */
export async function buildWebBundle(): Promise<void> {
  const hash = sourceHash();
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  fs.writeFileSync(STAMP, hash);
}

/** Builds the pages when they are missing or older than their sources; a fresh clone's first start builds them. */
export async function ensureWebBundle(log: (line: string) => void): Promise<void> {
  if (bundleIsCurrent()) return;
  log('Building the web pages (explorer, annotation page and playground)…');
  const started = performance.now();
  await buildWebBundle();
  log(`Web pages built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
