import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { propose } from '../src/annotate/propose.js';
import { gazetteerFromRecords } from '../src/annotate/recordsGazetteer.js';
import { importRecords } from '../src/importer/importRecords.js';
import { stanceDefinitionId } from '../src/records/stanceIds.js';
import { loadSeed, seedRecords } from '../src/seed/load.js';
import { editorToken, graphState, namespace, removeNamespace, spanOf } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

/**
 * The stance codebook is data in the graph: an editor adds a code through the API, a position uses it and
 * the questions label it from the graph; a code without a definition is refused; a stance can be toward
 * an actor or an act; the codebook exports and imports back unchanged; the seed holds today's nine codes
 * word for word and loads twice without change.
 */

const ns = namespace('codebook');
const NS = ns.toUpperCase().replaceAll('-', '_');
const editor = editorToken('codebook-editor');
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const QUOTE = 'We urge a ceasefire now, and condemn the strikes on our neighbours.';
const TEXT = `Statement ${ns}.\n"${QUOTE}"`;
const source = id('source', 'statement');
const CEASEFIRE = `CEASEFIRE_CALL_${NS}`;
const ceasefireId = stanceDefinitionId(CEASEFIRE);

let h: Harness;

async function write(mutation: string, inputType: string, input: Record<string, unknown>, selection = '') {
  const response = await h.gql(`mutation ($input: ${inputType}!) { ${mutation}(input: $input) { outcome ${selection} } }`, { input }, editor.headers);
  if (response.errors) throw new Error(response.errors.map((e) => `${e.extensions?.field}: ${e.message}`).join('\n'));
  return response.data[mutation];
}

const position = (name: string, stance: string, toward?: string) => ({
  id: id('position', name),
  stance,
  modality: 'ASSERTED',
  holder: 'country:KZ',
  ...(toward ? { toward } : {}),
  citations: [{ source, ...spanOf(TEXT, QUOTE) }],
});

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
  await write('upsertSource', 'SourceInput', { id: source, language: 'en', kind: 'OFFICIAL_DOCUMENT', text: TEXT });
});

afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('the seed codebook', () => {
  it("holds today's nine codes word for word, with the issue's new ones, each with its mappings", async () => {
    const { stanceCodes } = await h.data('{ stanceCodes { code label definition broader { code } cameo { code label quality note } plover { code quality } addedBy } }');
    const byCode = new Map(stanceCodes.map((d: any) => [d.code, d]));
    expect(byCode.get('NOT_TAKING_SIDES')).toEqual({
      code: 'NOT_TAKING_SIDES',
      label: 'Not taking sides',
      definition: 'The actor declares it supports neither side of a conflict (neutrality toward that conflict).',
      broader: null,
      cameo: { code: null, label: null, quality: 'NONE', note: 'CAMEO has no neutrality event; such declarations fall under 010 "Make statement, not specified below".' },
      plover: { code: null, quality: 'NONE' },
      addedBy: 'seed',
    });
    expect(byCode.get('OFFER_TO_MEDIATE')).toMatchObject({ cameo: { code: '039', label: 'Express intent to mediate', quality: 'EXACT', note: null } });
    for (const code of ['EXPRESSION_OF_CONCERN', 'CALL_FOR_RESTRAINT', 'DISAPPROVAL', 'CONDEMNATION', 'PROPOSAL_TO_END_OR_SUSPEND_TALKS', 'PERMANENT_NEUTRALITY', 'RECOGNITION', 'SUPPORT_FOR_PROPOSAL']) {
      expect(byCode.has(code), code).toBe(true);
    }
    expect(byCode.get('CONDEMNATION')).toMatchObject({ broader: { code: 'DISAPPROVAL' } });
  });

  it('loads a second time without changing anything', async () => {
    const before = await graphState(h.db);
    const summary = await loadSeed(h.db);
    expect(summary.counts).toMatchObject({ created: 0, updated: 0, refused: 0 });
    expect(await graphState(h.db)).toEqual(before);
  });
});

describe('an editor extending the codebook', () => {
  it('adds a code under a broader one, says who added it and when, and a position using it is answered with its label', async () => {
    const started = new Date();
    const added = await write('upsertStanceDefinition', 'StanceDefinitionInput', {
      id: ceasefireId,
      code: CEASEFIRE,
      label: 'Call for a ceasefire',
      definition: 'The actor calls on the parties to cease fire.',
      broader: 'stance:call-for-restraint',
      cameoCode: '0256',
      cameoLabel: 'Appeal for de-escalation of military engagement',
      cameoQuality: 'CLOSEST',
      ploverNote: 'Not mapped yet.',
    }, 'stanceDefinition { id code label broader { code label } cameo { code quality } plover { code quality note } addedBy addedAt }');
    expect(added).toEqual({
      outcome: 'CREATED',
      stanceDefinition: {
        id: ceasefireId,
        code: CEASEFIRE,
        label: 'Call for a ceasefire',
        broader: { code: 'CALL_FOR_RESTRAINT', label: 'Call for restraint' },
        cameo: { code: '0256', quality: 'CLOSEST' },
        plover: { code: null, quality: 'NONE', note: 'Not mapped yet.' },
        addedBy: 'codebook-editor',
        addedAt: expect.any(String),
      },
    });
    expect(Date.parse(added.stanceDefinition.addedAt)).toBeGreaterThanOrEqual(started.getTime() - 1000);
    const restraint = await h.data('{ node(id: "stance:call-for-restraint") { ... on StanceDefinition { narrower { code } } } }');
    expect(restraint.node.narrower).toContainEqual({ code: CEASEFIRE });

    // The code written bare in the document, as enum values were.
    const response = await h.gql(
      `mutation ($input: PositionInput!) { upsertPosition(input: $input) { outcome position { stance stanceDefinition { label } } } }`,
      { input: position('ceasefire', CEASEFIRE, 'conflict:middle-east-2026') },
      editor.headers,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.upsertPosition.position).toEqual({ stance: CEASEFIRE, stanceDefinition: { label: 'Call for a ceasefire' } });

    const holders = await h.data(`{ stanceHolders(stance: ${CEASEFIRE}, toward: "conflict:middle-east-2026") { edges { node { id stance stanceLabel holder { id } } } } }`);
    expect(holders.stanceHolders.edges.map((e: any) => e.node)).toEqual([
      { id: id('position', 'ceasefire'), stance: CEASEFIRE, stanceLabel: 'Call for a ceasefire', holder: { id: 'country:KZ' } },
    ]);
    const of = await h.data('{ stancesOf(actor: "country:KZ", first: 100) { edges { node { stance stanceLabel } } } }');
    expect(of.stancesOf.edges.map((e: any) => e.node)).toContainEqual({ stance: CEASEFIRE, stanceLabel: 'Call for a ceasefire' });
  });

  it('refuses a position whose code the codebook does not define, naming the code and how to add it, and writes nothing', async () => {
    const before = await graphState(h.db);
    const response = await h.gql(
      'mutation ($input: PositionInput!) { upsertPosition(input: $input) { outcome } }',
      { input: position('undefined', `NEVER_DEFINED_${NS}`) },
      editor.headers,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stance' });
    expect(response.errors?.[0].message).toContain(`"NEVER_DEFINED_${NS}" has no definition in the codebook`);
    expect(response.errors?.[0].message).toContain('upsertStanceDefinition');
    expect(await graphState(h.db)).toEqual(before);
  });

  it('refuses a code that is not written as a code, before anything runs', async () => {
    const response = await h.gql('{ stanceHolders(stance: "sort of neutral") { totalCount } }');
    expect(response.errors?.[0].message).toMatch(/"sort of neutral" is not a stance code: a stance code is 2 to 64 capital letters/);
  });

  it('takes a definition and the position using it in one import batch', async () => {
    const code = `JOINT_${NS}`;
    const summary = await importRecords(
      h.db,
      [
        { type: 'Position', ...position('joint', code) },
        { type: 'StanceDefinition', id: stanceDefinitionId(code), code, label: 'Joint code', definition: 'Added with its first use.' },
      ],
      { actor: 'codebook-import' },
    );
    expect(summary.refused).toEqual([]);
    expect(summary.counts.created).toBe(2);
  });
});

describe('what a stance is toward', () => {
  it('can be an actor or an act, each readable from the position and answered by stancesOf', async () => {
    await write('upsertEvent', 'EventInput', {
      id: id('event', 'strikes'),
      name: "Iran's strikes on Arab states",
      kind: 'ACT',
      date: '2026-03',
      actors: ['country:IR'],
      targets: ['country:AE', 'country:QA'],
      citations: [{ source }],
    });
    await write('upsertPosition', 'PositionInput', { ...position('condemns-strikes', 'CONDEMNATION', id('event', 'strikes')) });
    await write('upsertPosition', 'PositionInput', { ...position('supports-iran', 'SUPPORT_FOR_PARTY', 'country:IR') });

    const data = await h.data(`{
      act: position(id: "${id('position', 'condemns-strikes')}") { toward { __typename id name ... on Event { kind actors { id } targets { id } } } }
      actor: position(id: "${id('position', 'supports-iran')}") { toward { __typename id name } }
      towardAct: stancesOf(actor: "country:KZ", toward: "${id('event', 'strikes')}") { edges { node { stance stanceLabel toward { id kind name } } } }
    }`);
    expect(data.act.toward).toEqual({
      __typename: 'Event',
      id: id('event', 'strikes'),
      name: "Iran's strikes on Arab states",
      kind: 'ACT',
      actors: [{ id: 'country:IR' }],
      targets: [{ id: 'country:AE' }, { id: 'country:QA' }],
    });
    expect(data.actor.toward).toEqual({ __typename: 'Country', id: 'country:IR', name: expect.stringContaining('Iran') });

    // Support for Iran is not the same stance as support for a party in general.
    await write('upsertPosition', 'PositionInput', { ...position('general-support', 'SUPPORT_FOR_PARTY'), holder: 'country:RU' });
    const shared = await h.data('{ sharedStances(actor: "country:KZ", first: 100) { edges { node { stance toward { id } } } } }');
    expect(shared.sharedStances.edges.map((e: any) => e.node.stance)).not.toContain('SUPPORT_FOR_PARTY');
    expect(data.towardAct.edges.map((e: any) => e.node)).toEqual([
      { stance: 'CONDEMNATION', stanceLabel: 'Condemnation', toward: { id: id('event', 'strikes'), kind: 'Event', name: "Iran's strikes on Arab states" } },
    ]);
  });

  it('refuses actors and targets on an event that is not an act', async () => {
    const response = await h.gql(
      'mutation ($input: EventInput!) { upsertEvent(input: $input) { outcome } }',
      { input: { id: id('event', 'briefing'), name: 'Briefing', kind: 'BRIEFING', date: '2026-03-03', actors: ['country:KZ'], citations: [{ source }] } },
      editor.headers,
    );
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actors' });
  });
});

describe('the export', () => {
  it('gives the codebook with its broader links as import records that read back unchanged', async () => {
    const response = await h.gql('{ export(format: JSON) { files { content } } }');
    expect(response.errors).toBeUndefined();
    const records = response.data.export.files[0].content.trim().split('\n').map((l: string) => JSON.parse(l));
    const at = (rid: string) => records.findIndex((r: any) => r.id === rid);
    expect(records[at(ceasefireId)]).toEqual({
      type: 'StanceDefinition',
      id: ceasefireId,
      code: CEASEFIRE,
      label: 'Call for a ceasefire',
      definition: 'The actor calls on the parties to cease fire.',
      broader: 'stance:call-for-restraint',
      cameoCode: '0256',
      cameoLabel: 'Appeal for de-escalation of military engagement',
      cameoQuality: 'CLOSEST',
      ploverQuality: 'NONE',
      ploverNote: 'Not mapped yet.',
    });
    expect(at('stance:call-for-restraint')).toBeLessThan(at(ceasefireId));
    expect(at(ceasefireId)).toBeLessThan(at(id('position', 'ceasefire')));
    const before = await graphState(h.db);
    const summary = await importRecords(h.db, records, { actor: 'codebook-reimport' });
    expect(summary.refused).toEqual([]);
    expect(summary.counts.unchanged).toBe(records.length);
    expect(await graphState(h.db)).toEqual(before);
  });
});

describe('the annotation proposer', () => {
  it('proposes only codes the codebook defines', () => {
    const text = '"Kazakhstan does not take sides in this conflict," the foreign minister said on Tuesday.';
    const codes = (records: Array<Record<string, unknown>>) =>
      propose({ text, language: 'en', published: '2026-03-03' }, gazetteerFromRecords(records)).proposals.flatMap((p) => p.stances.map((st) => st.code));
    const seed = seedRecords() as Array<Record<string, unknown>>;
    expect(codes(seed)).toEqual(['NOT_TAKING_SIDES']);
    expect(codes(seed.filter((r) => r.id !== 'stance:not-taking-sides'))).toEqual([]);
  });
});
