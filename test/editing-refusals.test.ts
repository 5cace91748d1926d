import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken, graphState, namespace, removeNamespace, spanOf } from './support/editing.js';
import { startHarness, type Harness } from './support/harness.js';

const ns = namespace('refuse');
const editor = editorToken('refusal-tester');
const QUOTE = 'Kazakhstan will not take sides.';
const TEXT = `Notes ${ns}. ${QUOTE} The rest of the notes.`;
const id = (kind: string, name: string) => `${kind}:${ns}-${name}`;
const source = id('source', 'notes');
const span = spanOf(TEXT, QUOTE);

let h: Harness;

const statement = (overrides: Record<string, unknown> = {}) => ({
  id: id('statement', 'refused'),
  kind: 'QUOTE',
  text: QUOTE,
  language: 'en',
  date: '1999-05-01',
  onBehalfOf: 'country:KZ',
  citations: [{ source, ...span, match: 'EXACT' }],
  ...overrides,
});

const MUTATIONS: Record<string, string> = {
  upsertStatement: 'StatementInput',
  upsertCountry: 'CountryInput',
  upsertOffice: 'OfficeInput',
  upsertPosition: 'PositionInput',
  upsertNegotiationRound: 'NegotiationRoundInput',
  upsertEvacuationMovement: 'EvacuationMovementInput',
  upsertSource: 'SourceInput',
};

/** Sends a write that must be refused; returns its one error after checking that the graph is as it was. */
async function refused(mutation: string, input: Record<string, unknown>) {
  const before = await graphState(h.db);
  const response = await h.gql(`mutation ($input: ${MUTATIONS[mutation]}!) { ${mutation}(input: $input) { outcome } }`, { input }, editor.headers);
  expect(response.data?.[mutation] ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(await graphState(h.db)).toEqual(before);
  return response.errors![0];
}

function expectRefusal(error: { message: string; extensions?: Record<string, any> }, field: string, words: RegExp) {
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.field).toBe(field);
  expect(error.message).toMatch(words);
}

beforeAll(async () => {
  h = await startHarness({ EDITOR_TOKENS: editor.entry });
  const response = await h.gql('mutation ($input: SourceInput!) { upsertSource(input: $input) { outcome } }', {
    input: { id: source, language: 'en', kind: 'RESEARCH_NOTES', text: TEXT },
  }, editor.headers);
  expect(response.errors).toBeUndefined();
  const noText = await h.gql('mutation ($input: SourceInput!) { upsertSource(input: $input) { outcome } }', {
    input: { id: id('source', 'no-text'), language: 'en', kind: 'WEB_PAGE', url: 'https://example.org/a' },
  }, editor.headers);
  expect(noText.errors).toBeUndefined();
});

afterAll(async () => {
  await removeNamespace(h.db, ns);
  await h.close();
});

describe('a fact without a source', () => {
  it('is refused when it has no citations at all', async () => {
    const { citations: _omitted, ...withoutCitations } = statement();
    expectRefusal(await refused('upsertStatement', withoutCitations), 'input.citations', /at least one source/);
  });

  it('is refused when its citation list is empty', async () => {
    expectRefusal(await refused('upsertStatement', statement({ citations: [] })), 'input.citations', /at least one source/);
  });

  it('is refused when the cited source is not held', async () => {
    const error = await refused('upsertStatement', statement({ citations: [{ source: 'source:nowhere-to-be-found' }] }));
    expectRefusal(error, 'input.citations[0].source', /"source:nowhere-to-be-found" does not exist/);
  });
});

describe('a quote checked against the source text we hold', () => {
  it('is refused when the span reads other words', async () => {
    const error = await refused('upsertStatement', statement({ citations: [{ source, start: span.start + 1, end: span.end + 1, match: 'EXACT' }] }));
    expectRefusal(error, 'input.citations[0].end', /reads ".*", not the quoted text/);
  });

  it('is refused when the quote differs from the words the span reads', async () => {
    const error = await refused('upsertStatement', statement({ text: 'Kazakhstan will take sides.' }));
    expectRefusal(error, 'input.citations[0].end', /not the quoted text/);
  });

  it('is refused when the span runs past the end of the text', async () => {
    const error = await refused('upsertStatement', statement({ citations: [{ source, start: 0, end: 100_000, match: 'SUPPORTS' }] }));
    expectRefusal(error, 'input.citations[0].end', /source text has \d+ characters/);
  });

  it('is refused when the source has no text to point into', async () => {
    const error = await refused('upsertStatement', statement({ citations: [{ source: id('source', 'no-text'), start: 0, end: 5 }] }));
    expectRefusal(error, 'input.citations[0].start', /has no text held/);
  });
});

describe('malformed spans', () => {
  it('refuses a span that ends before it starts', async () => {
    const error = await refused('upsertStatement', statement({ citations: [{ source, start: 20, end: 10 }] }));
    expectRefusal(error, 'input.citations[0].end', /must end after it starts/);
  });

  it('refuses a span with a start and no end', async () => {
    const error = await refused('upsertStatement', statement({ citations: [{ source, start: 20 }] }));
    expectRefusal(error, 'input.citations[0].end', /needs both start and end/);
  });

  it('refuses an exact match without a span', async () => {
    const error = await refused('upsertStatement', statement({ citations: [{ source, match: 'EXACT' }] }));
    expectRefusal(error, 'input.citations[0].match', /EXACT needs a span/);
  });

  it('refuses a negative offset', async () => {
    const error = await refused('upsertStatement', statement({ citations: [{ source, start: -1, end: 4 }] }));
    expectRefusal(error, 'input.citations[0].start', /must be 0 or more, not -1/);
  });
});

describe('unknown ISO codes', () => {
  it('refuses a country code ISO 3166 does not have', async () => {
    const error = await refused('upsertCountry', { id: 'country:XQ', iso2: 'XQ', iso3: 'XQQ', name: 'Nowhere' });
    expectRefusal(error, 'input.iso2', /"XQ" is not an ISO 3166-1 alpha-2 country code/);
  });

  it('refuses an alpha-3 code that belongs to another country', async () => {
    const error = await refused('upsertCountry', { id: 'country:KZ', iso2: 'KZ', iso3: 'KGZ', name: 'Kazakhstan' });
    expectRefusal(error, 'input.iso3', /whose alpha-3 code is KAZ/);
  });

  it('refuses a code in the wrong form', async () => {
    const error = await refused('upsertCountry', { id: 'country:kz', iso2: 'kz', iso3: 'KAZ', name: 'Kazakhstan' });
    expectRefusal(error, 'input.iso2', /two capital letters/);
  });
});

describe('impossible dates', () => {
  it('refuses a day that does not exist', async () => {
    expectRefusal(await refused('upsertStatement', statement({ date: '1999-02-30' })), 'input.date', /"1999-02-30" is not a real date/);
  });

  it('refuses a date in another form', async () => {
    expectRefusal(await refused('upsertStatement', statement({ date: '03/05/1999' })), 'input.date', /write YYYY, YYYY-MM or YYYY-MM-DD/);
  });

  it('refuses an office that ends before it starts', async () => {
    const error = await refused('upsertOffice', {
      id: id('office', 'backwards'), title: 'Minister', holder: 'person:alibek-bakayev', organization: 'org:kz-mfa',
      start: '2020-05', end: '2019', citations: [{ source }],
    });
    expectRefusal(error, 'input.end', /ends before it starts/);
  });

  it('refuses a round that ends before it starts on the same month', async () => {
    const error = await refused('upsertNegotiationRound', {
      id: id('round', 'backwards'), process: 'process:iran-p5-plus-1-2013', start: '2013-02-27', end: '2013-02-26', citations: [{ source }],
    });
    expectRefusal(error, 'input.end', /ends before it starts/);
  });
});

describe('unknown enum values', () => {
  it('refuses a stance code the codebook does not define, naming the field', async () => {
    const error = await refused('upsertPosition', {
      id: id('position', 'maybe'), stance: 'SORT_OF_NEUTRAL', modality: 'ASSERTED', holder: 'country:KZ', citations: [{ source }],
    });
    expectRefusal(error, 'input.stance', /the stance code "SORT_OF_NEUTRAL" has no definition in the codebook/);
  });

  it('refuses an unknown span match inside a citation', async () => {
    const error = await refused('upsertStatement', statement({ citations: [{ source, ...span, match: 'ROUGHLY' }] }));
    expectRefusal(error, 'input.citations[0].match', /"ROUGHLY" does not exist in "SpanMatch"/);
  });

  it('refuses a transport mode of an evacuation leg', async () => {
    const error = await refused('upsertEvacuationMovement', {
      id: id('movement', 'camel'), operation: 'evacuation:kz-middle-east-2026', description: 'x', countUnit: 'PEOPLE', status: 'PLANNED',
      legs: [{ sequence: 1, mode: 'CAMEL' }], citations: [{ source }],
    });
    expectRefusal(error, 'input.legs[0].mode', /"CAMEL" does not exist in "TransportMode"/);
  });
});

describe('over-long and missing text', () => {
  it('refuses a statement longer than 20,000 characters', async () => {
    expectRefusal(await refused('upsertStatement', statement({ text: 'a'.repeat(20_001) })), 'input.text', /too long: at most 20000 characters/);
  });

  it('refuses a blank statement', async () => {
    expectRefusal(await refused('upsertStatement', statement({ text: '   ' })), 'input.text', /must not be blank/);
  });

  it('refuses a write that leaves out a required field', async () => {
    const { text: _omitted, ...withoutText } = statement();
    expectRefusal(await refused('upsertStatement', withoutText), 'input.text', /required type "String!" was not provided/);
  });
});

describe('references and cross-field rules', () => {
  it('refuses a speaker who is not held', async () => {
    expectRefusal(await refused('upsertStatement', statement({ speaker: 'person:nobody-we-know' })), 'input.speaker', /does not exist \(add it first\)/);
  });

  it('refuses a speaker who is not a person', async () => {
    expectRefusal(await refused('upsertStatement', statement({ speaker: 'country:KZ' })), 'input.speaker', /is a Country; expected Person/);
  });

  it('refuses an identifier of the wrong kind', async () => {
    expectRefusal(await refused('upsertStatement', statement({ id: `person:${ns}` })), 'input.id', /must start with "statement:"/);
  });

  it('refuses a conditional position without its condition', async () => {
    const error = await refused('upsertPosition', {
      id: id('position', 'conditional'), stance: 'OFFER_TO_HOST_TALKS', modality: 'CONDITIONAL', holder: 'country:KZ', citations: [{ source }],
    });
    expectRefusal(error, 'input.condition', /CONDITIONAL position needs the condition/);
  });

  it('refuses a movement whose leg goes to a place not held, writing none of it', async () => {
    const error = await refused('upsertEvacuationMovement', {
      id: id('movement', 'lost'), operation: 'evacuation:kz-middle-east-2026', description: 'x', countUnit: 'PEOPLE', status: 'PLANNED',
      legs: [{ sequence: 1, to: ['country:KZ', 'place:atlantis'] }], citations: [{ source }],
    });
    expectRefusal(error, 'input.legs[0].to[1]', /"place:atlantis" does not exist/);
  });

  it('reports every problem of a record, with the first one as the field', async () => {
    const error = await refused('upsertStatement', statement({ date: '1999-13', language: 'English' }));
    expect(error.extensions?.field).toBe('input.language');
    expect(error.message).toMatch(/input\.language: .*BCP 47.*; input\.date: .*not a real date/);
  });

  it('refuses an audit-trail filter that is not a date', async () => {
    const response = await h.gql('{ changes(from: "last week") { totalCount } }');
    expectRefusal(response.errors![0], 'from', /neither a date/);
  });
});
