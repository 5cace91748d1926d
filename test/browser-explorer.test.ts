import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../src/boot.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/data/database.js';
import { createLogger } from '../src/logger.js';
import { ensureWebBundle } from '../src/web/bundle.js';
import { launchBrowser, SCREENSHOT_DIR, type Browser } from './support/browser.js';
import { startHarness, type Harness } from './support/harness.js';

const BAKAYEV = 'person:alibek-bakayev';
const QUOTE_ID = 'statement:kz-briefing-2026-03-03/not-taking-sides';
/** How long a page may take to show what the server answered (a loaded CI machine answers slowly). */
const ANSWERED = { timeout: 50_000, interval: 250 };

async function pick(page: Page, inputId: string, text: string, entityId: string) {
  await page.locator(`#${inputId}`).fill(text);
  await page.locator(`#${inputId}-results [role=option][data-entity-id="${entityId}"]`).click();
}

/** The nodes listed in the graph's table; a message the page shows instead fails the test with its words. */
async function rowIds(page: Page): Promise<string[]> {
  const alert = page.locator('#alert');
  if (await alert.isVisible()) throw new Error(`The page says: ${await alert.textContent()}`);
  return page.locator('#graph-table tr[data-node-id]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.nodeId!));
}

describe('the explorer in a browser', { timeout: 180_000 }, () => {
  let harness: Harness;
  let browser: Browser;
  let origin: string;
  let page: Page;

  beforeAll(async () => {
    await ensureWebBundle(() => undefined);
    // The pages are under test here, not the server's speed: a loaded machine gets the time it needs.
    harness = await startHarness({ NEO4J_TX_TIMEOUT_MS: '60000', REQUEST_DEADLINE_MS: '60000' });
    origin = new URL(harness.url).origin;
    browser = await launchBrowser();
    page = await browser.newPage();
    page.setDefaultTimeout(ANSWERED.timeout);
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('finds Bakayev from the keyboard and draws the people, statements and stances around him', async () => {
    await page.goto(`${origin}/`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), ANSWERED).toBe('search-input');
    await page.keyboard.type('Bakayev');
    const options = page.locator('#search-results [role=option]');
    await options.first().waitFor();
    expect(await options.allTextContents()).toContainEqual(expect.stringContaining('Alibek Bakayev'));
    await browser.screenshot(page, 'explorer-1-search');

    const index = (await options.evaluateAll((os) => os.map((o) => (o as HTMLElement).dataset.entityId))).indexOf(BAKAYEV);
    for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#search-input').getAttribute('aria-activedescendant'), ANSWERED).toBe(`search-results-option-${index}`);
    await page.keyboard.press('Enter');

    await expect.poll(() => rowIds(page), ANSWERED).toContain(QUOTE_ID);
    const ids = await rowIds(page);
    expect(ids).toContain(BAKAYEV);
    expect(ids.some((id) => id.startsWith('position:'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('focus')).toBe(BAKAYEV);
    await browser.screenshot(page, 'explorer-2-graph');
  });

  it('opens a statement with its speaker, office and occasion, and marks the quoted span in the source text', async () => {
    await page.locator('.graph-table-details summary').click();
    await page.locator(`#graph-table tr[data-node-id="${QUOTE_ID}"] button`).click();
    const mark = page.locator('#details-body .quoted-span').first();
    await mark.waitFor();
    const { statement } = await harness.data(`query($id: ID!) { statement(id: $id) { text citations { span { match } } } }`, { id: QUOTE_ID });
    expect(statement.citations[0].span.match).toBe('EXACT');
    expect(await page.locator('#details-body .statement-text').textContent()).toBe(statement.text);
    expect(await mark.textContent()).toBe(statement.text);
    expect(await page.locator('#details-body .speaker').textContent()).toBe('Alibek Bakayev');
    expect(await page.locator('#details-body .office').textContent()).toContain('Deputy Minister of Foreign Affairs');
    expect(await page.locator('#details-body .date').textContent()).toBe('3 March 2026');
    expect(await page.locator('#details-body .source-link').first().getAttribute('href')).toMatch(/^https:\/\//);
    await mark.scrollIntoViewIfNeeded();
    await browser.screenshot(page, 'explorer-3-statement');
  });

  it("places Bakayev's statements on a timeline, each mark opening its statement", async () => {
    const marks = page.locator('#timeline .timeline-mark');
    await expect.poll(() => marks.count(), { timeout: 90_000, interval: 500 }).toBeGreaterThan(0);
    const { whoSaidWhat } = await harness.data(`query($by: ID!) { whoSaidWhat(by: $by, first: 100) { totalCount } }`, { by: BAKAYEV });
    expect(await page.locator('#timeline .mark-statement').count()).toBe(whoSaidWhat.totalCount);
    expect(await page.locator('#timeline-heading').textContent()).toBe('Timeline of Alibek Bakayev');
    const quote = page.locator(`#timeline .mark-statement[data-id="${QUOTE_ID}"]`);
    expect(await quote.getAttribute('aria-label')).toMatch(/^3 March 2026, quote: “We are not taking sides/);
    await page.locator('#details-body').evaluate((panel) => panel.replaceChildren());
    await quote.click();
    await page.locator('#details-body .quoted-span').waitFor();
    expect(new URL(page.url()).searchParams.get('selected')).toBe(QUOTE_ID);
  });

  it('finds the path from Kazakhstan to Iran and names the source of every step', async () => {
    await pick(page, 'path-from', 'Kazakhstan', 'country:KZ');
    await pick(page, 'path-to', 'Iran', 'country:IR');
    await page.locator('#find-path').click();
    const firstPath = page.locator('#path-result .path').first();
    await firstPath.locator('.path-step').first().waitFor();
    const steps = await firstPath.locator('.path-step').evaluateAll((els) => els.map((e) => ({ from: (e as HTMLElement).dataset.from, to: (e as HTMLElement).dataset.to })));
    expect(steps[0].from).toBe('country:KZ');
    expect(steps.at(-1)!.to).toBe('country:IR');
    for (let i = 1; i < steps.length; i++) expect(steps[i].from).toBe(steps[i - 1].to);
    expect(await firstPath.locator('.step-sources li').count()).toBeGreaterThan(0);
    await expect.poll(() => rowIds(page), ANSWERED).toContain('country:IR');
    await browser.screenshot(page, 'explorer-4-path');
  });

  it('keeps the view in its link: the link opens the same statement and path', async () => {
    const link = new URL(page.url());
    expect(link.searchParams.get('selected')).toBe(QUOTE_ID);
    expect(link.searchParams.get('pathFrom')).toBe('country:KZ');
    expect(link.searchParams.get('pathTo')).toBe('country:IR');
    const shared = await browser.newPage();
    await shared.goto(link.href);
    await shared.locator('#details-body .quoted-span').waitFor();
    await shared.locator('#path-result .path-step').first().waitFor();
    expect(await shared.locator('#details-body .quoted-span').textContent()).toBe(await page.locator('#details-body .quoted-span').textContent());
    expect(await shared.locator('#path-from').inputValue()).toBe('Kazakhstan');
    await shared.close();
  });

  it('narrows the statements and stances shown by stance and by date', async () => {
    const before = await rowIds(page);
    expect(before).toContain('statement:kz-briefing-2026-03-03/negotiating-table');
    await page.locator('#filter-stance').selectOption('NOT_TAKING_SIDES');
    await expect.poll(() => rowIds(page), ANSWERED).not.toContain('statement:kz-briefing-2026-03-03/negotiating-table');
    const filtered = await rowIds(page);
    expect(filtered).toContain('statement:kz-briefing-2026-03-03/no-sides-diplomacy');
    expect(filtered).toContain(BAKAYEV);
    expect(new URL(page.url()).searchParams.get('stance')).toBe('NOT_TAKING_SIDES');
    await page.locator('#filter-stance').selectOption('');

    await page.locator('#filter-to').fill('2025');
    await page.locator('#filter-to').press('Enter');
    await page.locator('#filter-to').blur();
    await expect.poll(() => rowIds(page), ANSWERED).not.toContain(QUOTE_ID);
    expect((await rowIds(page)).filter((id) => id.startsWith('statement:kz-briefing-2026'))).toEqual([]);
    await page.locator('#filter-to').fill('20255');
    await page.locator('#filter-to').blur();
    await expect.poll(() => page.locator('#filter-to').getAttribute('aria-invalid'), ANSWERED).toBe('true');
    expect(await page.locator('#filter-to-error').isVisible()).toBe(true);
    await page.locator('#filter-to').fill('');
    await page.locator('#filter-to').blur();
    await expect.poll(() => rowIds(page), ANSWERED).toContain(QUOTE_ID);

    await pick(page, 'filter-country', 'Iran', 'country:IR');
    await expect.poll(() => rowIds(page), ANSWERED).not.toContain(QUOTE_ID);
    expect((await rowIds(page)).filter((id) => id.startsWith('statement:') || id.startsWith('position:kz/'))).toEqual([]);
    await page.locator('#filter-country-clear').click();
    await expect.poll(() => rowIds(page), ANSWERED).toContain(QUOTE_ID);
  });

  it("draws Kazakhstan's stances on a timeline with each reaffirmation linked to what it reaffirms", async () => {
    const kz = await browser.newPage();
    kz.setDefaultTimeout(ANSWERED.timeout);
    await kz.goto(`${origin}/?focus=country%3AKZ&depth=1`);
    const reaffirmed = kz.locator('#timeline .mark-reaffirmed');
    await expect.poll(() => kz.locator('#timeline .timeline-mark').count(), { timeout: 90_000, interval: 500 }).toBeGreaterThan(0);
    const { stanceTimeline } = await harness.data(`{ stanceTimeline(actor: "country:KZ", first: 100) { edges { node { kind date { value } } } } }`);
    const expected = stanceTimeline.edges.filter((e: any) => e.node.kind === 'REAFFIRMED' && e.node.date).length;
    expect(expected).toBeGreaterThan(0);
    expect(await reaffirmed.count()).toBe(expected);
    expect(await kz.locator('#timeline .reaffirm-link').count()).toBeGreaterThan(0);
    expect(await reaffirmed.first().getAttribute('aria-label')).toContain('reaffirmed');
    await kz.locator('.timeline-panel').screenshot({ path: `${SCREENSHOT_DIR}/explorer-6-timeline.png` });
    await kz.close();
  });

  it('exports the view as PNG, GraphML and CSV with the nodes on screen', async () => {
    const save = async (button: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#${button}`).click()]);
      return fs.readFileSync((await download.path())!);
    };
    const png = await save('export-png');
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const graphml = (await save('export-graphml')).toString('utf8');
    expect(graphml).toContain('<graphml');
    expect(graphml).toContain(`<node id="${BAKAYEV}">`);
    expect(graphml).toContain('<node id="country:IR">');
    const edges = (await save('export-edges-csv')).toString('utf8').split('\r\n');
    expect(edges[0]).toBe('"source_id","source_kind","source_name","relationship","label","target_id","target_kind","target_name","fact_id","modality","condition"');
    expect(edges.some((line) => line.includes(`"${QUOTE_ID}"`) && line.includes(`"${BAKAYEV}"`))).toBe(true);
    const nodes = (await save('export-nodes-csv')).toString('utf8');
    expect(nodes).toContain(`"${BAKAYEV}","Person","Alibek Bakayev"`);
  });

  it('shows where the keyboard focus is', async () => {
    await page.locator('#fit').focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
  });

  it('says plainly that the server cannot be reached when requests fail', async () => {
    const offline = await browser.newPage();
    await offline.route('**/graphql', (route) => route.abort('connectionrefused'));
    await offline.goto(`${origin}/`);
    await expect.poll(() => offline.locator('#alert').textContent(), ANSWERED).toContain('server cannot be reached');
    expect(await offline.locator('#alert').getAttribute('role')).toBe('alert');
    await offline.close();
  });

  it('says plainly that the database is unavailable when Neo4j does not answer', async () => {
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_TX_TIMEOUT_MS: '2000' });
    const db: Database = openDatabase(config.neo4j!, { txTimeoutMs: config.txTimeoutMs });
    const server: RunningServer = await serve(db, config, createLogger('silent'));
    try {
      const down = await browser.newPage();
      await down.goto(`${new URL(server.url).origin}/?focus=${encodeURIComponent(BAKAYEV)}`);
      await expect.poll(() => down.locator('#alert').textContent(), { timeout: 45_000, interval: 500 }).toContain('The database is unavailable');
      await browser.screenshot(down, 'explorer-5-database-unavailable');
      await down.close();
    } finally {
      await server.close();
      await db.close();
    }
  });

  it('loads nothing from outside this machine', () => {
    expect(browser.requests.filter((url) => url.startsWith(origin)).length).toBeGreaterThan(10);
    expect(browser.offLoopback).toEqual([]);
  });
});
