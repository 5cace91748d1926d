import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import axe from 'axe-core';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.js';

/** Debian's Chromium, installed by .ci/run with apt-get; Playwright's own browser downloads are never used. */
export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-artifacts', 'screenshots');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Requests that never touch the network (inline data, in-page blobs) are fine; anything else must stay on loopback. */
export function staysOnLoopback(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
  return LOOPBACK_HOSTS.has(parsed.hostname) || parsed.hostname.startsWith('127.');
}

export interface Browser {
  context: BrowserContext;
  /** Every URL any page asked for, in order. */
  requests: string[];
  /** The requests that would have left loopback (they are aborted, and the test fails on them). */
  offLoopback: string[];
  newPage(): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`The browser tests need Debian's Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium" (.ci/run does).`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'envoy-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
    locale: 'en-GB',
  });
  const requests: string[] = [];
  const offLoopback: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (staysOnLoopback(url)) return route.continue();
    offLoopback.push(url);
    return route.abort('blockedbyclient');
  });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    requests,
    offLoopback,
    newPage: () => context.newPage(),
    async screenshot(page, name) {
      const file = path.join(SCREENSHOT_DIR, `${name}.png`);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: file, fullPage: false });
      return file;
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** axe-core from npm, run inside the page (evaluated, so the page's CSP does not stop it); the violations found. */
export async function accessibilityViolations(page: Page) {
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')) }));
  });
}
