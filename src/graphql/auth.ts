import { authenticate } from '../auth/editorTokens.js';
import { refusal } from '../errors.js';
import type { RequestContext } from './context.js';

/**
 * The editor a write is made by, or the refusal: no usable credentials (missing or not a Bearer token)
 * is UNAUTHENTICATED; a well-formed token that is not configured is FORBIDDEN.
 */
export function requireEditor(ctx: RequestContext): string {
  const who = authenticate(ctx.authorization, ctx.config.editorTokens);
  switch (who.kind) {
    case 'editor':
      return who.name;
    case 'missing':
      throw refusal('UNAUTHENTICATED', 'Writing needs an editor token: send the header "Authorization: Bearer <token>".');
    case 'malformed':
      throw refusal('UNAUTHENTICATED', 'The Authorization header must read "Bearer <token>".');
    case 'unknown':
      throw refusal('FORBIDDEN', 'This token is not an editor token here; ask a maintainer for one (npm run token).');
  }
}
