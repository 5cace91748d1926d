import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRecords } from '../src/data/write/applyRecords.js';
import { editorToken, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

const editor = editorToken('amina');
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
});
afterAll(async () => {
  await removeNamespace(h.db, 'test-messages');
  await h.close();
});

/** What a refused import record is told, field by field, without anything being written. */
async function refusals(record: Record<string, unknown>) {
  const [result] = await h.db.write((tx) => applyRecords(tx, [record], { actor: 'test' }));
  expect(result.outcome).toBe('refused');
  return result.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('refusals in words a researcher reads, naming the field and what it accepts', () => {
  it('says which record types exist instead of "Invalid discriminator value"', async () => {
    const said = await refusals({ type: 'Treaty', id: 'treaty:x' });
    expect(said).toEqual([expect.stringMatching(/^type: must be one of the record types Source, Country, .* or EvacuationMovement, not "Treaty"$/)]);
  });

  it('says the bound and the value given instead of "Too small: expected number to be >=0"', async () => {
    const res = await h.gql(
      'mutation ($input: SourceInput!) { upsertSource(input: $input) { outcome } }',
      { input: { id: 'source:test-messages', language: 'en', kind: 'WEB_PAGE', text: 'Some text.', published: '2020' } },
      editor.headers,
    );
    expect(res.errors).toBeUndefined();
    const bad = await h.gql(
      'mutation ($input: PersonInput!) { upsertPerson(input: $input) { outcome } }',
      { input: { id: 'person:test-messages', name: 'A Person', names: [{ value: 'Some', language: 'en', citations: [{ source: 'source:test-messages', start: -1, end: 4, match: 'EXACT' }] }] } },
      editor.headers,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.names[0].citations[0].start' });
    expect(bad.errors?.[0].message).toContain('input.names[0].citations[0].start: must be 0 or more, not -1');
    expect(bad.errors?.[0].message).not.toMatch(/Too small|expected number/);
  });

  it('names the kind of value a field takes, the options of a list of codes, and fields it does not know', async () => {
    const said = await refusals({ type: 'Source', id: 'source:test-messages-2', language: 'en', kind: 'BLOG', text: 5, colour: 'red' });
    expect(said).toContain('kind: must be one of NEWS_ARTICLE, OFFICIAL_DOCUMENT, WEB_PAGE, RESEARCH_NOTES or DATASET, not "BLOG"');
    expect(said).toContain('text: must be text, not 5');
    expect(said.join('\n')).toMatch(/"colour"/);
    expect(said.join('\n')).not.toMatch(/Invalid (input|option)|Unrecognized key/);
  });
});
