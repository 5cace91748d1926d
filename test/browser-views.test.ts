import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmQuestionPlans } from '../src/data/read/questions/warmUp.js';
import { ensureWebBundle } from '../src/web/bundle.js';
import { activityRanking } from '../bench/data/generator.js';
import { accessibilityViolations, launchBrowser, SCREENSHOT_DIR, type Browser } from './support/browser.js';
import { namespace, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';
import { importLargerGraph, SPEAKERS } from './support/largerGraph.js';

const ANSWERED = { timeout: 60_000, interval: 250 };
const KZ_OFFER = 'position:kz/offer-to-host/middle-east-2026';
const MIDDLE_EAST = 'conflict:middle-east-2026';

/** The page's own words when it shows an error, so a failing poll says why. */
async function noAlert(page: Page) {
  const alert = page.locator('#alert');
  if (await alert.isVisible()) throw new Error(`The page says: ${await alert.textContent()}`);
}

interface DrawnLabel {
  id: string;
  kind: string;
  fontPx: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The node labels Cytoscape draws now, as rendered boxes on the screen (a label smaller than its
 * min-zoomed-font-size is not drawn), and every node in view.
 */
async function drawnLabels(page: Page): Promise<{ nodes: number; names: number; labels: DrawnLabel[]; groups: Array<{ id: string; children: string[] }> }> {
  return page.evaluate(() => {
    const cy = (document.getElementById('cy') as any)._cyreg.cy;
    const nodes = cy.nodes().filter((n: any) => n.visible() && n.data('kind') !== 'Group');
    const labels = nodes
      .filter((n: any) => n.style('label') && parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size')))
      .map((n: any) => {
        const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
        return { id: n.id(), kind: n.data('kind'), fontPx: parseFloat(n.style('font-size')) * cy.zoom(), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
      });
    const groups = cy
      .nodes()
      .filter((n: any) => n.data('kind') === 'Group')
      .map((g: any) => ({ id: g.id(), children: g.children().map((c: any) => c.id()) }));
    const names = nodes.filter((n: any) => n.data('kind') !== 'Statement').length;
    return { nodes: nodes.length, names, labels, groups };
  });
}

function overlapping(labels: DrawnLabel[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i];
      const b = labels[j];
      if (Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1)) out.push([a.id, b.id]);
    }
  }
  return out;
}

describe('the explorer views researchers read', { timeout: 600_000 }, () => {
  let harness: Harness;
  let browser: Browser;
  let origin: string;
  let page: Page;
  /** The GraphQL operations the page sent, by name, in order. */
  let operations: string[] = [];
  const ns = namespace('views');
  const measured: Record<string, number> = {};

  beforeAll(async () => {
    await ensureWebBundle(() => undefined);
    harness = await startHarness({ NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
    origin = new URL(harness.url).origin;
    // As `npm start` does before it serves: the first view is measured with the questions planned.
    await warmQuestionPlans(harness.db);
    browser = await launchBrowser();
    page = await browser.newPage();
    page.setDefaultTimeout(ANSWERED.timeout);
    page.on('request', (request) => {
      const body = request.postData();
      const name = body && /query (\w+)/.exec(JSON.parse(body).query)?.[1];
      if (name) operations.push(name);
    });
  });

  afterAll(async () => {
    fs.writeFileSync(path.join(SCREENSHOT_DIR, 'first-view.json'), `${JSON.stringify(measured, null, 2)}\n`);
    await browser?.close();
    await removeNamespace(harness.db, ns);
    await harness?.close();
  });

  async function open(url: string) {
    operations = [];
    await page.goto(`${origin}${url}`);
  }

  /** When the page first showed an answer (ms after navigation), and the longest graph layout so far; measured, not asserted. */
  async function firstView(name: string) {
    const { mark, layout, script } = await page.evaluate(() => ({
      mark: performance.getEntriesByName('envoy:first-view')[0]?.startTime ?? 0,
      layout: Math.max(0, ...performance.getEntriesByName('envoy:layout').map((e) => e.duration)),
      // When the page's script had loaded: what came before the first request.
      script: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd,
    }));
    expect(mark).toBeGreaterThan(0);
    measured[`first view, ms: ${name}`] = Math.round(mark);
    measured[`page and script loaded, ms: ${name}`] = Math.round(script);
    if (layout) measured[`longest graph layout, ms: ${name}`] = Math.round(layout);
  }

  async function expectAccessible() {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  describe('on the seed', () => {
    it('opens on the graph at a glance: its size, the newest statements, the busiest conflicts and three questions to start from', async () => {
      await open('/');
      await page.locator('#landing .graph-size li').first().waitFor();
      await noAlert(page);
      const [{ statements }] = await harness.db.read((tx) => tx.run('MATCH (s:Statement) RETURN count(s) AS statements'));
      expect(await page.locator('#landing .graph-size li[data-kind="Statement"] strong').textContent()).toBe(String(statements));
      const recent = page.locator('#landing .recent .feed-item');
      expect(await recent.count()).toBe(5);
      const dates = await page.locator('#landing .recent .feed-date').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(await page.locator('#landing .ranked li').first().textContent()).toContain('Middle East');
      const questions = page.locator('#landing .examples a');
      expect(await questions.count()).toBe(3);
      expect(operations).toEqual(['ExplorerStanceCodes', 'ExplorerOverview']);
      await firstView('landing on the seed');
      await page.reload();
      await page.locator('#landing .graph-size li').first().waitFor();
      await firstView('landing on the seed, opened again');
      await expectAccessible();
      await browser.screenshot(page, 'views-landing');
    });

    it("answers the landing page's question about Kazakhstan's words of 3 March with its quotes and their spans, from one request", async () => {
      const question = page.locator('#landing .examples a', { hasText: 'Kazakhstan say on 3 March 2026' });
      await question.click();
      const items = page.locator('#feed-list .feed-item');
      await expect.poll(async () => (await noAlert(page), items.count()), ANSWERED).toBe(4);
      const { statementFeed } = await harness.data(
        `{ statementFeed(entity: "country:KZ", kind: QUOTE, from: "2026-03-03", to: "2026-03-03") { edges { node { id text evidence { span { start end } } } } } }`,
      );
      for (const { node } of statementFeed.edges) {
        const item = page.locator(`#feed-list .feed-item[data-statement-id="${node.id}"]`);
        expect(await item.locator('.feed-words').textContent()).toBe(node.text);
        expect(await item.locator('.kind-badge').textContent()).toBe('Quote');
        expect(await item.locator('.feed-date').textContent()).toBe('3 March 2026');
        const spans = node.evidence.filter((e: any) => e.span).map((e: any) => `${e.span.start}-${e.span.end}`);
        expect(await item.locator('.feed-span').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.span))).toEqual(spans);
      }
      const offer = page.locator('#feed-list .feed-item[data-statement-id="statement:kz-briefing-2026-03-03/platform-if-requested"]');
      expect(await offer.locator('.feed-speaker').textContent()).toContain('Alibek Bakayev (Deputy Minister of Foreign Affairs');
      expect(await offer.locator('.feed-behalf').textContent()).toBe(' · on behalf of Kazakhstan');
      expect(await offer.locator('.stance-chip').textContent()).toContain('conditional: If the parties request it');
      expect(operations.filter((o) => o === 'ExplorerFeed')).toHaveLength(1);
      expect(new URL(page.url()).searchParams.get('kind')).toBe('QUOTE');
      await firstView('feed of Kazakhstan on the seed');
      // Once more, as a reader coming back to the same view finds it (the database and browser caches warm).
      await page.reload();
      await expect.poll(() => items.count(), ANSWERED).toBe(4);
      await firstView('feed of Kazakhstan on the seed, opened again');
      await expectAccessible();
      await page.locator('#feed-panel').screenshot({ path: `${SCREENSHOT_DIR}/views-feed.png` });
    });

    it('opens the other renderings with one key and a statement with its span marked, from the keyboard', async () => {
      const quote = page.locator('#feed-list .feed-item[data-statement-id="statement:kz-briefing-2026-03-03/not-taking-sides"]');
      await quote.locator('.feed-renderings summary').focus();
      await page.keyboard.press('Enter');
      const russian = quote.locator('.feed-renderings q[lang="ru"]');
      await russian.waitFor();
      expect(await russian.textContent()).toMatch(/[а-я]/);
      await quote.locator('.feed-actions button').focus();
      await page.keyboard.press('Enter');
      await page.locator('#details-body .quoted-span').waitFor();
      expect(await page.locator('#details-body .quoted-span').textContent()).toBe(await quote.locator('.feed-words').textContent());
      expect(await quote.getAttribute('aria-current')).toBe('true');
      expect(await page.locator('#timeline .timeline-mark.current').first().getAttribute('data-id')).toBe('statement:kz-briefing-2026-03-03/not-taking-sides');
    });

    it('narrows the feed, the graph and the timeline together by stance and language', async () => {
      await page.locator('#filter-kind').selectOption('');
      await page.locator('#filter-stance').selectOption('NOT_TAKING_SIDES');
      const items = page.locator('#feed-list .feed-item');
      await expect.poll(() => items.count(), ANSWERED).toBe(3);
      await page.locator('#filter-language').selectOption('ru');
      await expect.poll(() => items.count(), ANSWERED).toBe(1);
      expect(await items.first().getAttribute('data-statement-id')).toBe('statement:kz-briefing-2026-03-03/ru-non-interference-no-sides');
      const rows = await page.locator('#graph-table tr[data-node-id^="statement:"]').evaluateAll((r) => r.map((e) => (e as HTMLElement).dataset.nodeId));
      expect(rows).toEqual(['statement:kz-briefing-2026-03-03/ru-non-interference-no-sides']);
      for (const select of ['#filter-language', '#filter-stance']) await page.locator(select).selectOption('');
      // The question's day still holds: every statement of 3 March, none of 2013.
      const { statementFeed } = await harness.data(`{ statementFeed(entity: "country:KZ", from: "2026-03-03", to: "2026-03-03") { totalCount } }`);
      await expect.poll(() => items.count(), ANSWERED).toBe(statementFeed.totalCount);
    });

    it("lays out every actor's stances toward the 2026 conflict, Kazakhstan's conditional offer with its condition, from one request", async () => {
      await open(`/?matrix=${encodeURIComponent(MIDDLE_EAST)}`);
      const cell = page.locator(`#matrix .matrix-cell[data-position-id="${KZ_OFFER}"]`);
      await cell.waitFor();
      await noAlert(page);
      expect(await cell.textContent()).toBe('conditional: If the parties request it · 1 statement · 3 March 2026');
      expect(await page.locator('#matrix tr[data-actor-id="country:KZ"] th').textContent()).toContain('Kazakhstan');
      expect(await page.locator('#matrix thead th').allTextContents()).toContain('Offer to host talks or provide a platform');
      expect(operations.filter((o) => o === 'ExplorerMatrix')).toHaveLength(1);
      await cell.focus();
      await page.keyboard.press('Enter');
      const listed = page.locator('#matrix-statements li');
      await listed.first().waitFor();
      expect(await listed.allTextContents()).toEqual([expect.stringContaining('If the parties request it, we will carefully consider providing such a platform')]);
      await listed.first().locator('button').click();
      await page.locator('#details-body .quoted-span').waitFor();
      await expectAccessible();
      await page.locator('#stances-panel').screenshot({ path: `${SCREENSHOT_DIR}/views-matrix.png` });
    });

    it('exports the matrix as CSV, one row per stance held', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#matrix-csv').click()]);
      const lines = fs.readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
      expect(lines[0]).toBe(
        '"actor_id","actor","stance_code","stance","modality","condition","toward_id","toward","general_principle","statements","first_date","latest_date","statement_ids"',
      );
      expect(lines).toContainEqual(
        `"country:KZ","Kazakhstan","OFFER_TO_HOST_TALKS","Offer to host talks or provide a platform","CONDITIONAL","If the parties request it","${MIDDLE_EAST}","Middle East conflict of 2026","false","1","2026-03-03","2026-03-03","statement:kz-briefing-2026-03-03/platform-if-requested"`,
      );
      const cells = await page.locator('#matrix .matrix-cell').count();
      expect(lines).toHaveLength(cells + 1);
    });

    it('draws 50 nodes around Kazakhstan with no two labels overlapping, statements boxed with their speaker', async () => {
      await open('/?focus=country%3AKZ&depth=2');
      await expect.poll(async () => (await noAlert(page), (await drawnLabels(page)).nodes), ANSWERED).toBeGreaterThanOrEqual(50);
      await page.locator('#feed-list .feed-item').first().waitFor();
      const { nodes, names, labels, groups } = await drawnLabels(page);
      measured['graph nodes around Kazakhstan'] = nodes;
      measured['graph labels drawn around Kazakhstan'] = labels.length;
      expect(overlapping(labels)).toEqual([]);
      // Every name (actors, conflicts, talks, stances, places) is drawn; statements' words are in the feed and the hover card.
      expect(labels).toHaveLength(names);
      measured['smallest label around Kazakhstan, px'] = Math.round(Math.min(...labels.map((l) => l.fontPx)) * 10) / 10;
      const bakayev = groups.find((g) => g.id === 'group:person:alibek-bakayev')!;
      expect(bakayev.children).toContain('person:alibek-bakayev');
      expect(bakayev.children).toContain('statement:kz-briefing-2026-03-03/not-taking-sides');
      await page.locator('.graph-panel').screenshot({ path: `${SCREENSHOT_DIR}/views-graph.png` });
    });

    it('shows a hover card, and on a click lights up the neighbours while the rest fades but stays labelled', async () => {
      await page.locator('#cy').scrollIntoViewIfNeeded();
      const at = await page.evaluate(() => {
        const cy = (document.getElementById('cy') as any)._cyreg.cy;
        const box = document.getElementById('cy')!.getBoundingClientRect();
        const p = cy.getElementById('conflict:middle-east-2026').renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y };
      });
      await page.mouse.move(at.x, at.y);
      await expect.poll(() => page.locator('#hover-card').textContent(), ANSWERED).toContain('Middle East conflict of 2026');
      await page.mouse.click(at.x, at.y);
      const state = await page.evaluate(() => {
        const cy = (document.getElementById('cy') as any)._cyreg.cy;
        const centre = cy.getElementById('conflict:middle-east-2026');
        const faded = cy.nodes('.context').filter((n: any) => n.data('kind') !== 'Group');
        return {
          neighboursLit: centre.neighborhood('node').every((n: any) => n.hasClass('in-focus')),
          faded: faded.length,
          fadedLabelOpacity: faded.length ? Number(faded[0].style('text-opacity')) : 0,
        };
      });
      expect(state.neighboursLit).toBe(true);
      expect(state.faded).toBeGreaterThan(0);
      expect(state.fadedLabelOpacity).toBeGreaterThan(0.5);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => (document.getElementById('cy') as any)._cyreg.cy.nodes('.context').length)).toBe(0);
    });

    it("draws Kazakhstan's timeline with words on every mark, an axis that skips the empty years, renderings linked, and zoom", async () => {
      const marks = page.locator('#timeline .timeline-mark');
      await expect.poll(() => marks.count(), ANSWERED).toBeGreaterThan(0);
      const labels = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
      // A date as the source gives it: a day, month or year, a range, or a bound (the 2013 statement made
      // after the February round is 'on or after 27 February 2013').
      for (const label of labels) expect(label).toMatch(/^(from |on or (after|before) )?(\d{1,2} \w+ \d{4}|\w+ \d{4}|\d{4})/);
      expect(labels.some((l) => l.startsWith('on or after 27 February 2013, paraphrase: '))).toBe(true);
      // Every mark carries its words, except where a stance ends (the 2013 offer to host, with the next meeting).
      expect(labels.filter((l) => l.includes('“') || l.endsWith(', ended'))).toHaveLength(labels.length);
      expect(labels.filter((l) => l.endsWith(', ended'))).toEqual(['6 April 2013: Offer to host talks or provide a platform → Iran\'s nuclear programme, ended']);
      expect(await page.locator('#timeline .axis-break').textContent()).toMatch(/1[23] years/);
      expect(await page.locator('#timeline .rendering-link').count()).toBeGreaterThan(0);
      expect(await page.locator('#timeline .reaffirm-link').count()).toBeGreaterThan(0);
      await marks.first().focus();
      expect(await page.locator('#timeline-tip').textContent()).toBe(labels[0]);
      const before = await page.locator('#timeline-range').textContent();
      await page.locator('#timeline-zoom-in').click();
      await page.locator('#timeline-zoom-in').click();
      expect(await page.locator('#timeline-range').textContent()).not.toBe(before);
      await page.locator('#timeline-fit').click();
      expect(await page.locator('#timeline-range').textContent()).toBe(before);
      await page.locator('#timeline-lanes').selectOption('speaker');
      expect(await page.locator('#timeline .timeline-lane').allTextContents()).toContain('Said by Alibek Bakayev');
      expect(new URL(page.url()).searchParams.get('lanes')).toBe('speaker');
      await page.locator('#timeline-lanes').selectOption('stance');
      await expectAccessible();
      await page.locator('.timeline-panel').screenshot({ path: `${SCREENSHOT_DIR}/views-timeline.png` });
    });

    it('sets two actors side by side in a table', async () => {
      await open('/?compare=country%3AKZ&compare=country%3AIR');
      const rows = page.locator('#compare-result tbody tr');
      await rows.first().waitFor();
      const { compareStances } = await harness.data(`{ compareStances(first: "country:KZ", second: "country:IR") { rows { stance agreement } } }`);
      expect(await rows.count()).toBe(compareStances.rows.length);
      expect(await rows.first().getAttribute('data-agreement')).toBe(compareStances.rows[0].agreement);
      expect(await page.locator('#compare-result thead th').allTextContents()).toEqual(['Stance', 'Toward', 'Kazakhstan', 'Islamic Republic of Iran', 'Agreement']);
      await expectAccessible();
    });
  });

  describe('on a larger graph imported in the test', () => {
    const busiest = `country:${activityRanking(16)[0]}`;

    beforeAll(async () => {
      await importLargerGraph(harness.db, ns, 600);
    }, 600_000);

    it('counts the larger graph on the landing page', async () => {
      await open('/');
      await page.locator('#landing .graph-size li').first().waitFor();
      await noAlert(page);
      const [{ statements }] = await harness.db.read((tx) => tx.run('MATCH (s:Statement) RETURN count(s) AS statements'));
      expect(statements).toBeGreaterThan(600);
      expect(await page.locator('#landing .graph-size li[data-kind="Statement"] strong').textContent()).toBe(statements.toLocaleString('en'));
      await firstView('landing on the larger graph');
      await expectAccessible();
    });

    it("shows nine countries' stances toward the 2026 conflict, Kazakhstan's conditional offer still with its condition", async () => {
      await open(`/?matrix=${encodeURIComponent(MIDDLE_EAST)}`);
      await page.locator(`#matrix .matrix-cell[data-position-id="${KZ_OFFER}"]`).waitFor();
      const actors = await page.locator('#matrix tbody tr').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.actorId));
      expect(actors).toEqual(expect.arrayContaining(['country:KZ', ...SPEAKERS]));
      expect(await page.locator(`#matrix .matrix-cell[data-position-id="${KZ_OFFER}"]`).textContent()).toContain('conditional: If the parties request it');
      const mediate = page.locator('#matrix tr[data-actor-id="country:FR"] td[data-stance="OFFER_TO_MEDIATE"] .matrix-cell');
      expect(await mediate.textContent()).toContain('conditional: if both sides agree');
      const negated = page.locator('#matrix tr[data-actor-id="country:FR"] td[data-stance="CONDEMNATION"] .matrix-cell');
      expect(await negated.textContent()).toContain('negated');
      expect(operations.filter((o) => o === 'ExplorerMatrix')).toHaveLength(1);
      await expectAccessible();
      await page.locator('#stances-panel').screenshot({ path: `${SCREENSHOT_DIR}/views-matrix-larger.png` });
    });

    it('pages through the busiest country’s statements newest first, each page one request, without repeats', async () => {
      await open(`/?focus=${encodeURIComponent(busiest)}&depth=1`);
      const items = page.locator('#feed-list .feed-item');
      await items.first().waitFor();
      await noAlert(page);
      const { statementFeed } = await harness.data(`query($e: ID!) { statementFeed(entity: $e, first: 1) { totalCount } }`, { e: busiest });
      expect(statementFeed.totalCount).toBeGreaterThan(40);
      const more = page.locator('#feed-more');
      let pages = 1;
      while (await more.isVisible()) {
        const shown = await items.count();
        await more.click();
        await expect.poll(() => items.count(), ANSWERED).toBeGreaterThan(shown);
        pages++;
      }
      const ids = await items.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.statementId!));
      expect(ids).toHaveLength(statementFeed.totalCount);
      expect(new Set(ids).size).toBe(ids.length);
      const dates = await page.locator('#feed-list .feed-date').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(operations.filter((o) => o === 'ExplorerFeed')).toHaveLength(pages);
      await firstView('feed of the busiest country on the larger graph');
      await expectAccessible();
    });

    it('draws the busiest country’s graph with no two labels overlapping', async () => {
      await expect.poll(async () => (await drawnLabels(page)).nodes, ANSWERED).toBeGreaterThanOrEqual(50);
      const { nodes, names, labels } = await drawnLabels(page);
      measured['graph nodes around the busiest country'] = nodes;
      measured['graph labels drawn around the busiest country'] = labels.length;
      measured['smallest label around the busiest country, px'] = Math.round(Math.min(...labels.map((l) => l.fontPx)) * 10) / 10;
      expect(overlapping(labels)).toEqual([]);
      expect(labels).toHaveLength(names);
      await page.locator('.graph-panel').screenshot({ path: `${SCREENSHOT_DIR}/views-graph-larger.png` });
    });

    it('draws the busiest country’s timeline with a mark for every statement and stance entry', async () => {
      const marks = page.locator('#timeline .timeline-mark');
      await expect.poll(() => marks.count(), ANSWERED).toBeGreaterThan(40);
      const labels = await page.locator('#timeline .mark-statement').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')!));
      expect(labels.length).toBeGreaterThan(40);
      expect(labels.every((l) => /\d{4}/.test(l) && l.includes('“'))).toBe(true);
      await page.locator('#timeline-zoom-in').click();
      expect(await page.locator('#timeline-range').textContent()).toMatch(/of \d+ marks in view/);
      await expectAccessible();
    });

    it('sets two of the Middle East speakers side by side', async () => {
      await open('/?compare=country%3AFR&compare=country%3ADE');
      const rows = page.locator('#compare-result tbody tr');
      await rows.first().waitFor();
      const agreements = await rows.evaluateAll((r) => r.map((e) => (e as HTMLElement).dataset.agreement));
      expect(agreements.length).toBeGreaterThan(1);
      expect(agreements).toContain('SAME');
      await expectAccessible();
    });

    it('loaded nothing from outside this machine', () => {
      expect(browser.offLoopback).toEqual([]);
    });
  });
});
