import type { Tx } from '../../database.js';
import { DEFAULT_DATE_MATCH } from '../../../records/partialDate.js';
import { compareStances } from './compareStances.js';
import { connections } from './connections.js';
import { evacuationRecord } from './evacuationRecord.js';
import { graphOverview } from './graphOverview.js';
import { stanceHolders, stancesOf } from './heldStances.js';
import { mediationRecord } from './mediationRecord.js';
import { neighbourhood } from './neighbourhood.js';
import { search } from './search.js';
import { sharedStances } from './sharedStances.js';
import { stanceMatrix } from './stanceMatrix.js';
import { statementFeed } from './statementFeed.js';
import { stanceTimeline } from './stanceTimeline.js';
import { thirdPartiesInTalks } from './thirdParties.js';
import { whoSaidWhat } from './whoSaidWhat.js';

/**
 * The relationship questions, by their field on Query. Everything that must cover every question reads this
 * list: the resolvers (typed against its names), the plan warm-up, the round-trip and Cypher snapshot tests,
 * the benchmark and the docs check. A question added here and nowhere else fails all of them.
 */
export interface Question {
  /** Each distinct statement the question sends, asked about an identifier that names nothing: cheap, and its plan is made. */
  planWarmUps: Array<(tx: Tx) => Promise<unknown>>;
}

const NOBODY = 'person:plan-warm-up';
/** As long as a country's identifier (`country:KZ`), and no country's. */
const NO_COUNTRY = 'country:ZZ';
const TOP = { after: null, limit: 1 };
const TODAY = { asOf: null, standingOn: '2000-01-01' };
const NO_FILTERS = { stance: null, conflict: null, kind: null, language: null, from: null, to: null, dateMatch: DEFAULT_DATE_MATCH };

/**
 * Neo4j keys a cached plan by the statement, its parameters' types and, for a string or a list, the order of
 * magnitude of its length (empty, 1, up to 10, up to 100, ...). So `country:KZ` (10 characters) is planned apart
 * from `person:alibek-bakayev` (21), and a filter left empty apart from one set: the explorer's opening reads are
 * asked for an identifier of each length, and the start page's questions as they are set.
 */
const OPENED = [NOBODY, NO_COUNTRY];

export const QUESTIONS = {
  whoSaidWhat: { planWarmUps: [(tx) => whoSaidWhat(tx, { by: NOBODY, about: null, from: null, to: null, dateMatch: DEFAULT_DATE_MATCH, kind: null }, null, TOP.limit)] },
  stanceHolders: { planWarmUps: [(tx) => stanceHolders(tx, { stance: 'OFFER_TO_MEDIATE', toward: null, modality: null, withStatements: true, ...TODAY }, null, 1)] },
  stancesOf: { planWarmUps: [(tx) => stancesOf(tx, { actor: NOBODY, toward: null, withStatements: true, ...TODAY }, TOP)] },
  stanceTimeline: { planWarmUps: OPENED.map((id) => (tx: Tx) => stanceTimeline(tx, { actor: id, toward: null, stance: null }, TOP)) },
  mediationRecord: { planWarmUps: [(tx) => mediationRecord(tx, { actor: NOBODY, role: null, withEvidence: true }, null, TOP.limit)] },
  thirdPartiesInTalks: { planWarmUps: [(tx) => thirdPartiesInTalks(tx, { involving: NOBODY, roles: ['HOST'], kind: null }, TOP)] },
  connections: { planWarmUps: [(tx) => connections(tx, { from: NOBODY, to: `${NOBODY}-2`, maxLength: 4, first: 1 })] },
  // One statement serves both depths ($depth); the explorer opens at 2.
  neighbourhood: { planWarmUps: OPENED.map((id) => (tx: Tx) => neighbourhood(tx, { id, depth: 2 }, null, TOP.limit)) },
  sharedStances: { planWarmUps: [(tx) => sharedStances(tx, { actor: NOBODY, toward: null, ...TODAY }, TOP)] },
  compareStances: { planWarmUps: [(tx) => compareStances(tx, { first: NOBODY, second: `${NOBODY}-2`, toward: null, ...TODAY })] },
  evacuationRecord: { planWarmUps: [(tx) => evacuationRecord(tx, { actor: NOBODY, from: null, to: null, dateMatch: DEFAULT_DATE_MATCH })] },
  search: { planWarmUps: [(tx) => search(tx, { text: 'plan warm-up', kinds: [] }, TOP)] },
  statementFeed: {
    planWarmUps: [
      ...OPENED.map((id) => (tx: Tx) => statementFeed(tx, { entity: id, ...NO_FILTERS }, null, 1)),
      // The start page's example: a country's quotes on one day.
      (tx) => statementFeed(tx, { entity: NO_COUNTRY, ...NO_FILTERS, kind: 'QUOTE', from: '2026-03-03', to: '2026-03-03' }, null, 1),
    ],
  },
  stanceMatrix: {
    planWarmUps: [
      ...OPENED.map((id) => (tx: Tx) => stanceMatrix(tx, { toward: null, actors: [id] })),
      (tx) => stanceMatrix(tx, { toward: NOBODY, actors: [] }),
    ],
  },
  graphOverview: { planWarmUps: [(tx) => graphOverview(tx, 0)] },
} satisfies Record<string, Question>;

export type QuestionName = keyof typeof QUESTIONS;

export const QUESTION_NAMES = Object.keys(QUESTIONS) as QuestionName[];

/** Every statement the questions send, once each. */
export const PLAN_WARM_UPS = (Object.values(QUESTIONS) as Question[]).flatMap((q) => q.planWarmUps);
