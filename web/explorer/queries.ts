/** The API calls the explorer makes, with the shapes it reads back. */

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
}
export interface PartialDate {
  value: string;
  precision: 'DAY' | 'MONTH' | 'YEAR';
}
export interface GraphNode {
  id: string;
  kind: string;
  label: string;
  depth: number;
}
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  qualifier: string | null;
  factId: string | null;
  modality: string | null;
  conditional: boolean;
  condition: string | null;
}
export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}
export interface Neighbourhood {
  center: GraphNode;
  nodes: GraphNode[];
  edges: GraphEdge[];
  totalNodes: number;
  truncated: boolean;
  pageInfo: PageInfo;
}

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $kinds: [String!]) {
    search(text: $text, kinds: $kinds, first: 12) {
      edges { node { entity { id kind name } matchedField matchedText language } }
    }
  }
`;
export interface SearchHit {
  entity: EntityRef;
  matchedField: 'NAME' | 'QUOTE' | 'PARAPHRASE';
  matchedText: string;
  language: string;
}
export type SearchResult = { search: { edges: { node: SearchHit }[] } };

export const NEIGHBOURHOOD = /* GraphQL */ `
  query ExplorerNeighbourhood($id: ID!, $depth: Int!, $limit: Int!, $after: String) {
    neighbourhood(id: $id, depth: $depth, limit: $limit, after: $after) {
      center { id kind label depth }
      nodes { id kind label depth }
      edges { id source target type label qualifier factId modality conditional condition }
      totalNodes
      truncated
      pageInfo { hasNextPage endCursor }
    }
  }
`;
export type NeighbourhoodResult = { neighbourhood: Neighbourhood };

export const STATEMENT = /* GraphQL */ `
  query ExplorerStatement($id: ID!) {
    statement(id: $id) {
      id
      kind
      text
      language
      date { value precision }
      context
      speaker { id name }
      onBehalfOf { id name }
      speakerOffices { title organization { name } start { value } end { value } }
      occasion { id name kind date { value } place { name } }
      expresses { id stance modality condition stanceDefinition { label } }
      citations {
        span { start end match }
        excerpt
        note
        source { id title publisher url language published { value } textHeld text }
      }
      renderings {
        id
        language
        kind
        text
        citations { source { id title publisher url } }
      }
    }
  }
`;
export interface Citation {
  span: { start: number; end: number; match: 'EXACT' | 'WHITESPACE_FOLDED' | 'SUPPORTS' } | null;
  excerpt: string | null;
  note: string | null;
  source: {
    id: string;
    title: string | null;
    publisher: string | null;
    url: string | null;
    language: string;
    published: { value: string } | null;
    textHeld: boolean;
    text: string | null;
  };
}
export interface StatementDetails {
  id: string;
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  language: string;
  date: PartialDate;
  context: string | null;
  speaker: { id: string; name: string } | null;
  onBehalfOf: { id: string; name: string } | null;
  speakerOffices: { title: string; organization: { name: string }; start: { value: string } | null; end: { value: string } | null }[];
  occasion: { id: string; name: string; kind: string; date: { value: string }; place: { name: string } | null } | null;
  expresses: { id: string; stance: string; modality: string; condition: string | null; stanceDefinition: { label: string } }[];
  citations: Citation[];
  renderings: {
    id: string;
    language: string;
    kind: string;
    text: string;
    citations: { source: { id: string; title: string | null; publisher: string | null; url: string | null } }[];
  }[];
}
export type StatementResult = { statement: StatementDetails | null };

export const POSITION = /* GraphQL */ `
  query ExplorerPosition($id: ID!) {
    position(id: $id) {
      id
      stance
      stanceDefinition { label definition }
      modality
      condition
      since { value }
      until { value }
      holder { id name }
      toward { id name }
      expressedBy { id text date { value } }
    }
  }
`;
export interface PositionDetails {
  id: string;
  stance: string;
  stanceDefinition: { label: string; definition: string };
  modality: string;
  condition: string | null;
  since: { value: string } | null;
  until: { value: string } | null;
  holder: { id: string; name: string };
  toward: { id: string; name: string } | null;
  expressedBy: { id: string; text: string; date: { value: string } }[];
}
export type PositionResult = { position: PositionDetails | null };

export const TIMELINE = /* GraphQL */ `
  query ExplorerTimeline($actor: ID!) {
    stanceTimeline(actor: $actor, first: 100) {
      edges {
        node {
          date { value precision }
          kind
          presentedAsUnchanged
          stance { id stance stanceLabel modality condition toward { id name } }
          previous { id stanceLabel }
          statement { id text }
        }
      }
    }
    whoSaidWhat(by: $actor, first: 100) {
      edges { node { id kind text language date { value precision } speaker { id name } renderings { id } } }
    }
  }
`;
export interface StanceSummary {
  id: string;
  stance: string;
  stanceLabel: string;
  modality: string;
  condition: string | null;
  toward: { id: string; name: string } | null;
}
export interface StanceEvent {
  date: PartialDate | null;
  kind: 'STATED' | 'REAFFIRMED' | 'CHANGED' | 'WITHDRAWN';
  presentedAsUnchanged: boolean;
  stance: StanceSummary;
  previous: { id: string; stanceLabel: string }[];
  statement: { id: string; text: string } | null;
}
export interface StatementBrief {
  id: string;
  kind: string;
  text: string;
  language: string;
  date: PartialDate;
  speaker: { id: string; name: string } | null;
  renderings: { id: string }[];
}
export type TimelineResult = {
  stanceTimeline: { edges: { node: StanceEvent }[] };
  whoSaidWhat: { edges: { node: StatementBrief }[] };
};

export const CONNECTIONS = /* GraphQL */ `
  query ExplorerConnections($from: ID!, $to: ID!) {
    connections(from: $from, to: $to, maxLength: 4, first: 3) {
      from { id kind name }
      to { id kind name }
      paths {
        length
        nodes { id kind name }
        steps {
          from { id kind name }
          to { id kind name }
          type
          label
          forward
          fact { id kind name }
          evidence { source { id title publisher url } excerpt span { start end } }
        }
      }
    }
  }
`;
export interface PathStep {
  from: EntityRef;
  to: EntityRef;
  type: string;
  label: string;
  forward: boolean;
  fact: EntityRef;
  evidence: { source: { id: string; title: string | null; publisher: string | null; url: string | null }; excerpt: string | null }[];
}
export interface GraphPath {
  length: number;
  nodes: EntityRef[];
  steps: PathStep[];
}
export type ConnectionsResult = { connections: { from: EntityRef; to: EntityRef; paths: GraphPath[] } };

/** What the filters need to know about a statement or a stance in view. */
export const FACET_FIELDS = /* GraphQL */ `
  id
  ... on Statement {
    date { value }
    kind
    language
    about { id }
    onBehalfOf { id ... on Organization { country { id } } }
    speakerOffices { organization { country { id } } }
    expresses { stance toward { id } }
  }
  ... on Position {
    stance
    since { value }
    toward { id }
    holder { id ... on Organization { country { id } } }
  }
`;
export interface FacetNode {
  id: string;
  date?: { value: string };
  onBehalfOf?: { id: string; country?: { id: string } | null } | null;
  speakerOffices?: { organization: { country: { id: string } | null } }[];
  expresses?: { stance: string; toward?: { id: string } | null }[];
  kind?: string;
  language?: string;
  about?: { id: string }[];
  toward?: { id: string } | null;
  stance?: string;
  since?: { value: string } | null;
  holder?: { id: string; country?: { id: string } | null };
}

export const STANCE_CODES = /* GraphQL */ `
  query ExplorerStanceCodes {
    stanceCodes { code label }
  }
`;
export type StanceCodesResult = { stanceCodes: { code: string; label: string }[] };

export const ENTITY_NAME = /* GraphQL */ `
  query ExplorerEntityName($id: ID!) {
    node(id: $id) {
      id
      ... on Actor { name }
      ... on Conflict { name }
      ... on NegotiationProcess { name }
    }
  }
`;
export type EntityNameResult = { node: { id: string; name?: string } | null };

/** A statement as the feed and the landing page show it: everything a reader needs to weigh it, in one answer. */
const STATEMENT_CARD = /* GraphQL */ `
  id
  kind
  text
  language
  date { value precision }
  speaker { id name }
  speakerOffices { title organization { name } }
  onBehalfOf { id name }
  occasion { id name kind place { name } }
  expresses { id stance stanceLabel modality condition toward { id name } }
  renderings { id kind language text }
  evidence { source { id title publisher url } span { start end match } excerpt note }
`;
export interface StatementCard {
  id: string;
  kind: 'QUOTE' | 'PARAPHRASE';
  text: string;
  language: string;
  date: PartialDate;
  speaker: { id: string; name: string } | null;
  speakerOffices: { title: string; organization: { name: string } }[];
  onBehalfOf: { id: string; name: string } | null;
  occasion: { id: string; name: string; kind: string; place: { name: string } | null } | null;
  expresses: StanceSummary[];
  renderings: { id: string; kind: string; language: string; text: string }[];
  evidence: {
    source: { id: string; title: string | null; publisher: string | null; url: string | null };
    span: { start: number; end: number; match: string } | null;
    excerpt: string | null;
    note: string | null;
  }[];
}

export const FEED = /* GraphQL */ `
  query ExplorerFeed($entity: ID!, $stance: StanceCode, $conflict: ID, $kind: StatementKind, $language: String, $from: String, $to: String, $after: String) {
    statementFeed(entity: $entity, stance: $stance, conflict: $conflict, kind: $kind, language: $language, from: $from, to: $to, first: 20, after: $after) {
      entity { id kind name }
      totalCount
      pageInfo { hasNextPage endCursor }
      facets {
        stances { value label count }
        conflicts { value label count }
        kinds { value label count }
        languages { value label count }
      }
      edges { node { ${STATEMENT_CARD} } }
    }
  }
`;
export interface FacetCount {
  value: string;
  label: string;
  count: number;
}
export interface FeedResult {
  statementFeed: {
    entity: EntityRef;
    totalCount: number;
    pageInfo: PageInfo;
    facets: { stances: FacetCount[]; conflicts: FacetCount[]; kinds: FacetCount[]; languages: FacetCount[] };
    edges: { node: StatementCard }[];
  };
}

export const MATRIX = /* GraphQL */ `
  query ExplorerMatrix($toward: ID, $actors: [ID!]) {
    stanceMatrix(toward: $toward, actors: $actors) {
      toward { id kind name }
      stances { code label }
      rows {
        actor { id kind name }
        statementCount
        cells {
          stance
          statementCount
          holdings {
            general
            statementCount
            since { value }
            latest { value }
            statements { id name }
            position { id stance stanceLabel modality condition toward { id name } }
          }
        }
      }
    }
  }
`;
export interface Holding {
  general: boolean;
  statementCount: number;
  since: { value: string } | null;
  latest: { value: string } | null;
  statements: { id: string; name: string }[];
  position: StanceSummary;
}
export interface MatrixData {
  toward: EntityRef | null;
  stances: { code: string; label: string }[];
  rows: { actor: EntityRef; statementCount: number; cells: { stance: string; statementCount: number; holdings: Holding[] }[] }[];
}
export type MatrixResult = { stanceMatrix: MatrixData };

const HELD = /* GraphQL */ `id modality condition since { value } until { value } standing toward { id name } expressedBy { id }`;
export const COMPARE = /* GraphQL */ `
  query ExplorerCompare($first: ID!, $second: ID!, $toward: ID) {
    compareStances(first: $first, second: $second, toward: $toward) {
      first { id kind name }
      second { id kind name }
      rows { stance stanceLabel toward { id name } agreement first { ${HELD} } second { ${HELD} } }
    }
  }
`;
export interface HeldBrief {
  id: string;
  modality: string;
  condition: string | null;
  since: { value: string } | null;
  until: { value: string } | null;
  standing: boolean;
  toward: { id: string; name: string } | null;
  expressedBy: { id: string }[];
}
export interface CompareResult {
  compareStances: {
    first: EntityRef;
    second: EntityRef;
    rows: { stance: string; stanceLabel: string; toward: { id: string; name: string } | null; agreement: string; first: HeldBrief | null; second: HeldBrief | null }[];
  };
}

export const OVERVIEW = /* GraphQL */ `
  query ExplorerOverview {
    graphOverview(top: 5) {
      counts { kind count }
      recentStatements { ${STATEMENT_CARD} }
      topConflicts { entity { id kind name } statementCount latest { value } }
      topProcesses { entity { id kind name } statementCount latest { value } rounds }
    }
  }
`;
export interface Ranked {
  entity: EntityRef;
  statementCount: number;
  latest: { value: string } | null;
  rounds?: number | null;
}
export interface OverviewResult {
  graphOverview: { counts: { kind: string; count: number }[]; recentStatements: StatementCard[]; topConflicts: Ranked[]; topProcesses: Ranked[] };
}
