import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EditorToken } from '../config.js';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
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
