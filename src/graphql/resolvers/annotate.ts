import { checkArticle } from '../../annotate/input.js';
import { propose } from '../../annotate/propose.js';
import { readGazetteer } from '../../data/read/gazetteer.js';
import { refusal } from '../../errors.js';
import type { RequestContext } from '../context.js';

export const annotateResolvers = {
  Query: {
    /** Reads the graph's names in one read and proposes; writes nothing. */
    proposeAnnotations: async (_root: unknown, args: { text: string; language: string; published?: string | null }, ctx: RequestContext) => {
      const checked = checkArticle(args.text, args.language, args.published);
      if (!checked.ok) throw refusal('BAD_USER_INPUT', checked.message, checked.field);
      const gazetteer = await ctx.db.read(readGazetteer);
      return propose(checked.input, gazetteer);
    },
  },
};
