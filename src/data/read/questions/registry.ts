import type { Tx } from '../../database.js';
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
const WINDOW = { skip: 0, limit: 1 };
const TODAY = { asOf: null, standingOn: '2000-01-01' };

export const QUESTIONS = {
  whoSaidWhat: { planWarmUps: [(tx) => whoSaidWhat(tx, { by: NOBODY, about: null, from: null, to: null, kind: null }, WINDOW)] },
  stanceHolders: { planWarmUps: [(tx) => stanceHolders(tx, { stance: 'OFFER_TO_MEDIATE', toward: null, modality: null, ...TODAY }, WINDOW)] },
  stancesOf: { planWarmUps: [(tx) => stancesOf(tx, { actor: NOBODY, toward: null, ...TODAY }, WINDOW)] },
  stanceTimeline: { planWarmUps: [(tx) => stanceTimeline(tx, { actor: NOBODY, toward: null, stance: null }, WINDOW)] },
  mediationRecord: { planWarmUps: [(tx) => mediationRecord(tx, { actor: NOBODY, role: null }, WINDOW)] },
  thirdPartiesInTalks: { planWarmUps: [(tx) => thirdPartiesInTalks(tx, { involving: NOBODY, roles: ['HOST'], kind: null }, WINDOW)] },
  connections: { planWarmUps: [(tx) => connections(tx, { from: NOBODY, to: `${NOBODY}-2`, maxLength: 4, first: 1 })] },
  neighbourhood: {
    // The explorer opens an entity at depth 2, whose statement differs from depth 1's.
    planWarmUps: [(tx) => neighbourhood(tx, { id: NOBODY, depth: 1 }, WINDOW), (tx) => neighbourhood(tx, { id: NOBODY, depth: 2 }, WINDOW)],
  },
  sharedStances: { planWarmUps: [(tx) => sharedStances(tx, { actor: NOBODY, toward: null, ...TODAY }, WINDOW)] },
  compareStances: { planWarmUps: [(tx) => compareStances(tx, { first: NOBODY, second: `${NOBODY}-2`, toward: null, ...TODAY })] },
  evacuationRecord: { planWarmUps: [(tx) => evacuationRecord(tx, { actor: NOBODY, from: null, to: null })] },
  search: { planWarmUps: [(tx) => search(tx, { text: 'plan warm-up', kinds: [] }, WINDOW)] },
  statementFeed: {
    planWarmUps: [(tx) => statementFeed(tx, { entity: NOBODY, stance: null, conflict: null, kind: null, language: null, from: null, to: null }, null, 1)],
  },
  stanceMatrix: { planWarmUps: [(tx) => stanceMatrix(tx, { toward: null, actors: [NOBODY] })] },
  graphOverview: { planWarmUps: [(tx) => graphOverview(tx, 1)] },
} satisfies Record<string, Question>;

export type QuestionName = keyof typeof QUESTIONS;

export const QUESTION_NAMES = Object.keys(QUESTIONS) as QuestionName[];

/** Every statement the questions send, once each. */
export const PLAN_WARM_UPS = (Object.values(QUESTIONS) as Question[]).flatMap((q) => q.planWarmUps);
