import { connect, prepare, secondsSince, serve, StartupError } from './boot.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { QUESTION_PLANS_READY, warmQuestionPlans } from './data/read/questions/warmUp.js';
import { ensureWebBundle } from './web/bundle.js';

const say = (line: string) => console.log(line);

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // `npm start` builds stale pages while Neo4j is fetched and started, not before: the first start waits for the
  // longer of the two instead of both. Processes started otherwise (tests, benches, several at once) leave
  // web/dist alone, so two of them never build into it at the same time.
  const pages =
    process.env.npm_lifecycle_event === 'start'
      ? ensureWebBundle(say).catch((error: Error) => say(`The web pages could not be built (${error.message.split('\n')[0]}); run npm run build:web to see why. GraphQL is served all the same.`))
      : Promise.resolve();
  const { db, local } = await connect(config, say);
  await prepare(db, say);
  const server = await serve(db, config, logger);
  await pages;
  // Counted from the process start, so Node's own start and module loading are in it too.
  say(`Envoy Graph is serving GraphQL at ${server.url} (ready ${secondsSince(0)} after start).`);
  // Plans made ahead spare the first researcher to ask each question the wait; one not made is made on first use.
  warmQuestionPlans(db).then(
    () => say(QUESTION_PLANS_READY),
    () => {},
  );

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    say('Stopping…');
    await server.close();
    // A plan warm-up may still hold a transaction; waiting for it would make Ctrl-C hang.
    await Promise.race([db.close(), new Promise((resolve) => setTimeout(resolve, 3_000))]);
    await local?.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(1);
});
