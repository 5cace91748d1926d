/**
 * Upper bounds on everything a question reads, so no request can walk the whole graph: each nested list
 * of an answer, the candidates a question ranks before paging, and the fan-out of a graph view.
 */
export const CAPS = {
  /** Citations shown as the evidence of one fact. */
  evidence: 50,
  /** Entities listed inside one answer item (mentions, conflicts, participants, legs). */
  items: 50,
  /** Statements nested under one stance. */
  statements: 20,
  /** Rows a question ranks before it pages; beyond it a total is a lower bound and says so. */
  scan: 5_000,
  /**
   * Candidates a question that reads its page from an index examines to count its answer; beyond them the
   * total is a lower bound and says so. Counting every holder of a common stance cost more than the page.
   */
  counted: 200,
  /**
   * Index entries whoSaidWhat reads to count a filtered total (by date range, kind or about); past them the
   * total is a lower bound, and the answer says it is one.
   */
  countScan: 5_000,
  /**
   * Neighbours of each kind (along statements' links, other records' links, roles, routes) explored around
   * the centre of a graph view: a hub's view reads these few, not its thousands of statements.
   */
  fanout: 25,
  /**
   * Neighbours of each kind explored around each of the centre's neighbours at depth 2: with 200 × 50 rows a
   * hub's view read 45,356 db hits at 100 k statements to draw a page of 100 nodes. At 5 the seed's views of
   * Kazakhstan and Bakayev lost nodes; at 10 they show the nodes they did with 50 (Iran's and its foreign
   * ministry's lose two and three: the network is then a sample, and says so).
   */
  outerFanout: 10,
  /** Shortest paths found before they are ordered and cut to `first`. */
  paths: 200,
  /** Statements of one entity a feed counts and sorts its facets over. */
  feed: 20_000,
  /** Actors a stance matrix lays out as rows. */
  matrixActors: 100,
  /**
   * Statements the overview reads to count one conflict's or process's exactly; past them it ranks by a lower
   * bound from link degrees and says so. Reading every statement took 149 s at a million.
   */
  ranked: 1_000,
  /** Index hits a search ranks. */
  searchHits: 1_000,
  /**
   * RENDERS steps walked to gather one utterance's renderings: enough for a chain of translations of
   * translations across outlets, and a bound on the walk when a careless import links renderings in a ring.
   */
  renderingHops: 8,
} as const;

/** Limits on arguments, refused with BAD_USER_INPUT beyond them. */
export const ARGUMENT_LIMITS = {
  maxPathLength: 6,
  maxPaths: 25,
  maxDepth: 2,
  maxGraphPage: 500,
  maxSearchText: 200,
  maxMatrixActors: 50,
  maxOverviewTop: 20,
} as const;
