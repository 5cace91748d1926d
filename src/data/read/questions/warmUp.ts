import type { Database, Tx } from '../../database.js';
import { compareStances } from './compareStances.js';
import { connections } from './connections.js';
import { evacuationRecord } from './evacuationRecord.js';
import { graphOverview } from './graphOverview.js';
import { stanceHolders, stancesOf } from './heldStances.js';
import { mediationRecord } from './mediationRecord.js';
import { neighbourhood } from './neighbourhood.js';
import { MissingEntity } from './run.js';
import { search } from './search.js';
import { sharedStances } from './sharedStances.js';
import { stanceMatrix } from './stanceMatrix.js';
import { statementFeed } from './statementFeed.js';
import { stanceTimeline } from './stanceTimeline.js';
import { thirdPartiesInTalks } from './thirdParties.js';
import { whoSaidWhat } from './whoSaidWhat.js';

/** What `npm start` prints once every question has a plan; benchmarks wait for it before they measure. */
export const QUESTION_PLANS_READY = 'Every question has its query plan: first answers come at full speed.';

const NOBODY = 'person:plan-warm-up';
/** As long as a country's identifier (`country:KZ`), and no country's. */
const NO_COUNTRY = 'country:ZZ';
const WINDOW = { skip: 0, limit: 1 };
const TODAY = { asOf: null, standingOn: '2000-01-01' };
const NO_FILTERS = { stance: null, conflict: null, kind: null, language: null, from: null, to: null };

/** Every question once, about an identifier that names nothing: cheap to run, and its plan is made. */
const QUESTIONS: Array<(tx: Tx) => Promise<unknown>> = [
  (tx) => whoSaidWhat(tx, { by: NOBODY, about: null, from: null, to: null, kind: null }, WINDOW),
  (tx) => stanceHolders(tx, { stance: 'OFFER_TO_MEDIATE', toward: null, modality: null, ...TODAY }, WINDOW),
  (tx) => stancesOf(tx, { actor: NOBODY, toward: null, ...TODAY }, WINDOW),
  (tx) => mediationRecord(tx, { actor: NOBODY, role: null }, WINDOW),
  (tx) => thirdPartiesInTalks(tx, { involving: NOBODY, roles: ['HOST'], kind: null }, WINDOW),
  (tx) => connections(tx, { from: NOBODY, to: `${NOBODY}-2`, maxLength: 4, first: 1 }),
  (tx) => sharedStances(tx, { actor: NOBODY, toward: null, ...TODAY }, WINDOW),
  (tx) => compareStances(tx, { first: NOBODY, second: `${NOBODY}-2`, toward: null, ...TODAY }),
  (tx) => evacuationRecord(tx, { actor: NOBODY, from: null, to: null }),
  (tx) => search(tx, { query: 'folded:planwarmup', typed: 'plan warm-up', kinds: [] }, WINDOW),
  (tx) => graphOverview(tx, 1),
];

/** What the explorer asks when it opens an entity: its statements, network, stances and timeline. */
const EXPLORER_OPENING: Array<(id: string) => (tx: Tx) => Promise<unknown>> = [
  (id) => (tx) => statementFeed(tx, { entity: id, ...NO_FILTERS }, null, 1),
  // One statement serves both depths ($depth); the explorer opens at 2.
  (id) => (tx) => neighbourhood(tx, { id, depth: 2 }, WINDOW),
  (id) => (tx) => stanceMatrix(tx, { toward: null, actors: [id] }),
  (id) => (tx) => stanceTimeline(tx, { actor: id, toward: null, stance: null }, WINDOW),
];

/**
 * Neo4j keys a cached plan by the statement, its parameters' types and, for a string or a list, the order of
 * magnitude of its length (empty, 1, up to 10, up to 100, ...). So `country:KZ` (10 characters) is planned apart
 * from `person:alibek-bakayev` (21), and a filter left empty apart from one set: the explorer's opening reads are
 * asked for an identifier of each length, and the start page's questions as they are set (a country's words on
 * one day; the stances toward a conflict, whose identifiers are long).
 */
export const QUESTION_PLANS: Array<(tx: Tx) => Promise<unknown>> = [
  ...QUESTIONS,
  ...[NOBODY, NO_COUNTRY].flatMap((id) => EXPLORER_OPENING.map((read) => read(id))),
  (tx) => statementFeed(tx, { entity: NO_COUNTRY, ...NO_FILTERS, kind: 'QUOTE', from: '2026-03-03', to: '2026-03-03' }, null, 1),
  (tx) => stanceMatrix(tx, { toward: NOBODY, actors: [] }),
];

/**
 * Neo4j plans each question's large statement on first use, which takes seconds; asking every question
 * once at start, before any researcher does, leaves the plans in Neo4j's cache.
 */
export async function warmQuestionPlans(db: Database): Promise<void> {
  for (const question of QUESTION_PLANS) {
    try {
      await db.read(question, { timeoutMs: 120_000 });
    } catch (error) {
      if (!(error instanceof MissingEntity)) throw error;
    }
  }
}
