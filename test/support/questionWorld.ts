import type { Database } from '../../src/data/database.js';
import { importRecords } from '../../src/importer/importRecords.js';

/**
 * A made-up dispute between Malta and Nauru, with Iceland as host and later mediator and Liechtenstein as
 * observer, built through the import path so the questions are tested on data the seed does not shape.
 * Dates lie in 2031-2034, clear of the seed's. Every identifier carries `test-q`.
 */
export const BULLETIN = [
  'Reykjavik, 12 May 2031. Foreign Minister Timur Kaliyev said: “Iceland will host talks between Malta and Nauru if both parties ask.”',
  'He added that Iceland does not take sides in the dispute and is not aligning itself with either party.',
  'On 3 June 2032 he said that Iceland’s position remains unchanged.',
  'On 1 March 2033, now special envoy, he announced that Iceland would now mediate rather than only host.',
  'Þórður Guðmundsson, the ministry spokesman, confirmed the evacuation of 150 Icelanders from Nauru on 2 May 2033.',
].join('\n');

const SOURCE = 'source:test-q-bulletin';

/** A citation whose span covers `quoted` in the bulletin, exactly. */
function quote(quoted: string, match: 'EXACT' | 'SUPPORTS' = 'EXACT') {
  const start = BULLETIN.indexOf(quoted);
  if (start < 0) throw new Error(`not in the bulletin: ${quoted}`);
  return [{ source: SOURCE, start, end: start + quoted.length, match }];
}
const cited = [{ source: SOURCE }];

export const IDS = {
  kaliyev: 'person:test-q-kaliyev',
  thordur: 'person:test-q-thordur',
  mfa: 'org:test-q-is-mfa',
  dispute: 'conflict:test-q-malta-nauru',
  talks: 'process:test-q-valletta-talks',
  round1: 'round:test-q-valletta-talks/1',
  round2: 'round:test-q-valletta-talks/2',
  harbour: 'place:test-q-harbour',
  offerToHost: 'position:test-q-is/offer-to-host',
  notTakingSides: 'position:test-q-is/not-taking-sides',
  unchanged: 'position:test-q-is/not-taking-sides-2032',
  nonAlignment: 'position:test-q-is/non-alignment',
  offerToMediate: 'position:test-q-is/offer-to-mediate',
  hostQuote: 'statement:test-q/host-if-asked',
  noSides: 'statement:test-q/no-sides',
  unchangedSaid: 'statement:test-q/unchanged',
  mediateSaid: 'statement:test-q/mediate',
  evacuation: 'evacuation:test-q-is-2033',
} as const;

export function questionWorldRecords(): unknown[] {
  const statement = (id: string, kind: string, text: string, date: string, extra: Record<string, unknown>) => ({
    type: 'Statement',
    id,
    kind,
    text,
    language: 'en',
    date,
    about: [IDS.dispute],
    citations: quote(text),
    ...extra,
  });
  return [
    { type: 'Source', id: SOURCE, title: 'Bulletin of the Icelandic foreign ministry (made up for tests)', language: 'en', kind: 'OFFICIAL_DOCUMENT', text: BULLETIN },
    { type: 'Organization', id: IDS.mfa, name: 'Ministry for Foreign Affairs of Iceland (test)', kind: 'MINISTRY', country: 'country:IS', citations: quote('Iceland', 'SUPPORTS') },
    {
      type: 'Person',
      id: IDS.kaliyev,
      name: 'Timur Kaliyev',
      names: [
        { value: 'Timur Kaliyev', language: 'en', kind: 'OFFICIAL', citations: quote('Timur Kaliyev') },
        { value: 'Тимур Калиев', language: 'ru', kind: 'OFFICIAL', citations: cited },
      ],
    },
    { type: 'Person', id: IDS.thordur, name: 'Þórður Guðmundsson', names: [{ value: 'Þórður Guðmundsson', language: 'is', kind: 'OFFICIAL', citations: quote('Þórður Guðmundsson') }] },
    { type: 'Office', id: 'office:test-q-kaliyev/minister', title: 'Minister for Foreign Affairs', holder: IDS.kaliyev, organization: IDS.mfa, start: '2030-01', end: '2032-12', citations: cited },
    { type: 'Office', id: 'office:test-q-kaliyev/envoy', title: 'Special Envoy', holder: IDS.kaliyev, organization: IDS.mfa, start: '2033-01', citations: quote('now special envoy', 'SUPPORTS') },
    { type: 'Conflict', id: IDS.dispute, name: 'Malta–Nauru fishing dispute (test)', kind: 'DISPUTE', start: '2031', citations: cited },
    { type: 'Involvement', id: 'involvement:test-q/MT', actor: 'country:MT', conflict: IDS.dispute, role: 'PARTY', citations: cited },
    { type: 'Involvement', id: 'involvement:test-q/NR', actor: 'country:NR', conflict: IDS.dispute, role: 'PARTY', citations: cited },
    { type: 'Event', id: 'event:test-q-briefing-2031-05-12', name: 'Briefing of 12 May 2031', kind: 'BRIEFING', date: '2031-05-12', citations: cited },
    {
      type: 'Position', id: IDS.offerToHost, stance: 'OFFER_TO_HOST_TALKS', modality: 'CONDITIONAL', condition: 'if both parties ask',
      holder: 'country:IS', toward: IDS.dispute, until: '2033-03-01', citations: quote('if both parties ask', 'SUPPORTS'),
    },
    { type: 'Position', id: IDS.notTakingSides, stance: 'NOT_TAKING_SIDES', modality: 'ASSERTED', holder: 'country:IS', toward: IDS.dispute, citations: cited },
    {
      type: 'Position', id: IDS.unchanged, stance: 'NOT_TAKING_SIDES', modality: 'ASSERTED', holder: 'country:IS', toward: IDS.dispute,
      presentedAsUnchanged: true, reaffirms: [IDS.notTakingSides], citations: quote('remains unchanged', 'SUPPORTS'),
    },
    { type: 'Position', id: IDS.nonAlignment, stance: 'NON_ALIGNMENT', modality: 'ASSERTED', holder: 'country:IS', toward: IDS.dispute, until: '2032-09', citations: cited },
    {
      type: 'Position', id: IDS.offerToMediate, stance: 'OFFER_TO_MEDIATE', modality: 'ASSERTED', holder: 'country:IS', toward: IDS.dispute,
      supersedes: IDS.offerToHost, citations: cited,
    },
    { type: 'Position', id: 'position:test-q-li/not-taking-sides', stance: 'NOT_TAKING_SIDES', modality: 'ASSERTED', holder: 'country:LI', toward: IDS.dispute, citations: cited },
    { type: 'Position', id: 'position:test-q-li/no-hosting', stance: 'OFFER_TO_HOST_TALKS', modality: 'NEGATED', holder: 'country:LI', toward: IDS.dispute, citations: cited },
    { type: 'Position', id: 'position:test-q-li/peaceful', stance: 'PEACEFUL_SETTLEMENT', modality: 'ASSERTED', holder: 'country:LI', toward: IDS.dispute, citations: cited },
    statement(IDS.hostQuote, 'QUOTE', 'Iceland will host talks between Malta and Nauru if both parties ask.', '2031-05-12', {
      speaker: IDS.kaliyev, onBehalfOf: 'country:IS', occasion: 'event:test-q-briefing-2031-05-12', mentions: ['country:MT', 'country:NR'], expresses: [IDS.offerToHost],
    }),
    statement(IDS.noSides, 'PARAPHRASE', 'Iceland does not take sides in the dispute and is not aligning itself with either party', '2031-05-12', {
      speaker: IDS.kaliyev, onBehalfOf: 'country:IS', occasion: 'event:test-q-briefing-2031-05-12', expresses: [IDS.notTakingSides, IDS.nonAlignment],
    }),
    statement(IDS.unchangedSaid, 'PARAPHRASE', 'Iceland’s position remains unchanged', '2032-06-03', { speaker: IDS.kaliyev, onBehalfOf: 'country:IS', expresses: [IDS.unchanged] }),
    statement(IDS.mediateSaid, 'PARAPHRASE', 'Iceland would now mediate rather than only host', '2033-03-01', { speaker: IDS.kaliyev, onBehalfOf: IDS.mfa, expresses: [IDS.offerToMediate] }),
    {
      type: 'Statement', id: 'statement:test-q/liechtenstein', kind: 'PARAPHRASE', language: 'en', date: '2031-06',
      text: 'Liechtenstein takes no side, will not host talks and calls for a peaceful settlement', onBehalfOf: 'country:LI', about: [IDS.dispute],
      expresses: ['position:test-q-li/not-taking-sides', 'position:test-q-li/no-hosting', 'position:test-q-li/peaceful'], citations: cited,
    },
    {
      type: 'Place', id: IDS.harbour, name: 'New Harbour', kind: 'CITY', country: 'country:MT', citations: cited,
      names: [
        { value: 'Old Harbour', language: 'en', kind: 'FORMER', validTo: '2032-01-01', citations: cited },
        { value: 'New Harbour', language: 'en', kind: 'OFFICIAL', validFrom: '2032-01-01', citations: cited },
      ],
    },
    { type: 'NegotiationProcess', id: IDS.talks, name: 'Valletta talks (test)', concerns: [IDS.dispute], citations: cited },
    { type: 'NegotiationRound', id: IDS.round1, process: IDS.talks, ordinal: 1, start: '2031-11-20', venue: IDS.harbour, citations: cited },
    { type: 'NegotiationRound', id: IDS.round2, process: IDS.talks, ordinal: 2, start: '2033-04-10', end: '2033-04-11', venue: IDS.harbour, outcome: 'Agreed to meet again.', citations: cited },
    { type: 'Participation', id: 'participation:test-q/1/IS-host', role: 'HOST', actor: 'country:IS', process: IDS.talks, round: IDS.round1, citations: cited },
    { type: 'Participation', id: 'participation:test-q/2/IS-mediator', role: 'MEDIATOR', actor: 'country:IS', process: IDS.talks, round: IDS.round2, ledBy: IDS.kaliyev, citations: cited },
    { type: 'Participation', id: 'participation:test-q/MT', role: 'PARTY', actor: 'country:MT', process: IDS.talks, citations: cited },
    { type: 'Participation', id: 'participation:test-q/NR', role: 'PARTY', actor: 'country:NR', process: IDS.talks, citations: cited },
    { type: 'Participation', id: 'participation:test-q/LI', role: 'OBSERVER', actor: 'country:LI', process: IDS.talks, citations: cited },
    { type: 'EvacuationOperation', id: IDS.evacuation, name: 'Evacuation of Icelanders from Nauru (test)', conductedBy: 'country:IS', conflict: IDS.dispute, citations: cited },
    {
      type: 'EvacuationMovement', id: 'movement:test-q/by-fiji', operation: IDS.evacuation, description: 'By air from Nauru through Fiji', count: 120,
      countUnit: 'CITIZENS', date: '2033-05-02', status: 'COMPLETED',
      legs: [
        { sequence: 1, mode: 'FLIGHT', from: 'country:NR', to: ['country:FJ'] },
        { sequence: 2, mode: 'FLIGHT', from: 'country:FJ', to: ['country:IS'] },
      ],
      citations: quote('150 Icelanders from Nauru on 2 May 2033', 'SUPPORTS'),
    },
    {
      type: 'EvacuationMovement', id: 'movement:test-q/by-sea', operation: IDS.evacuation, description: 'By sea to the harbour', count: 30,
      countUnit: 'CITIZENS', date: '2033-05-02', status: 'COMPLETED', legs: [{ sequence: 1, mode: 'SEA', from: 'country:NR', to: [IDS.harbour] }], citations: cited,
    },
    {
      type: 'EvacuationMovement', id: 'movement:test-q/later', operation: IDS.evacuation, description: 'Those still waiting', countUnit: 'CITIZENS',
      date: '2033-05-03', status: 'PLANNED', citations: cited,
    },
  ];
}

export async function buildQuestionWorld(db: Database): Promise<void> {
  const summary = await importRecords(db, questionWorldRecords(), { actor: 'test' });
  if (summary.refused.length) throw new Error(`question world refused: ${JSON.stringify(summary.refused[0])}`);
}

/** Leaves the shared graph as the seed made it, for the files that run next. */
export async function removeQuestionWorld(db: Database): Promise<void> {
  await db.write((tx) =>
    tx.run(`MATCH (n:Entity) WHERE n.id CONTAINS 'test-q'
            OPTIONAL MATCH (n)-[:HAS_NAME|HAS_LEG]->(part)
            DETACH DELETE part, n`),
  );
}
