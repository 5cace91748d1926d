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
const WINDOW = { skip: 0, limit: 1 };
const TODAY = { asOf: null, standingOn: '2000-01-01' };

/** Every question once, about an identifier that names nothing: cheap to run, and its plan is made. */
const QUESTIONS: Array<(tx: Tx) => Promise<unknown>> = [
  (tx) => whoSaidWhat(tx, { by: NOBODY, about: null, from: null, to: null, kind: null }, WINDOW),
  (tx) => stanceHolders(tx, { stance: 'OFFER_TO_MEDIATE', toward: null, modality: null, ...TODAY }, WINDOW),
  (tx) => stancesOf(tx, { actor: NOBODY, toward: null, ...TODAY }, WINDOW),
  (tx) => stanceTimeline(tx, { actor: NOBODY, toward: null, stance: null }, WINDOW),
  (tx) => mediationRecord(tx, { actor: NOBODY, role: null }, WINDOW),
  (tx) => thirdPartiesInTalks(tx, { involving: NOBODY, roles: ['HOST'], kind: null }, WINDOW),
  (tx) => connections(tx, { from: NOBODY, to: `${NOBODY}-2`, maxLength: 4, first: 1 }),
  (tx) => neighbourhood(tx, { id: NOBODY, depth: 1 }, WINDOW),
  // The explorer opens an entity at depth 2, whose statement differs.
  (tx) => neighbourhood(tx, { id: NOBODY, depth: 2 }, WINDOW),
  (tx) => sharedStances(tx, { actor: NOBODY, toward: null, ...TODAY }, WINDOW),
  (tx) => compareStances(tx, { first: NOBODY, second: `${NOBODY}-2`, toward: null, ...TODAY }),
  (tx) => evacuationRecord(tx, { actor: NOBODY, from: null, to: null }),
  (tx) => search(tx, { query: 'folded:planwarmup', typed: 'plan warm-up', kinds: [] }, WINDOW),
  (tx) => statementFeed(tx, { entity: NOBODY, stance: null, conflict: null, kind: null, language: null, from: null, to: null }, null, 1),
  (tx) => stanceMatrix(tx, { toward: null, actors: [NOBODY] }),
  (tx) => graphOverview(tx, 1),
];

/**
 * Neo4j plans each question's large statement on first use, which takes seconds; asking every question
 * once at start, before any researcher does, leaves the plans in Neo4j's cache.
 */
export async function warmQuestionPlans(db: Database): Promise<void> {
  for (const question of QUESTIONS) {
    try {
      await db.read(question, { timeoutMs: 120_000 });
    } catch (error) {
      if (!(error instanceof MissingEntity)) throw error;
    }
  }
}
