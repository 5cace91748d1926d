/**
 * The API calls the explorer makes. The shapes it reads back are generated from these documents
 * (`npm run codegen` writes web/generated/operations.ts); the names below only give them the explorer's words.
 */
import type {
  ExplorerCompareQuery,
  ExplorerConnectionsQuery,
  ExplorerEntityNameQuery,
  ExplorerFeedQuery,
  ExplorerMatrixQuery,
  ExplorerNeighbourhoodQuery,
  ExplorerOverviewQuery,
  ExplorerPositionQuery,
  ExplorerSearchQuery,
  ExplorerStanceCodesQuery,
  ExplorerStatementQuery,
  ExplorerTimelineQuery,
  FacetFieldsFragment,
  HeldBriefFragment,
  StatementCardFragment,
} from '../generated/operations';

type Item<T> = T extends readonly (infer U)[] ? U : never;

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $kinds: [String!]) {
    search(text: $text, kinds: $kinds, first: 12) {
      edges { node { entity { id kind name } matchedField matchedText language } }
    }
  }
`;

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

/** What the filters need to know about a statement or a stance in view. */
export const FACET_FIELDS = /* GraphQL */ `
  fragment FacetFields on Node {
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
  }
`;

export const STANCE_CODES = /* GraphQL */ `
  query ExplorerStanceCodes {
    stanceCodes { code label }
  }
`;

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

/** A statement as the feed and the landing page show it: everything a reader needs to weigh it, in one answer. */
const STATEMENT_CARD = /* GraphQL */ `
  fragment StatementCard on StatementView {
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
  }
`;

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
      edges { node { ...StatementCard } }
    }
  }
  ${STATEMENT_CARD}
`;

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

const HELD = /* GraphQL */ `
  fragment HeldBrief on HeldStance { id modality condition since { value } until { value } standing toward { id name } expressedBy { id } }
`;
export const COMPARE = /* GraphQL */ `
  query ExplorerCompare($first: ID!, $second: ID!, $toward: ID) {
    compareStances(first: $first, second: $second, toward: $toward) {
      first { id kind name }
      second { id kind name }
      rows { stance stanceLabel toward { id name } agreement first { ...HeldBrief } second { ...HeldBrief } }
    }
  }
  ${HELD}
`;

export const OVERVIEW = /* GraphQL */ `
  query ExplorerOverview {
    graphOverview(top: 5) {
      counts { kind count }
      recentStatements { ...StatementCard }
      topConflicts { entity { id kind name } statementCount statementCountIsLowerBound latest { value } }
      topProcesses { entity { id kind name } statementCount statementCountIsLowerBound latest { value } rounds }
    }
  }
  ${STATEMENT_CARD}
`;

export type SearchResult = ExplorerSearchQuery;
export type SearchHit = Item<SearchResult['search']['edges']>['node'];
export type EntityRef = SearchHit['entity'];

export type NeighbourhoodResult = ExplorerNeighbourhoodQuery;
export type Neighbourhood = NeighbourhoodResult['neighbourhood'];
export type GraphNode = Neighbourhood['center'];
export type GraphEdge = Item<Neighbourhood['edges']>;
export type PageInfo = Neighbourhood['pageInfo'];

export type StatementResult = ExplorerStatementQuery;
export type StatementDetails = NonNullable<StatementResult['statement']>;
export type Citation = Item<StatementDetails['citations']>;

export type PositionResult = ExplorerPositionQuery;
export type PositionDetails = NonNullable<PositionResult['position']>;

export type TimelineResult = ExplorerTimelineQuery;
export type StanceEvent = Item<TimelineResult['stanceTimeline']['edges']>['node'];
export type StanceSummary = StanceEvent['stance'];
export type StatementBrief = Item<TimelineResult['whoSaidWhat']['edges']>['node'];

export type ConnectionsResult = ExplorerConnectionsQuery;
export type GraphPath = Item<ConnectionsResult['connections']['paths']>;
export type PathStep = Item<GraphPath['steps']>;

/** A node's filter facts: a statement's or a position's, the other kinds have only their id. */
export type FacetNode = { id: string } & Partial<Omit<Extract<FacetFieldsFragment, { expresses: unknown }>, 'id'>> &
  Partial<Omit<Extract<FacetFieldsFragment, { holder: unknown }>, 'id'>>;

export type StanceCodesResult = ExplorerStanceCodesQuery;
export type EntityNameResult = ExplorerEntityNameQuery;

export type StatementCard = StatementCardFragment;
export type PartialDate = NonNullable<StatementCard['date']>;

export type FeedResult = ExplorerFeedQuery;
export type FacetCount = Item<FeedResult['statementFeed']['facets']['stances']>;

export type MatrixResult = ExplorerMatrixQuery;
export type MatrixData = MatrixResult['stanceMatrix'];
export type Holding = Item<Item<Item<MatrixData['rows']>['cells']>['holdings']>;

export type HeldBrief = HeldBriefFragment;
export type CompareResult = ExplorerCompareQuery;

export type OverviewResult = ExplorerOverviewQuery;
export type Ranked = Item<OverviewResult['graphOverview']['topProcesses']> | Item<OverviewResult['graphOverview']['topConflicts']>;
