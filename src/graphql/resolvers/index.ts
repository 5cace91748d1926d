import type { Resolvers } from '../../generated/graphql.js';
import { actorResolvers } from './actors.js';
import { annotateResolvers } from './annotate.js';
import { commonResolvers } from './common.js';
import { confirmResolvers } from './confirm.js';
import { conflictResolvers } from './conflicts.js';
import { editingResolvers } from './editing.js';
import { evacuationResolvers } from './evacuations.js';
import { exportResolvers } from './export.js';
import { rememberRelatedReads } from './fields.js';
import { negotiationResolvers } from './negotiations.js';
import { provenanceResolvers } from './provenance.js';
import { questionResolvers } from './questions.js';
import { statementResolvers } from './statements.js';

const domains = [
  commonResolvers,
  provenanceResolvers,
  actorResolvers,
  statementResolvers,
  conflictResolvers,
  negotiationResolvers,
  evacuationResolvers,
  questionResolvers,
  editingResolvers,
  confirmResolvers,
  exportResolvers,
  annotateResolvers,
];

/** Each domain owns its types; only Query (and later Mutation) is shared, so it is merged field by field. */
export const resolvers = domains.reduce<Record<string, Record<string, unknown>>>((all, domain) => {
  for (const [type, fields] of Object.entries(domain)) all[type] = { ...(all[type] ?? {}), ...fields };
  return all;
}, {}) as Resolvers;

// Lists read the relations their records' fields would read, in their own statement (fields.ts listOf).
rememberRelatedReads(resolvers);
