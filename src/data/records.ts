import type { Row } from './database.js';

/**
 * What the data layer hands to resolvers, named for codegen's mappers: a node's properties plus
 * `__label`, a name with its citations, a citation with its source, an evacuation leg with its stops.
 */
export type NodeRecord = Row;
export type LegRecord = Row;
export type CitationRecord = Row;
export type NameRecord = Row;
