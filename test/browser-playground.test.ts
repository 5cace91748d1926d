import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBundle, WEB_DIR } from '../src/web/bundle.js';
import { launchBrowser, type Browser } from './support/browser.js';
import { startHarness, type Harness } from './support/harness.js';

const QUOTE_ID = 'statement:kz-briefing-2026-03-03/not-taking-sides';
const EXAMPLES = fs.readdirSync(path.join(WEB_DIR, 'playground', 'examples')).filter((f) => f.endsWith('.graphql'));

describe('the playground in a browser', () => {
  let harness: Harness;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    await ensureWebBundle(() => undefined);
    harness = await startHarness();
    origin = new URL(harness.url).origin;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.close();
  });

  it('opens at /graphql in a browser with one ready tab per research question, and runs one to its answer', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await expect(page.title()).resolves.toContain('playground');
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count()).toBe(EXAMPLES.length);
    await expect.poll(() => tabs.first().textContent()).toContain('WhatDidBakayevSay');
    await browser.screenshot(page, 'playground-1-examples');

    await page.locator('.graphiql-tab', { hasText: 'WhereIsThisQuoteFrom' }).locator('.graphiql-tab-button').click();
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent()).toContain('query WhereIsThisQuoteFrom');
    // GraphiQL settles the operation name of a freshly shown tab after a debounce; running sooner sends the old one.
    await page.waitForTimeout(1_000);
    const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('WhereIsThisQuoteFrom'));
    await page.locator('.graphiql-execute-button').click();
    const body = await (await answer).json();
    const { statement } = await harness.data(`query($id: ID!) { statement(id: $id) { text citations { excerpt } } }`, { id: QUOTE_ID });
    expect(body.errors).toBeUndefined();
    expect(body.data.statement.text).toBe(statement.text);
    expect(body.data.statement.citations[0].excerpt).toBe(statement.citations[0].excerpt);
    await expect.poll(() => page.locator('.result-window').textContent()).toContain('We are not taking sides');
    await browser.screenshot(page, 'playground-2-answer');
    await page.close();
  });

  it('shows the schema documentation and a headers editor', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/playground`);
    await page.locator('.graphiql-container').waitFor();
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await expect.poll(() => page.locator('.graphiql-doc-explorer').textContent()).toContain('Query');
    await page.locator('button[data-name="headers"]').click();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)').last().waitFor();
    await browser.screenshot(page, 'playground-3-docs-headers');
    await page.close();
  });

  it('loads nothing from outside this machine', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(browser.offLoopback).toEqual([]);
  });
});
