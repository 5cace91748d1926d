import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config.js';
import { sliceCodePoints } from '../src/records/spans.js';
import { startHarness, type Harness } from './support/harness.js';

/** An article with a character outside the BMP before the quote, so UTF-16 and code-point offsets differ. */
const ARTICLE = `ASTANA 🇰🇿 – Kazakhstan does not take sides in the conflict, Deputy Foreign Minister Alibek Bakayev said on Wednesday.

“If the parties request it, we will carefully consider providing such a platform,” Bakayev said.

Iranian Foreign Ministry spokesperson Esmaeil Baghaei said that Tehran would not negotiate under threats.`;
const PUBLISHED = '2026-03-05';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envoy-annotate-'));
const file = path.join(dir, 'article.txt');
fs.writeFileSync(file, ARTICLE, 'utf8');

function annotateCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const neo4j = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/annotate/cli.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USERNAME: neo4j.username, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database ?? '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const QUERY = `query ($text: String!, $language: String!, $published: String) {
  proposeAnnotations(text: $text, language: $language, published: $published) {
    proposals {
      kind start end text
      speaker { id name kind match span { start end } title }
      onBehalfOf { id name basis }
      date { value precision basis }
      mentions { id kind start end text }
      stances { code modality condition toward { id } cues { kind start end text } }
      cues { kind start end text }
    }
  }
}`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const countNodes = async () => (await h.db.read((tx) => tx.run('MATCH (n) RETURN count(n) AS n')))[0].n as number;

describe('npm run annotate', () => {
  it('prints proposals whose spans are code points of the file, with speakers and offices from the graph', async () => {
    const run = await annotateCli([file, '--language', 'en', '--published', PUBLISHED, '--url', 'https://example.org/a', '--publisher', 'Example']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.source).toEqual({ language: 'en', published: PUBLISHED, url: 'https://example.org/a', publisher: 'Example' });
    for (const p of out.proposals) expect(sliceCodePoints(ARTICLE, p.start, p.end)).toBe(p.text);

    const [paraphrase, quote, iranian] = out.proposals;
    expect(paraphrase).toMatchObject({
      kind: 'PARAPHRASE',
      text: 'Kazakhstan does not take sides in the conflict',
      speaker: { id: 'person:alibek-bakayev', kind: 'PERSON', match: 'NAME' },
      onBehalfOf: { id: 'country:KZ', basis: 'OFFICE' },
      date: { value: '2026-03-04', precision: 'DAY', basis: 'TEXT' },
    });
    expect(paraphrase.stances).toContainEqual(expect.objectContaining({ code: 'NOT_TAKING_SIDES', modality: 'ASSERTED' }));
    expect(quote).toMatchObject({
      kind: 'QUOTE',
      text: 'If the parties request it, we will carefully consider providing such a platform',
      speaker: { id: 'person:alibek-bakayev', match: 'SURNAME' },
      date: { value: PUBLISHED, basis: 'PUBLISHED' },
    });
    expect(quote.stances).toContainEqual(expect.objectContaining({ code: 'OFFER_TO_HOST_TALKS', modality: 'CONDITIONAL', condition: 'If the parties request it' }));
    // A speaker the graph lacks is proposed as new, with the name and title as written and the country the text implies.
    expect(iranian).toMatchObject({
      kind: 'PARAPHRASE',
      text: 'Tehran would not negotiate under threats',
      speaker: { id: null, name: 'Esmaeil Baghaei', kind: 'PERSON', match: 'NEW', title: 'Foreign Ministry spokesperson' },
      onBehalfOf: { id: 'country:IR', basis: 'TEXT' },
    });
    expect(sliceCodePoints(ARTICLE, iranian.speaker.span.start, iranian.speaker.span.end)).toBe('Esmaeil Baghaei');
  });

  it('refuses a language it has no rules for, and a date that is not one, before reaching the graph', async () => {
    const wrongLanguage = await annotateCli([file, '--language', 'xx']);
    expect(wrongLanguage.code).toBe(2);
    expect(wrongLanguage.stderr).toContain('The proposer reads en, ru, kk, de');
    const wrongDate = await annotateCli([file, '--language', 'en', '--published', '2026-02-30']);
    expect(wrongDate.code).toBe(2);
    expect(wrongDate.stderr).toContain('--published');
  });
});

describe('proposeAnnotations', () => {
  it('answers what the CLI prints, and writes nothing', async () => {
    const before = await countNodes();
    const data = await h.data(QUERY, { text: ARTICLE, language: 'en', published: PUBLISHED });
    expect(await countNodes()).toBe(before);
    const run = await annotateCli([file, '--language', 'en', '--published', PUBLISHED]);
    const cli = JSON.parse(run.stdout).proposals;
    const proposals = data.proposeAnnotations.proposals;
    expect(proposals.map((p: any) => [p.kind, p.start, p.end, p.speaker?.id, p.onBehalfOf?.id])).toEqual(
      cli.map((p: any) => [p.kind, p.start, p.end, p.speaker?.id, p.onBehalfOf?.id]),
    );
    expect(proposals[1].cues).toContainEqual(expect.objectContaining({ kind: 'ATTRIBUTION', text: 'said' }));
  });

  it('says which argument is wrong, in words', async () => {
    const response = await h.gql(QUERY, { text: ARTICLE, language: 'fr' });
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    expect(response.errors?.[0].message).toContain('"fr" is not one of them');
    const empty = await h.gql(QUERY, { text: '   ', language: 'en' });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
  });
});
