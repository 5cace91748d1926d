import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** An editor as configured: a name for the audit trail and the SHA-256 of their token (never the token). */
export interface EditorToken {
  name: string;
  sha256: Buffer;
}

const ENTRY = /^([A-Za-z0-9._@-]{1,100}):([0-9a-f]{64})$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** `EDITOR_TOKENS=alice:<sha256 hex>,bob:<sha256 hex>`; a malformed entry stops the start, naming it. */
export function parseEditorTokens(raw: string | undefined): EditorToken[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((entry) => {
    const match = ENTRY.exec(entry.trim());
    if (!match) {
      throw new Error(
        `EDITOR_TOKENS entry "${entry.trim().slice(0, 40)}" is not name:sha256hex; create entries with npm run token -- NAME.`,
      );
    }
    return { name: match[1], sha256: Buffer.from(match[2], 'hex') };
  });
}

export type Authentication =
  | { kind: 'editor'; name: string }
  | { kind: 'missing' }
  | { kind: 'malformed' }
  | { kind: 'unknown' };

const BEARER = /^Bearer ([A-Za-z0-9._~+/=-]{1,512})$/;

/**
 * Who an Authorization header names. Every configured hash is compared, in constant time, so the
 * answer's timing says nothing about how close a guess came.
 */
export function authenticate(header: string | undefined | null, editors: readonly EditorToken[]): Authentication {
  if (!header) return { kind: 'missing' };
  const match = BEARER.exec(header.trim());
  if (!match) return { kind: 'malformed' };
  const presented = createHash('sha256').update(match[1], 'utf8').digest();
  let found: string | null = null;
  for (const editor of editors) {
    if (timingSafeEqual(presented, editor.sha256) && found === null) found = editor.name;
  }
  return found === null ? { kind: 'unknown' } : { kind: 'editor', name: found };
}
