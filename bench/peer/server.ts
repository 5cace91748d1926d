/**
 * The peer: @neo4j/graphql 7 serving bench/peer/typeDefs.graphql over the benchmark's Neo4j (NEO4J_URI),
 * with Apollo Server's standalone HTTP server, as its documentation sets it up. Prints its URL on stdout.
 */
import fs from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const typeDefs = fs.readFileSync(new URL('./typeDefs.graphql', import.meta.url), 'utf8');
const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7755', neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? ''));
// Dates are stored as 'YYYY-MM-DD' strings, so "as of a date" needs the String comparisons, off by default.
const features = { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } };
const schema = await new Neo4jGraphQL({ typeDefs, driver, features }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' } });
console.log(`peer serving GraphQL at ${url}`);
