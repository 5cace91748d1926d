/**
 * Prefix of the write path's statements. Neo4j plans a statement again whenever the counts of the labels
 * it touches have moved far enough since it was planned, which during a bulk import is all the time; but
 * each of these statements finds every node by a uniquely constrained key, so the new plan is the old one
 * (on an empty graph and after 16,000 imported records they differ by a property cache only). Replanning
 * them cost the import half of Neo4j's time; the first plan is kept instead.
 */
export const KEPT_PLAN = 'CYPHER replan=skip';
