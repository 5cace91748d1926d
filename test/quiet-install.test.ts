import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
  optional?: boolean;
}

const lock = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const nameOf = (location: string) => location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** What npm warns about on a fresh clone's `npm install`, read from the lock file it installs from. */
describe('a fresh install is quiet', () => {
  it('locks no package that declares it needs another Node than the one the project supports', () => {
    const floor = semver.minVersion(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).engines.node)!;
    const needsNewer = Object.entries(lock.packages)
      .filter(([location, info]) => location && !Array.isArray(info.engines) && info.engines?.node)
      .filter(([, info]) => !semver.satisfies(floor, (info.engines as { node: string }).node) || !semver.satisfies(process.version, (info.engines as { node: string }).node))
      .map(([location, info]) => `${nameOf(location)}@${info.version} wants node ${(info.engines as { node: string }).node}`);
    expect(needsNewer).toEqual([]);
  });

  it('decides for every package with an install script whether it may run', () => {
    const undecided = Object.entries(lock.packages)
      .filter(([location, info]) => location && info.hasInstallScript && !(nameOf(location) in (manifest.allowScripts ?? {})))
      .map(([location, info]) => `${nameOf(location)}@${info.version}`);
    expect(undecided).toEqual([]);
  });

  it('has no peer dependency that the installed tree does not satisfy', () => {
    const ls = spawnSync('npm', ['ls', '--all', '--json'], { cwd: PROJECT_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const problems = (JSON.parse(ls.stdout) as { problems?: string[] }).problems ?? [];
    expect(problems).toEqual([]);
  }, 60_000);
});
