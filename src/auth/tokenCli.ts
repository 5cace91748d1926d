/**
 * `npm run token -- NAME`: a new editor token. The token is shown once; only its hash goes into the
 * server's environment, so a leaked configuration does not leak the token.
 */
import { hashToken, newToken } from './editorTokens.js';

const name = process.argv[2];
if (!name || !/^[A-Za-z0-9._@-]{1,100}$/.test(name)) {
  console.error('Usage: npm run token -- NAME   (NAME: letters, digits, . _ @ -; it appears in the audit trail)');
  process.exit(2);
}
const token = newToken();
console.log(`Token for ${name} (give it to them; it is not stored anywhere):\n\n  ${token}\n`);
console.log('Add this entry to EDITOR_TOKENS (comma-separated with any others) where the server runs:\n');
console.log(`  ${name}:${hashToken(token)}\n`);
console.log(`They send it as the header  Authorization: Bearer ${token}`);
