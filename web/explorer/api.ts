/** Talks to the GraphQL API of the server that served the page, and says plainly what went wrong. */

export type Failure = 'unreachable' | 'database' | 'refused' | 'server';

export class ApiError extends Error {
  constructor(
    readonly failure: Failure,
    message: string,
    /** A refusal's extensions: its code, the field, and for some the issues one by one. */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const MESSAGES: Record<Exclude<Failure, 'refused'>, string> = {
  unreachable: 'The Envoy Graph server cannot be reached. Check that it is running, then try again.',
  database: 'The database is unavailable: the server is running but cannot reach Neo4j. Try again in a few seconds.',
  server: 'The server could not answer this request. Try again; if it persists, the server log says why.',
};

interface GraphQLError {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

/** A failure the server did not name may still be the database: /ready tells. */
async function databaseIsDown(): Promise<boolean> {
  try {
    return (await fetch('/ready')).status === 503;
  } catch {
    return false;
  }
}

/** `headers` carry an editor token for a write; reads need none. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('unreachable', MESSAGES.unreachable);
  }
  let body: { data?: T; errors?: GraphQLError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(response.status >= 500 ? 'unreachable' : 'server', response.status >= 500 ? MESSAGES.unreachable : MESSAGES.server);
  }
  const errors = body.errors ?? [];
  if (errors.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) throw new ApiError('database', MESSAGES.database);
  if (errors.length) {
    const refusal = errors.find((e) => e.extensions?.code && e.extensions.code !== 'INTERNAL_SERVER_ERROR');
    if (refusal) throw new ApiError('refused', refusal.message, refusal.extensions);
    const failure = (await databaseIsDown()) ? 'database' : 'server';
    throw new ApiError(failure, MESSAGES[failure]);
  }
  if (!body.data) throw new ApiError('server', MESSAGES.server);
  return body.data;
}
