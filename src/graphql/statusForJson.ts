import type { ApolloServerPlugin } from '@apollo/server';
import Negotiator from 'negotiator';

const JSON_TYPE = 'application/json; charset=utf-8';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json; charset=utf-8';

/** The media type Apollo would answer with: application/json unless the client prefers the GraphQL one. */
export function answerMediaType(accept: string | undefined): string | null {
  if (!accept) return JSON_TYPE;
  return new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE_TYPE]) ?? null;
}

/**
 * GraphQL over HTTP: a request error (an unparsable or invalid document, bad variables, a refused cost) sent
 * as application/json SHOULD answer 200, since legacy clients read the errors only from a 200; clients that
 * take application/graphql-response+json still get Apollo's 4xx. A request that is not well-formed (not JSON,
 * batched, too large, a query that is not a string: Apollo's BAD_REQUEST) keeps its 4xx.
 */
export function requestErrorsAs200ForJson<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || errors?.some((e) => e.extensions?.code === 'BAD_REQUEST')) return;
          const media = answerMediaType(request.http?.headers.get('accept'));
          if (media !== JSON_TYPE) return;
          response.http.headers.set('content-type', media);
          response.http.status = 200;
        },
      };
    },
  };
}
