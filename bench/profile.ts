import neo4j, { type Driver } from 'neo4j-driver';

/** The part of a profiled plan (neo4j-driver's ProfiledPlan) that db hits are read from. */
export interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}

/** Db hits of a whole plan: each operator reports only its own, so the tree is summed. */
export function totalDbHits(plan: PlanNode): number {
  return plan.children.reduce((sum, child) => sum + totalDbHits(child), plan.dbHits);
}

/**
 * Runs the statement once under PROFILE with its parameters and returns its db hits: the storage work Neo4j
 * did for it, which unlike milliseconds does not move with the machine's load (for one plan and one graph).
 */
export async function dbHitsOf(driver: Driver, cypher: string, params: Record<string, unknown>, database?: string): Promise<number> {
  const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, params, { routing: neo4j.routing.READ, database });
  if (!summary.profile) throw new Error('Neo4j returned no profile');
  return totalDbHits(summary.profile);
}
