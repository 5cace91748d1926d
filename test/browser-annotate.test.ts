import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { ensureWebBundle } from '../src/web/bundle.js';
import { accessibilityViolations, launchBrowser, SCREENSHOT_DIR, type Browser } from './support/browser.js';
import { editorToken, graphState, namespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/** A real article (TASS, 15 September 2023), not in the proposer's benchmark corpus. */
const ARTICLE = fs.readFileSync(path.join(PROJECT_ROOT, 'test/fixtures/tass-2023-09-15-mexico-mediator.txt'), 'utf8');
const ANSWERED = { timeout: 60_000, interval: 250 };
const editorName = namespace('annotator');
const editor = editorToken(editorName);

/** Everything this file's editor wrote, with its audit entries: the graph is the seed again for the files after it. */
async function removeWritten(h: Harness) {
  await h.db.write(async (tx) => {
    const rows = await tx.run('MATCH (c:Change {by: $by}) RETURN collect(DISTINCT c.recordId) AS ids', { by: editorName });
    await tx.run(
      `UNWIND $ids AS id MATCH (n:Entity {id: id}) OPTIONAL MATCH (n)-[:HAS_NAME]->(x) DETACH DELETE x WITH DISTINCT n DETACH DELETE n`,
      { ids: rows[0].ids },
    );
    await tx.run('MATCH (c:Change {by: $by}) DELETE c', { by: editorName });
  });
}

describe('the annotation page', { timeout: 600_000 }, () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  let origin: string;

  beforeAll(async () => {
    await ensureWebBundle(() => undefined);
    h = await startHarness({ EDITOR_TOKENS: editor.entry, NEO4J_TX_TIMEOUT_MS: '120000', REQUEST_DEADLINE_MS: '120000' });
    origin = new URL(h.url).origin;
    browser = await launchBrowser();
    page = await browser.newPage();
    page.setDefaultTimeout(ANSWERED.timeout);
  });

  afterAll(async () => {
    await browser?.close();
    if (h) await removeWritten(h);
    await h?.close();
  });

  it('opens from this server alone, with a form a screen reader and the keyboard can use', async () => {
    await page.goto(`${origin}/annotate`);
    await page.locator('#article-text').waitFor();
    expect(await page.title()).toBe('Envoy Graph · annotate an article');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The skip link leads to the text box, and the first controls follow in reading order.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('article-text');
  });

  it('reads a dropped text file into the text box, exactly', async () => {
    const dropped = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'article.txt', { type: 'text/plain' }));
      return transfer;
    }, ARTICLE);
    await page.locator('#article-text').dispatchEvent('drop', { dataTransfer: dropped });
    await expect.poll(() => page.locator('#article-text').inputValue(), ANSWERED).toBe(ARTICLE);
  });

  it('shows every proposal highlighted in the text, with a card for each', async () => {
    await page.selectOption('#article-language', 'en');
    await page.fill('#article-published', '2023-09-15');
    await page.fill('#article-publisher', 'TASS');
    await page.fill('#article-url', 'https://tass.com/world/1675725');
    await page.fill('#article-title', 'Mexico ready to act as mediator between Russia and Ukraine');
    await page.click('#propose');
    await page.locator('#proposal-list > li').first().waitFor();
    const cards = await page.locator('#proposal-list > li').count();
    expect(cards).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#marked-text').textContent()).toBe(ARTICLE);
    // Each proposal's words begin a numbered highlight; speakers, mentions and cue words are marked too.
    expect(await page.locator('#marked-text [data-begins]').count()).toBe(cards);
    for (const mark of ['quote', 'paraphrase', 'speaker', 'mention', 'cue']) expect(await page.locator(`#marked-text .mk-${mark}`).count()).toBeGreaterThan(0);
    // A quote's highlight runs whole through the mentions and cue words inside it.
    const quoted = await page.locator('#marked-text .mk-quote[data-proposals~="1"]').allTextContents();
    expect(quoted.join('')).toBe('We want to help Russia and Ukraine end this conflict');
    expect(await page.locator('#p0-speaker-status').textContent()).toMatch(/Not in the graph yet: written as a new person named “Eduardo Villegas Mejias”/);
    expect(await page.locator('#p0-onBehalfOf-status').textContent()).toBe('In the graph: Mexico (country:MX).');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('refuses, on the card, words the text does not hold, and writes nothing', async () => {
    await page.click('#accept-all');
    await page.fill('#p0-text', 'Mexico City wants to invade');
    // The card says so before anything is sent; sent anyway, the server refuses it.
    expect(await page.locator('#p0-text-check').textContent()).toBe('These words are not in the text: they would be refused.');
    await page.fill('#editor-token', editor.token);
    const before = await graphState(h.db);
    await page.click('#write-button');
    await expect.poll(() => page.locator('#p0-problem').textContent(), ANSWERED).toMatch(/is not in the source text/);
    expect(await page.locator('#alert').textContent()).toMatch(/input\.proposals\[0\]\.text/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p0-heading');
    expect(await graphState(h.db)).toEqual(before);
  });

  it('is edited from the keyboard: a speaker picked from the graph by search, a stance removed, a proposal rejected', async () => {
    const original = await page.locator('#marked-text [data-begins="0"]').evaluate((el) => el.closest('.marked-text')!.textContent!);
    expect(original).toBe(ARTICLE);
    const firstClause = 'Mexico City wants to help Moscow and Kiev settle the conflict and is ready to act as a mediator';
    await page.fill('#p0-text', firstClause);
    // The highlight follows the words to where they will be written.
    expect(await page.locator('#p0-text-check').isHidden()).toBe(true);
    expect((await page.locator('#marked-text .mk-paraphrase[data-proposals~="0"]').allTextContents()).join('')).toBe(firstClause);
    // The last quote is the ambassador's report of Lavrov's words: the researcher leaves it out.
    const last = (await page.locator('#proposal-list > li').count()) - 1;
    await page.locator(`#proposal-${last} .decide-rejected`).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator(`#proposal-${last}`).getAttribute('data-decision')).toBe('rejected');
    // “Choose mediators” is not an offer to mediate: the stance goes.
    const hopeIndex = await page.locator('#proposal-list textarea[id$="-text"]').evaluateAll((areas) => areas.findIndex((a) => (a as HTMLTextAreaElement).value.includes('choose mediators')));
    const hope = page.locator(`#proposal-${hopeIndex}`);
    const codes = () => hope.locator('fieldset.stance select[id$="-code"]').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).value));
    const before = await codes();
    expect(before).toContain('OFFER_TO_MEDIATE');
    await hope.locator('fieldset.stance').nth(before.indexOf('OFFER_TO_MEDIATE')).getByRole('button', { name: 'Remove this stance' }).focus();
    await page.keyboard.press('Enter');
    expect(await codes()).toEqual(before.filter((c) => c !== 'OFFER_TO_MEDIATE'));
    // Lavrov is not in the graph yet, so searching for a country stands in: type, arrow down, Enter.
    const onBehalf = page.locator('#p1-onBehalfOf');
    await onBehalf.focus();
    await onBehalf.fill('');
    await page.keyboard.type('Мексика');
    await page.locator('#p1-onBehalfOf-results [role=option]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.locator('#p1-onBehalfOf-status').textContent()).toBe('In the graph: Mexico (country:MX).');
    // Another rendering of the same words is found by a phrase of it, and unlinked again with one key.
    await page.locator('#p1-renders').focus();
    await page.keyboard.type('negotiating table');
    await page.locator('#p1-renders-results [role=option]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const linked = page.locator('#proposal-1 .renders li');
    await expect.poll(() => linked.count(), ANSWERED).toBe(1);
    expect(await linked.textContent()).toContain('negotiating table');
    await linked.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await linked.count()).toBe(0);
    expect(await page.locator('#write-button').textContent()).toBe(`Write the ${last} accepted statements`);
    await browser.screenshot(page, 'annotate-review');
    await page.locator('.review-layout').screenshot({ path: path.join(SCREENSHOT_DIR, 'annotate-proposals.png') });
  });

  it('writes the accepted set, opens the graph around it, and whoSaidWhat finds each statement at its exact span', async () => {
    await page.click('#write-button');
    await page.waitForURL(/\/\?focus=statement/);
    await page.locator('#graph-table').waitFor({ state: 'attached' });
    const focus = new URL(page.url()).searchParams.get('focus')!;
    await expect.poll(() => page.locator('#graph-summary').textContent(), ANSWERED).toMatch(/\d+ nodes?/);
    await page.locator('#busy').waitFor({ state: 'hidden' });
    await browser.screenshot(page, 'annotate-graph');
    expect(browser.offLoopback).toEqual([]);

    const data = await h.data(`{ whoSaidWhat(by: "country:MX", from: "2023-09-15", to: "2023-09-15") { edges { node {
      id kind text speaker { name } evidence { source { id } span { start end match } excerpt } expresses { stance modality } } } } }`);
    const statements = data.whoSaidWhat.edges.map((e: any) => e.node);
    expect(statements.map((s: any) => s.id)).toContain(focus);
    expect(statements).toHaveLength(4);
    for (const s of statements) {
      expect(s.speaker).toEqual({ name: 'Eduardo Villegas Mejias' });
      const [evidence] = s.evidence;
      expect(evidence.span.match).toBe('EXACT');
      expect(Array.from(ARTICLE).slice(evidence.span.start, evidence.span.end).join('')).toBe(s.text);
      expect(evidence.excerpt).toBe(s.text);
    }
    // The graph the page opened holds every statement written.
    await expect
      .poll(() => page.evaluate(() => (document.getElementById('cy') as any)._cyreg.cy.nodes().map((n: any) => n.id())), ANSWERED)
      .toEqual(expect.arrayContaining(statements.map((s: any) => s.id)));
    const source = await h.data(`{ node(id: "${statements[0].evidence[0].source.id}") { ... on Source { kind title publisher url published { value } text } } }`);
    expect(source.node).toEqual({
      kind: 'NEWS_ARTICLE',
      title: 'Mexico ready to act as mediator between Russia and Ukraine',
      publisher: 'TASS',
      url: 'https://tass.com/world/1675725',
      published: { value: '2023-09-15' },
      text: ARTICLE,
    });
    const edited = statements.find((s: any) => s.kind === 'PARAPHRASE');
    expect(edited.text).toBe('Mexico City wants to help Moscow and Kiev settle the conflict and is ready to act as a mediator');
    const hope = statements.find((s: any) => s.text.includes('choose mediators'));
    expect(hope.expresses.map((e: any) => e.stance)).not.toContain('OFFER_TO_MEDIATE');
  });
});
