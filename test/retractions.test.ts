import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords } from '../src/importer/importRecords.js';
import { editorToken, graphState, namespace, removeNamespace } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/** A wrong record is taken out with a reason, never leaves others pointing at nothing, and can be put back. */

const ns = namespace('retract');
const editor = editorToken('retract-editor');
const WORDS = `Retraction test ${ns}: we will not take sides.`;
const SOURCE = `source:${ns}-notes`;
const PERSON = `person:${ns}-speaker`;
const POSITION = `position:${ns}-no-sides`;
const STATEMENT = `statement:${ns}-no-sides`;
let h: Harness;
/** The statement's version before it was retracted: restoring gives it back unchanged. */
let versionBefore: string;

const write = async (mutation: string, type: string, input: Record<string, unknown>) => {
  const r = await h.gql(`mutation ($input: ${type}!) { ${mutation}(input: $input) { outcome } }`, { input }, editor.headers);
  if (r.errors) throw new Error(r.errors[0].message);
};
const retract = (records: Array<{ id: string; ifVersion?: string }>, reason = 'The source misattributed the quote.') =>
  h.gql(
    `mutation ($records: [RetractionInput!]!, $reason: String!) { retractRecords(records: $records, reason: $reason) { retracted } }`,
    { records, reason },
    editor.headers,
  );
const restore = (ids: string[]) =>
  h.gql(`mutation ($ids: [ID!]!) { restoreRecords(ids: $ids, reason: "Checked again: the quote is his.") { restored { id version } } }`, { ids }, editor.headers);
const version = async (id: string) => (await h.data(`{ node(id: "${id}") { version } }`)).node?.version ?? null;

/** What the questions show of the test's records (one question per request, each within the request deadline). */
async function shown() {
  const ask = (query: string) => h.data(`{ ${query} }`);
  return {
    statements: (await ask(`statements(filter: { speaker: "${PERSON}" }) { totalCount }`)).statements.totalCount,
    stances: (await ask(`stancesOf(actor: "${PERSON}") { totalCount }`)).stancesOf.totalCount,
    found: (await ask(`search(text: "${ns}") { totalCount }`)).search.totalCount,
    statement: (await ask(`statement(id: "${STATEMENT}") { id }`)).statement?.id ?? null,
    neighbours: (await ask(`neighbourhood(id: "${PERSON}") { nodes { id } }`)).neighbourhood.nodes
      .map((n: { id: string }) => n.id)
      .filter((id: string) => id.includes(ns) && id !== PERSON)
      .sort(),
  };
}

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
  await write('upsertSource', 'SourceInput', { id: SOURCE, language: 'en', kind: 'RESEARCH_NOTES', text: WORDS });
  await write('upsertPerson', 'PersonInput', { id: PERSON, name: 'Test Speaker' });
  await write('upsertPosition', 'PositionInput', { id: POSITION, stance: 'NOT_TAKING_SIDES', modality: 'ASSERTED', holder: PERSON, citations: [{ source: SOURCE }] });
  await write('upsertStatement', 'StatementInput', {
    id: STATEMENT, kind: 'PARAPHRASE', text: WORDS, language: 'en', date: '2001-02-03', speaker: PERSON, expresses: [POSITION], citations: [{ source: SOURCE }],
  });
});
afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.db.write((tx) => tx.run('MATCH (t:Retracted) WHERE t.id CONTAINS $ns DELETE t', { ns }));
  await h.close();
});

describe('retraction', () => {
  it('is refused while held records rely on the record, naming them, and writes nothing', async () => {
    const before = await graphState(h.db);
    const response = await retract([{ id: POSITION }]);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'records[0].id', reliedOnBy: { [POSITION]: [STATEMENT] } });
    expect(response.errors?.[0]?.message).toContain(STATEMENT);
    const bySource = await retract([{ id: SOURCE }]);
    expect(bySource.errors?.[0]?.extensions).toMatchObject({ reliedOnBy: { [SOURCE]: [POSITION, STATEMENT] }, reliedOnCount: { [SOURCE]: 2 } });
    const noReason = await retract([{ id: STATEMENT }], '  ');
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const stale = await retract([{ id: STATEMENT, ifVersion: 'not-the-version' }, { id: POSITION }]);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'records[0].ifVersion', currentVersion: await version(STATEMENT) });
    expect(await graphState(h.db)).toEqual(before);
  });

  it('takes the records out of every question, together with those relying on them, and audits who, when and why', async () => {
    expect(await shown()).toEqual({ statements: 1, stances: 1, found: 1, statement: STATEMENT, neighbours: [POSITION, STATEMENT] });
    versionBefore = await version(STATEMENT);
    const response = await retract([{ id: STATEMENT, ifVersion: versionBefore }, { id: POSITION }]);
    expect(response.errors?.[0]?.message).toBeUndefined();
    expect(response.data.retractRecords.retracted).toEqual([STATEMENT, POSITION]);
    expect(await shown()).toEqual({ statements: 0, stances: 0, found: 0, statement: null, neighbours: [] });
    const { retractions } = await h.data('{ retractions(first: 100) { edges { node { id recordType reason retractedBy record } } } }');
    const listed = retractions.edges.map((e: { node: Record<string, string> }) => e.node).filter((r: Record<string, string>) => r.id.includes(ns));
    expect(listed.map((r: Record<string, string>) => [r.id, r.recordType, r.reason, r.retractedBy]).sort()).toEqual([
      [POSITION, 'Position', 'The source misattributed the quote.', 'retract-editor'],
      [STATEMENT, 'Statement', 'The source misattributed the quote.', 'retract-editor'],
    ]);
    const exported = await h.data(`{ export(format: JSON) { files { content } } }`);
    expect(exported.export.files[0].content).not.toContain(ns + '-no-sides');
    expect(exported.export.files[0].content).toContain(PERSON);
    const { changes } = await h.data(`{ changes(recordId: "${STATEMENT}", first: 1) { edges { node { by outcome reason record entity { id } } } } }`);
    expect(changes.edges[0].node).toMatchObject({ by: 'retract-editor', outcome: 'RETRACTED', reason: 'The source misattributed the quote.', entity: null });
    expect(JSON.parse(changes.edges[0].node.record)).toMatchObject({ id: STATEMENT, text: WORDS, expresses: [POSITION] });
  });

  it('keeps a retracted id from being written again or pointed to until it is restored', async () => {
    const before = await graphState(h.db);
    const again = await h.gql(`mutation { upsertPerson(input: { id: "${STATEMENT}", name: "x" }) { outcome } }`, {}, editor.headers);
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const pointing = await h.gql(
      `mutation { upsertStatement(input: { id: "${STATEMENT}-2", kind: PARAPHRASE, text: "x", language: "en", date: "2001", expresses: ["${POSITION}"], citations: [{ source: "${SOURCE}" }] }) { outcome } }`,
      {},
      editor.headers,
    );
    expect(pointing.errors?.[0]?.extensions?.field).toBe('input.expresses[0]');
    expect(pointing.errors?.[0]?.message).toContain('was retracted');
    const twice = await retract([{ id: POSITION }]);
    expect(twice.errors?.[0]?.message).toContain('already retracted');
    expect(await graphState(h.db)).toEqual(before);
  });

  it('restores records as they were, refusing one whose records it points to are still retracted', async () => {
    const before = await graphState(h.db);
    const alone = await restore([STATEMENT]);
    expect(alone.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids[0].expresses[0]' });
    expect(await graphState(h.db)).toEqual(before);

    const response = await restore([STATEMENT, POSITION]);
    expect(response.errors?.[0]?.message).toBeUndefined();
    expect(response.data.restoreRecords.restored.find((r: { id: string }) => r.id === STATEMENT).version).toBe(versionBefore);
    expect(await shown()).toEqual({ statements: 1, stances: 1, found: 1, statement: STATEMENT, neighbours: [POSITION, STATEMENT] });
    const { changes } = await h.data(`{ changes(recordId: "${POSITION}", first: 1) { edges { node { by outcome reason } } } }`);
    expect(changes.edges[0].node).toEqual({ by: 'retract-editor', outcome: 'RESTORED', reason: 'Checked again: the quote is his.' });
  });

  it('works in the import format: Retraction lines of one batch go together, line by line, and run again unchanged', async () => {
    const line = (id: string, reason: unknown = 'Misattributed.') => ({ type: 'Retraction', id, reason });
    const alone = await importRecords(h.db, [line(POSITION), line(STATEMENT, ' ')], { actor: 'import:retract-test' });
    expect(alone.counts).toMatchObject({ refused: 2, retracted: 0 });
    expect(alone.refused.map((r) => r.issues[0].message)).toEqual([expect.stringContaining(`relied on by ${STATEMENT}`), expect.stringContaining('says why')]);
    expect(await shown()).toMatchObject({ statements: 1, stances: 1 });

    const together = await importRecords(h.db, [line(POSITION), line(STATEMENT)], { actor: 'import:retract-test' });
    expect(together.counts).toMatchObject({ refused: 0, retracted: 2 });
    expect(await shown()).toEqual({ statements: 0, stances: 0, found: 0, statement: null, neighbours: [] });
    expect((await importRecords(h.db, [line(POSITION), line(STATEMENT)], { actor: 'import:retract-test' })).counts).toMatchObject({ unchanged: 2 });
  });
});
