import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureWebBundle, WEB_DIR } from '../src/web/bundle.js';
import type { Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, type Browser } from './support/browser.js';
import { startHarness, type Harness } from './support/harness.js';

const QUOTE_ID = 'statement:kz-briefing-2026-03-03/not-taking-sides';
const EXAMPLES = fs.readdirSync(path.join(WEB_DIR, 'playground', 'examples')).filter((f) => f.endsWith('.graphql'));

/** The playground with its first question in the editor, its schema read (the docs button shows once it is). */
async function openPlayground(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.graphiql-query-editor .CodeMirror-line', { hasText: 'query' }).first().waitFor();
  await page.getByRole('button', { name: /Show Documentation Explorer/i }).waitFor();
}

async function runShownQuestion(page: Page) {
  const answer = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && !(r.request().postData() ?? '').includes('IntrospectionQuery'));
  await page.locator('.graphiql-execute-button').click();
  await answer;
  await page.locator('.result-window .CodeMirror-line', { hasText: '"data"' }).first().waitFor();
}

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

  it('finds no accessibility violation with axe-core: on opening, with the docs, after an answer, with the history and the headers', async () => {
    const page = await browser.newPage();
    await openPlayground(page, `${origin}/playground`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await page.locator('.graphiql-doc-explorer a.graphiql-doc-explorer-type-name').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await runShownQuestion(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /Show History/i }).click();
    await page.locator('.graphiql-history-item').first().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.locator('button[data-name="headers"]').click();
    await page.locator('.graphiql-editor-tool .graphiql-editor:not(.hidden)').last().waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds no accessibility violation in the dark theme either, which follows the system setting', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await openPlayground(page, `${origin}/playground`);
    await runShownQuestion(page);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('names each editor, and switches and closes the question tabs from the keyboard', async () => {
    const page = await browser.newPage();
    await openPlayground(page, `${origin}/playground`);
    const names = await page.locator('.CodeMirror textarea').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names).toEqual(['Query', 'Variables (JSON)', 'Headers (JSON)', 'Response (read only)']);
    const tabs = page.getByRole('tab');
    const count = await tabs.count();
    expect(count).toBe(EXAMPLES.length);
    const quoteTab = page.getByRole('tab', { name: 'WhereIsThisQuoteFrom' });
    await quoteTab.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => quoteTab.getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab', { selected: true }).count()).toBe(1);
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent()).toContain('query WhereIsThisQuoteFrom');
    await page.keyboard.press('Delete');
    await expect.poll(() => tabs.count()).toBe(count - 1);
    expect(await page.getByRole('tab', { name: 'WhereIsThisQuoteFrom' }).count()).toBe(0);
    await page.close();
  });

  it('loads nothing from outside this machine', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(browser.offLoopback).toEqual([]);
  });
});
