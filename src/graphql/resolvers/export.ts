import { EXPORT_FILES, writeExport, type ExportFormat } from '../../export/exportGraph.js';
import { planExport, type ExportScope } from '../../export/plan.js';
import type { RequestContext } from '../context.js';

/** The API answers in one string per file, so it exports at most this many entities; the CLI streams any number. */
export const API_EXPORT_LIMIT = 20_000;

export const exportResolvers = {
  Query: {
    export: async (_root: unknown, args: { format: ExportFormat; scope?: ExportScope | null }, ctx: RequestContext) => {
      const plan = await planExport(ctx.db, args.scope, API_EXPORT_LIMIT);
      const parts = new Map<string, string[]>();
      const counts = await writeExport(ctx.db, args.format, plan, (file, text) => {
        parts.set(file, [...(parts.get(file) ?? []), text]);
      });
      const files = EXPORT_FILES[args.format].map((f) => ({ ...f, content: (parts.get(f.name) ?? []).join('') }));
      return { format: args.format, ...counts, files };
    },
  },
};
