import { confirmAnnotations } from '../../data/write/confirmAnnotations.js';
import { refusal, fieldPath } from '../../errors.js';
import type { ConfirmInput, ConfirmIssue } from '../../records/annotationRecords.js';
import { requireEditor } from '../auth.js';
import type { RequestContext } from '../context.js';
import { withoutNulls } from '../recordInput.js';

/** Thrown inside the transaction, so it rolls back: every issue at its input field, the first one the error's field. */
class Refused extends Error {
  constructor(readonly issues: ConfirmIssue[]) {
    super('refused');
  }
}

function refusalOf(issues: ConfirmIssue[]) {
  const said = issues.map((issue) => ({ field: fieldPath('input', issue.path), message: issue.message, ...(issue.reason ? { reason: issue.reason } : {}) }));
  const sentence = said.map((s) => `${s.field}: ${s.message}`).join('; ');
  return refusal('BAD_USER_INPUT', `${sentence}.`, said[0].field, { ...(said[0].reason ? { reason: said[0].reason } : {}), issues: said });
}

export const confirmResolvers = {
  Mutation: {
    confirmAnnotations: async (_root: unknown, args: { input: Record<string, unknown> }, ctx: RequestContext) => {
      const editor = requireEditor(ctx);
      const input = withoutNulls(args.input) as ConfirmInput;
      let written;
      try {
        written = await ctx.db.write(async (tx) => {
          const result = await confirmAnnotations(tx, input, editor);
          if (!result.ok) throw new Refused(result.issues);
          return result;
        });
      } catch (error) {
        if (error instanceof Refused) throw refusalOf(error.issues);
        throw error;
      }
      const load = (id: string) => ctx.loaders.node.clear(id).load(id);
      return {
        source: await load(written.sourceId),
        statements: await Promise.all(written.statementIds.map(load)),
        records: written.results.map((r) => ({ id: r.id, type: r.type, outcome: r.outcome.toUpperCase() })),
        relocated: written.relocated,
      };
    },
  },
};
