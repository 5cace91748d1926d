import { buildWebBundle, ensureWebBundle } from './bundle.js';

// `--if-stale` skips the build when web/dist matches its sources; without it, always build.
const ifStale = process.argv.includes('--if-stale');
const say = (line: string) => console.log(line);

(ifStale ? ensureWebBundle(say) : buildWebBundle().then(() => say('Web pages built.'))).catch((error) => {
  console.error(error);
  process.exit(1);
});
