import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NodeRecord, LegRecord, CitationRecord, NameRecord } from '../data/records.js';
import type { DateText } from '../records/partialDate.js';
import type { RequestContext } from '../graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A stance code, e.g. `NOT_TAKING_SIDES`: 2 to 64 capital letters, digits and underscores. The list is open:
   * each code is defined in the graph's codebook (`stanceCodes`, a `StanceDefinition`), which an editor extends
   * with `upsertStanceDefinition`; a position may only use a code the codebook defines. Written bare in a
   * document (`stance: CONDEMNATION`) or as a string (`"CONDEMNATION"`).
   */
  StanceCode: { input: string; output: string; }
};

export type AcceptedProposalInput = {
  /** What prompted it, when the source says (a journalist's question). */
  context?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to the source's publication date. */
  date?: InputMaybe<PartialDateInput>;
  end: Scalars['Int']['input'];
  kind: StatementKind;
  /** Entities the statement names: actors become mentions, conflicts what it is about; other ids are not linked. */
  mentions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * The state or body spoken for: an id from the graph, or a new organization by name. A speaker that is an
   * organization or a country speaks for itself when this is left out; when it is given, the statement
   * mentions the speaker.
   */
  onBehalfOf?: InputMaybe<ProposedActorInput>;
  /** Statements already held that render the same utterance (another outlet's quote, the original of a translation). */
  renders?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Who spoke: an id from the graph, or a new person (or organization) by the name as written. */
  speaker?: InputMaybe<ProposedActorInput>;
  stances?: InputMaybe<Array<ProposedStanceInput>>;
  /** The span in code points of the source text, as the proposer gave it. */
  start: Scalars['Int']['input'];
  /** The words: a quote's as the source prints them, a paraphrase's span of what was said. */
  text: Scalars['String']['input'];
};

/** Someone or something that can speak, hold a stance or take part in talks. */
export type Actor = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  names: Array<LocalizedName>;
  /** Roles this actor played in negotiations. */
  participations: ParticipationConnection;
  /** Stances this actor holds, earliest first. */
  positions: PositionConnection;
  version: Scalars['ID']['output'];
};


/** Someone or something that can speak, hold a stance or take part in talks. */
export type ActorParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Someone or something that can speak, hold a stance or take part in talks. */
export type ActorPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * Disagreeing sources about one fact: the movements each gives (467 via Oman in one report; 278 and 189 by land
 * in another), side by side with their evidence. None of them is added into a total, and none is picked.
 */
export type AlternativeClaims = {
  __typename?: 'AlternativeClaims';
  movements: Array<MovementView>;
};

/**
 * The article. A source already held under the same `url` is the one written to: its metadata are kept and
 * only what it lacks is filled in; its text may change only if every span that cites it still reads the same.
 */
export type AnnotatedSourceInput = {
  /** Defaults to NEWS_ARTICLE. */
  kind?: InputMaybe<SourceKind>;
  language: Scalars['String']['input'];
  /** YYYY, YYYY-MM or YYYY-MM-DD; a statement without a date of its own is dated so. */
  published?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** The full text, exactly as annotated: every span counts code points of it. */
  text: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type AnnotationCue = {
  __typename?: 'AnnotationCue';
  end: Scalars['Int']['output'];
  kind: CueKind;
  start: Scalars['Int']['output'];
  text: Scalars['String']['output'];
};

export type AnnotationProposal = {
  __typename?: 'AnnotationProposal';
  /** The words the proposal rests on: the attribution, stance words, condition, negation, future, date. */
  cues: Array<AnnotationCue>;
  date: Maybe<ProposedDate>;
  /** One past the last code point (before the closing quote mark). */
  end: Scalars['Int']['output'];
  kind: StatementKind;
  mentions: Array<ProposedMention>;
  onBehalfOf: Maybe<ProposedOnBehalfOf>;
  speaker: Maybe<ProposedSpeaker>;
  stances: Array<ProposedStance>;
  /** First code point of what was said (after the opening quote mark). */
  start: Scalars['Int']['output'];
  /** Exactly the text at [start, end). */
  text: Scalars['String']['output'];
};

/**
 * Proposals for annotating an article: direct quotes and reported speech with their exact spans, speakers,
 * on whose behalf they spoke, dates, mentions and stances, matched against the graph's own names. Spans count
 * Unicode code points of the text sent; nothing is written until the researcher confirms.
 */
export type AnnotationProposals = {
  __typename?: 'AnnotationProposals';
  proposals: Array<AnnotationProposal>;
};

/** An actor's part in an event: an official meeting a counterpart of another country, a summit's host. */
export type Attendance = Fact & Node & {
  __typename?: 'Attendance';
  actor: Actor;
  citations: Array<Citation>;
  event: Event;
  id: Scalars['ID']['output'];
  /** The state or body the actor took part for. */
  representing: Maybe<Actor>;
  role: EventRole;
  /** Whether the source reports it as announced beforehand or as having taken place. */
  status: ParticipationStatus;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type AttendanceInput = {
  actor: Scalars['ID']['input'];
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  event: Scalars['ID']['input'];
  /** attendance:<name> */
  id: Scalars['ID']['input'];
  representing?: InputMaybe<Scalars['ID']['input']>;
  role: EventRole;
  /** Omitted is TOOK_PLACE. */
  status?: InputMaybe<ParticipationStatus>;
};

export type AttendancePatch = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  event?: InputMaybe<Scalars['ID']['input']>;
  representing?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<EventRole>;
  /** Omitted is TOOK_PLACE. */
  status?: InputMaybe<ParticipationStatus>;
};

export type AttendancePayload = {
  __typename?: 'AttendancePayload';
  attendance: Attendance;
  outcome: WriteOutcome;
};

/** One write of one record: who made it, when, and the record as it was written. */
export type Change = {
  __typename?: 'Change';
  /** When the write was committed (ISO 8601, UTC). */
  at: Scalars['String']['output'];
  /** The editor (from the token) or the import that made it. */
  by: Scalars['String']['output'];
  /** The entity as it is now; null if it is no longer held. */
  entity: Maybe<Node>;
  /** CREATED, UPDATED, RETRACTED or RESTORED (unchanged records are not written, so leave no change). */
  outcome: WriteOutcome;
  /** Why the record was retracted or restored. */
  reason: Maybe<Scalars['String']['output']>;
  /** The record as written, in the import format: earlier values of an updated record stay readable here. */
  record: Scalars['String']['output'];
  recordId: Scalars['ID']['output'];
  /** The kind of record, e.g. Statement. */
  recordType: Scalars['String']['output'];
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

/** Where a fact comes from: a source and, when we hold its text, the exact span that supports it. */
export type Citation = {
  __typename?: 'Citation';
  /** The text at the span, sliced from the held source text. */
  excerpt: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  source: Source;
  span: Maybe<Span>;
};

/**
 * Where a fact comes from. `start` and `end` are a span in Unicode code points of the source's held text;
 * with `match: EXACT` (or WHITESPACE_FOLDED) the span must read the statement's text.
 */
export type CitationInput = {
  end?: InputMaybe<Scalars['Int']['input']>;
  /** Defaults to SUPPORTS when a span is given. */
  match?: InputMaybe<SpanMatch>;
  note?: InputMaybe<Scalars['String']['input']>;
  source: Scalars['ID']['input'];
  start?: InputMaybe<Scalars['Int']['input']>;
};

export type ConfirmAnnotationsInput = {
  /** The accepted proposals; an empty list writes the source alone. */
  proposals: Array<AcceptedProposalInput>;
  source: AnnotatedSourceInput;
};

export type ConfirmAnnotationsPayload = {
  __typename?: 'ConfirmAnnotationsPayload';
  /** Every record the confirmation wrote or found already written, with what happened to it. */
  records: Array<WrittenRecord>;
  /** The proposals (by index) whose edited words were found at another span than the one sent. */
  relocated: Array<Scalars['Int']['output']>;
  source: Source;
  /** One per accepted proposal, in the order sent. */
  statements: Array<Statement>;
};

/** An armed conflict, a dispute or an issue (such as a nuclear programme) that actors take stances toward. */
export type Conflict = Fact & Node & StanceTarget & {
  __typename?: 'Conflict';
  citations: Array<Citation>;
  end: Maybe<PartialDate>;
  evacuations: Array<EvacuationOperation>;
  id: Scalars['ID']['output'];
  involvements: Array<Involvement>;
  kind: ConflictKind;
  name: Scalars['String']['output'];
  names: Array<LocalizedName>;
  positions: PositionConnection;
  processes: Array<NegotiationProcess>;
  start: Maybe<PartialDate>;
  statements: StatementConnection;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};


/** An armed conflict, a dispute or an issue (such as a nuclear programme) that actors take stances toward. */
export type ConflictPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An armed conflict, a dispute or an issue (such as a nuclear programme) that actors take stances toward. */
export type ConflictStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ConflictConnection = {
  __typename?: 'ConflictConnection';
  edges: Array<ConflictEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ConflictEdge = {
  __typename?: 'ConflictEdge';
  cursor: Scalars['String']['output'];
  node: Conflict;
};

export type ConflictFilter = {
  /** Conflicts involving this actor. */
  involving?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<ConflictKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type ConflictInput = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  end?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  kind: ConflictKind;
  name: Scalars['String']['input'];
  names?: InputMaybe<Array<NameInput>>;
  start?: InputMaybe<Scalars['String']['input']>;
};

export type ConflictKind =
  | 'ARMED_CONFLICT'
  | 'DISPUTE'
  | 'ISSUE';

export type ConflictPatch = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  end?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ConflictKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  names?: InputMaybe<Array<NameInput>>;
  start?: InputMaybe<Scalars['String']['input']>;
};

export type ConflictPayload = {
  __typename?: 'ConflictPayload';
  conflict: Conflict;
  outcome: WriteOutcome;
};

export type ConflictSort = {
  direction?: InputMaybe<SortDirection>;
  field: ConflictSortField;
};

export type ConflictSortField =
  | 'NAME'
  | 'START';

/** How two entities are connected: the shortest paths between them, up to `maxLength` steps. */
export type ConnectionPaths = {
  __typename?: 'ConnectionPaths';
  from: EntityRef;
  maxLength: Scalars['Int']['output'];
  /** Shortest first; empty when no path of at most maxLength steps exists. */
  paths: Array<GraphPath>;
  to: EntityRef;
};

export type CountKind =
  | 'INCREMENT'
  | 'TOTAL_TO_DATE';

export type CountUnit =
  | 'CITIZENS'
  | 'PASSENGERS'
  | 'PEOPLE';

/** A state, identified by ISO 3166-1 codes. */
export type Country = Actor & Node & StanceTarget & {
  __typename?: 'Country';
  evacuations: Array<EvacuationOperation>;
  id: Scalars['ID']['output'];
  /** Conflicts this country is involved in, and how. */
  involvements: Array<Involvement>;
  iso2: Scalars['String']['output'];
  iso3: Scalars['String']['output'];
  /** Groups this country belongs to (the P5+1, ...). */
  memberOf: Array<Membership>;
  /** Statements that mention this country. */
  mentionedIn: StatementConnection;
  name: Scalars['String']['output'];
  names: Array<LocalizedName>;
  /** Officials of this country's organizations, with the offices they hold. */
  officials: OfficeConnection;
  /** Organizations of this country: its ministries, its government, its airlines. */
  organizations: Array<Organization>;
  participations: ParticipationConnection;
  positions: PositionConnection;
  /** Statements made on this country's behalf, newest first. */
  statements: StatementConnection;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};


/** A state, identified by ISO 3166-1 codes. */
export type CountryMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by ISO 3166-1 codes. */
export type CountryOfficialsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by ISO 3166-1 codes. */
export type CountryParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by ISO 3166-1 codes. */
export type CountryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A state, identified by ISO 3166-1 codes. */
export type CountryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CountryConnection = {
  __typename?: 'CountryConnection';
  edges: Array<CountryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CountryEdge = {
  __typename?: 'CountryEdge';
  cursor: Scalars['String']['output'];
  node: Country;
};

export type CountryFilter = {
  iso2?: InputMaybe<Scalars['String']['input']>;
  iso3?: InputMaybe<Scalars['String']['input']>;
  /** Matches a name or alias in any language, case-insensitively. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type CountryInput = {
  /** country:<ISO 3166-1 alpha-2 code> */
  id: Scalars['ID']['input'];
  iso2: Scalars['String']['input'];
  iso3: Scalars['String']['input'];
  name: Scalars['String']['input'];
  names?: InputMaybe<Array<NameInput>>;
};

export type CountryPatch = {
  iso2?: InputMaybe<Scalars['String']['input']>;
  iso3?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  names?: InputMaybe<Array<NameInput>>;
};

export type CountryPayload = {
  __typename?: 'CountryPayload';
  country: Country;
  outcome: WriteOutcome;
};

export type CountrySort = {
  direction?: InputMaybe<SortDirection>;
  field: CountrySortField;
};

export type CountrySortField =
  | 'ISO2'
  | 'NAME';

export type CueKind =
  | 'ATTRIBUTION'
  | 'CONDITION'
  | 'DATE'
  | 'FUTURE'
  | 'NEGATION'
  | 'STANCE';

/**
 * How a question's date range (`from`/`to`) meets a date known only to the month or year, or given as a range:
 * CERTAINLY, when every day the date can denote lies in the range ("March 2026" is certainly within March, not
 * within 1-10 March); POSSIBLY, when some day does ("March 2026" may fall within 1-10 March). A value with no
 * date matches neither.
 */
export type DateMatch =
  | 'CERTAINLY'
  | 'POSSIBLY';

export type DatePrecision =
  /** A date open on one side: on or before, or on or after, the date written. */
  | 'BOUND'
  | 'DAY'
  | 'MONTH'
  /** A range of two dates, each end inclusive and as precise as written. */
  | 'RANGE'
  | 'YEAR';

/**
 * People moved (or to be moved) on one date, in one unit and status. Counts in different units (CITIZENS,
 * PASSENGERS) are never added together.
 */
export type DatedTotal = {
  __typename?: 'DatedTotal';
  countUnit: CountUnit;
  /** Null for movements the source does not date. */
  date: Maybe<PartialDate>;
  movements: Scalars['Int']['output'];
  /** Movements whose number is qualified ("more than 300"), so not added into `total`. Running totals (TOTAL_TO_DATE) are in no row. */
  movementsNotAdded: Scalars['Int']['output'];
  /** Movements that sources give otherwise (listed in `alternativeClaims`), so not added into `total`. */
  movementsWithAlternatives: Scalars['Int']['output'];
  /** Movements on this date whose number the source does not give (not in `total`). */
  movementsWithoutCount: Scalars['Int']['output'];
  status: MovementStatus;
  total: Scalars['Int']['output'];
};

/** The place a piece is datelined in, cited to the dateline's span in the piece itself (its excerpt reads ASTANA). */
export type Dateline = Fact & Node & {
  __typename?: 'Dateline';
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  place: Place;
  source: Source;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type DatelineInput = {
  /** Required: at least one, and one of them the dateline's span in the source's own text. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** dateline:<name> */
  id: Scalars['ID']['input'];
  place: Scalars['ID']['input'];
  /** The piece that carries the dateline. */
  source: Scalars['ID']['input'];
};

export type DatelinePatch = {
  /** Required: at least one, and one of them the dateline's span in the source's own text. */
  citations?: InputMaybe<Array<CitationInput>>;
  place?: InputMaybe<Scalars['ID']['input']>;
  /** The piece that carries the dateline. */
  source?: InputMaybe<Scalars['ID']['input']>;
};

export type DatelinePayload = {
  __typename?: 'DatelinePayload';
  dateline: Dateline;
  outcome: WriteOutcome;
};

export type DeliveryRole =
  /** Read out on the authors' behalf (a host minister reading a joint statement of other states). */
  | 'READ_OUT'
  /** Passed on by a press service or spokesperson as the authors' words. */
  | 'RELAYED';

/** Any entity an answer names, in brief. `kind` is its GraphQL type name (Country, Person, Statement, ...). */
export type EntityRef = {
  __typename?: 'EntityRef';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** A display name: the entity's name, a statement's opening words, a stance with its holder. */
  name: Scalars['String']['output'];
};

export type EvacuationFilter = {
  conductedBy?: InputMaybe<Scalars['ID']['input']>;
  conflict?: InputMaybe<Scalars['ID']['input']>;
};

/** A stretch of a route by one mode of transport. */
export type EvacuationLeg = {
  __typename?: 'EvacuationLeg';
  carrier: Maybe<Organization>;
  /** Origin: a place, or a country when the source names only the country. */
  from: Maybe<Node>;
  /** Null when the source does not say how people travelled this stretch. */
  mode: Maybe<TransportMode>;
  /** What the source leaves open about this leg (e.g. whether the transit countries are one route or alternatives). */
  note: Maybe<Scalars['String']['output']>;
  sequence: Scalars['Int']['output'];
  to: Array<Node>;
  via: Array<Country>;
};

export type EvacuationLegInput = {
  carrier?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['ID']['input']>;
  mode?: InputMaybe<TransportMode>;
  note?: InputMaybe<Scalars['String']['input']>;
  sequence: Scalars['Int']['input'];
  to?: InputMaybe<Array<Scalars['ID']['input']>>;
  via?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/**
 * One group moved (or to be moved) along one route. `count` is null when the source gives no number; the
 * date is when the movement happened or is scheduled (see `status`).
 */
export type EvacuationMovement = Fact & Node & {
  __typename?: 'EvacuationMovement';
  /**
   * Other records of the same people moving as other sources give them (467 via Oman in one report, 278 and
   * 189 by land in another), linked either way: alternative claims about one fact, never added together.
   */
  alternatives: Array<EvacuationMovement>;
  citations: Array<Citation>;
  count: Maybe<Scalars['Int']['output']>;
  /** INCREMENT: this group's number. TOTAL_TO_DATE: a running total up to `date` (or `reportedOn`). Never added together. */
  countKind: CountKind;
  /** How the source gives the number: "more than 300" is 300 with MORE_THAN. Null when there is no number. */
  countQualifier: Maybe<QuantityQualifier>;
  countUnit: CountUnit;
  date: Maybe<PartialDate>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  legs: Array<EvacuationLeg>;
  operation: EvacuationOperation;
  /** The report this status comes from is dated; a PLANNED movement may since have happened. */
  reportedOn: Maybe<PartialDate>;
  status: MovementStatus;
  /** Countries the route crosses between its origin and destination. */
  transitCountries: Array<Country>;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type EvacuationMovementInput = {
  /** Movements already held that another source gives for the same people moving, with other figures or dates. */
  alternativeTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  /** INCREMENT (omitted) or TOTAL_TO_DATE, a running total up to the movement's date. */
  countKind?: InputMaybe<CountKind>;
  /** How the source gives the number (omitted: EXACT). */
  countQualifier?: InputMaybe<QuantityQualifier>;
  countUnit: CountUnit;
  date?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  legs?: InputMaybe<Array<EvacuationLegInput>>;
  operation: Scalars['ID']['input'];
  /** The date of the report this observation comes from. */
  reportedOn?: InputMaybe<Scalars['String']['input']>;
  status: MovementStatus;
};

export type EvacuationMovementPatch = {
  /** Movements already held that another source gives for the same people moving, with other figures or dates. */
  alternativeTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  count?: InputMaybe<Scalars['Int']['input']>;
  /** INCREMENT (omitted) or TOTAL_TO_DATE, a running total up to the movement's date. */
  countKind?: InputMaybe<CountKind>;
  /** How the source gives the number (omitted: EXACT). */
  countQualifier?: InputMaybe<QuantityQualifier>;
  countUnit?: InputMaybe<CountUnit>;
  date?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  legs?: InputMaybe<Array<EvacuationLegInput>>;
  operation?: InputMaybe<Scalars['ID']['input']>;
  /** The date of the report this observation comes from. */
  reportedOn?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<MovementStatus>;
};

export type EvacuationMovementPayload = {
  __typename?: 'EvacuationMovementPayload';
  evacuationMovement: EvacuationMovement;
  outcome: WriteOutcome;
};

/** An actor's operation to bring people home, made of movements with dated counts and routes. */
export type EvacuationOperation = Fact & Node & {
  __typename?: 'EvacuationOperation';
  citations: Array<Citation>;
  conductedBy: Actor;
  /** The conflict that prompted it. */
  conflict: Maybe<Conflict>;
  id: Scalars['ID']['output'];
  movements: Array<EvacuationMovement>;
  name: Scalars['String']['output'];
  /** Who the evacuation lists put first, in the source's words. */
  priorityGroups: Array<Scalars['String']['output']>;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type EvacuationOperationConnection = {
  __typename?: 'EvacuationOperationConnection';
  edges: Array<EvacuationOperationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EvacuationOperationEdge = {
  __typename?: 'EvacuationOperationEdge';
  cursor: Scalars['String']['output'];
  node: EvacuationOperation;
};

export type EvacuationOperationInput = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  conductedBy: Scalars['ID']['input'];
  conflict?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  priorityGroups?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type EvacuationOperationPatch = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  conductedBy?: InputMaybe<Scalars['ID']['input']>;
  conflict?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  priorityGroups?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type EvacuationOperationPayload = {
  __typename?: 'EvacuationOperationPayload';
  evacuationOperation: EvacuationOperation;
  outcome: WriteOutcome;
};

export type EvacuationRecord = {
  __typename?: 'EvacuationRecord';
  actor: EntityRef;
  /** Movements that sources give differently, over all the actor's operations. */
  alternativeClaims: Array<AlternativeClaims>;
  operations: Array<OperationView>;
  /** Totals over all the actor's operations. */
  totalsByDate: Array<DatedTotal>;
};

export type EvacuationSort = {
  direction?: InputMaybe<SortDirection>;
  field: EvacuationSortField;
};

export type EvacuationSortField =
  | 'NAME';

/**
 * A dated occasion (a briefing, an interview, a summit session) or, of kind ACT, something done rather than said
 * ("Iran's strikes on Arab states"), with who did it and to whom, toward which a stance can be taken.
 */
export type Event = Fact & Node & StanceTarget & {
  __typename?: 'Event';
  /** For an ACT: who carried it out. */
  actors: Array<Actor>;
  citations: Array<Citation>;
  date: PartialDate;
  id: Scalars['ID']['output'];
  kind: EventKind;
  name: Scalars['String']['output'];
  organizer: Maybe<Actor>;
  /** Who took part and as what (the host, the counterpart of a bilateral meeting), announced or as held. */
  participants: Array<Attendance>;
  place: Maybe<Place>;
  statements: Array<Statement>;
  /** For an ACT: whom or what it was directed at. */
  targets: Array<Actor>;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type EventConnection = {
  __typename?: 'EventConnection';
  edges: Array<EventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type EventEdge = {
  __typename?: 'EventEdge';
  cursor: Scalars['String']['output'];
  node: Event;
};

export type EventFilter = {
  /** Dated certainly within `from`..`to`: every day the date can denote lies in the range. */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EventKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type EventInput = {
  /** Only for an ACT: who carried it out. */
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  date: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  kind: EventKind;
  name: Scalars['String']['input'];
  organizer?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Only for an ACT: whom it was directed at. */
  targets?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type EventKind =
  /** Something done rather than said (strikes, a seizure, a test), with its actors and targets. */
  | 'ACT'
  | 'BRIEFING'
  | 'INTERVIEW'
  | 'MEETING'
  | 'OTHER'
  | 'PRESS_CONFERENCE'
  | 'SPEECH';

export type EventPatch = {
  /** Only for an ACT: who carried it out. */
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  date?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<EventKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  organizer?: InputMaybe<Scalars['ID']['input']>;
  place?: InputMaybe<Scalars['ID']['input']>;
  /** Only for an ACT: whom it was directed at. */
  targets?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type EventPayload = {
  __typename?: 'EventPayload';
  event: Event;
  outcome: WriteOutcome;
};

export type EventRole =
  /** The other side of a bilateral meeting. */
  | 'COUNTERPART'
  /** A member of a delegation. */
  | 'DELEGATE'
  /** Received the others. */
  | 'HOST'
  | 'OBSERVER'
  /** Addressed the event. */
  | 'SPEAKER';

export type EventSort = {
  direction?: InputMaybe<SortDirection>;
  field: EventSortField;
};

export type EventSortField =
  | 'DATE'
  | 'NAME';

/** What supports a fact: a source and, when we hold its text, the span and the words at it. */
export type Evidence = {
  __typename?: 'Evidence';
  excerpt: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  source: SourceRef;
  span: Maybe<Span>;
};

export type Export = {
  __typename?: 'Export';
  /** Relationships between exported nodes. */
  edgeCount: Scalars['Int']['output'];
  files: Array<ExportFile>;
  format: ExportFormat;
  /** Nodes written: the entities, plus the legs of evacuation movements (for JSON: the records). */
  nodeCount: Scalars['Int']['output'];
};

/** One file of an export, as text. */
export type ExportFile = {
  __typename?: 'ExportFile';
  content: Scalars['String']['output'];
  mediaType: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type ExportFormat =
  /** Two files, nodes.csv and edges.csv, in the columns Gephi's spreadsheet import expects. */
  | 'CSV'
  /** GraphML with a key declaration per property: opens in Gephi, yEd and NetworkX. */
  | 'GRAPHML'
  /** JSON Lines in the import format, references before the records that use them: `npm run import` reads it back. */
  | 'JSON';

/**
 * Which part of the graph to export. Give `around` (with `depth`) for an ego network, or `ids` for a set of
 * entities (a query's result); give neither for everything.
 */
export type ExportScope = {
  /** The entity at the centre of an ego network. */
  around?: InputMaybe<Scalars['ID']['input']>;
  /** How many relationships away from `around` to reach: 1 or 2. */
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** How many statements (or entities) have one value of a facet: a stance code, a conflict, a kind, a language. */
export type FacetCount = {
  __typename?: 'FacetCount';
  count: Scalars['Int']['output'];
  /** The value in words: the stance's label, the conflict's name; the value itself for kinds and languages. */
  label: Scalars['String']['output'];
  /** The stance code, conflict id, statement kind or language code. */
  value: Scalars['String']['output'];
};

/** A fact-bearing entity: anything that carries citations. */
export type Fact = {
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  version: Scalars['ID']['output'];
};

export type FactConnection = {
  __typename?: 'FactConnection';
  edges: Array<FactEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FactEdge = {
  __typename?: 'FactEdge';
  cursor: Scalars['String']['output'];
  node: Fact;
};

/** What an entity's statements hold, counted before the feed's filters, so each choice shows what it would leave. */
export type FeedFacets = {
  __typename?: 'FeedFacets';
  conflicts: Array<FacetCount>;
  kinds: Array<FacetCount>;
  languages: Array<FacetCount>;
  stances: Array<FacetCount>;
};

/**
 * An edge of a graph view. Participations, involvements, memberships and offices are drawn as edges
 * (actor → round or process labelled with the role; actor → conflict with its role; member → group;
 * person → organization with the title); `factId` names the record behind the edge, for its evidence.
 */
export type GraphEdge = {
  __typename?: 'GraphEdge';
  condition: Maybe<Scalars['String']['output']>;
  /** True for edges of a CONDITIONAL stance; see `condition`. */
  conditional: Scalars['Boolean']['output'];
  factId: Maybe<Scalars['ID']['output']>;
  /** Stable for the same edge across pages and requests. */
  id: Scalars['ID']['output'];
  /** The edge in words: the role (HOST, MEDIATOR), the office title, or the relationship. */
  label: Scalars['String']['output'];
  /** The modality of the stance this edge leads to or from, for edges that touch a stance. */
  modality: Maybe<Modality>;
  /** The role, title or transport mode the edge carries, when it has one. */
  qualifier: Maybe<Scalars['String']['output']>;
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  /** PARTICIPATES_IN, INVOLVED_IN, MEMBER_OF, HOLDS_OFFICE, ROUTE_FROM, ROUTE_TO, TRANSIT_VIA, CARRIED_BY, or a stored relationship type (SPOKEN_BY, EXPRESSES, TOWARD, ...). */
  type: Scalars['String']['output'];
};

/** A node of a graph view. */
export type GraphNode = {
  __typename?: 'GraphNode';
  /** Steps from the centre: 0 for the centre, then 1 or 2. */
  depth: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  label: Scalars['String']['output'];
};

/** The graph at a glance: what the explorer shows before any search. */
export type GraphOverview = {
  __typename?: 'GraphOverview';
  /** Entities by kind, most numerous first; kinds the graph has none of are left out. */
  counts: Array<KindCount>;
  /** The newest statements in the graph, newest first. */
  recentStatements: Array<StatementView>;
  /** Conflicts by the statements about them or expressing a stance toward them. */
  topConflicts: Array<RankedEntity>;
  /** Negotiation processes by the statements about them or about the conflicts they concern. */
  topProcesses: Array<RankedEntity>;
};

export type GraphPath = {
  __typename?: 'GraphPath';
  length: Scalars['Int']['output'];
  nodes: Array<EntityRef>;
  steps: Array<PathStep>;
};

/** An actor's stance with everything that supports it. */
export type HeldStance = {
  __typename?: 'HeldStance';
  /** For CONDITIONAL stances: the condition in the source's words. */
  condition: Maybe<Scalars['String']['output']>;
  conditionMet: Maybe<Scalars['Boolean']['output']>;
  conditionStatusDate: Maybe<PartialDate>;
  evidence: Array<Evidence>;
  /** The statements that express it, oldest first. */
  expressedBy: Array<StatementView>;
  holder: EntityRef;
  id: Scalars['ID']['output'];
  modality: Modality;
  /** True when a statement presents it as continuing unchanged ('remains unchanged'). */
  presentedAsUnchanged: Scalars['Boolean']['output'];
  reaffirmedBy: Array<StanceSummary>;
  reaffirms: Array<StanceSummary>;
  /** The date of the first statement that expresses it. */
  since: Maybe<PartialDate>;
  stance: Scalars['StanceCode']['output'];
  stanceLabel: Scalars['String']['output'];
  /**
   * Whether it stands on the `asOf` date asked for (or, without one, now): expressed by then, not withdrawn
   * and not replaced by a later stance.
   */
  standing: Scalars['Boolean']['output'];
  supersededBy: Maybe<StanceSummary>;
  supersedes: Maybe<StanceSummary>;
  toward: Maybe<EntityRef>;
  /** When it was withdrawn, changed or ran its course (a one-off commitment), if known. */
  until: Maybe<PartialDate>;
};

export type HeldStanceConnection = {
  __typename?: 'HeldStanceConnection';
  edges: Array<HeldStanceEdge>;
  pageInfo: PageInfo;
  /** How many stances answer the question; at least this many when totalCountIsLowerBound. */
  totalCount: Scalars['Int']['output'];
  /**
   * True when totalCount is a lower bound: more stances match than one answer counts (stanceHolders counts
   * among the first 200 holders of the stance, stancesOf among an actor's first 5,000 stances), so there are
   * at least totalCount. Paging on until hasNextPage is false reaches them all.
   */
  totalCountIsLowerBound: Scalars['Boolean']['output'];
};

export type HeldStanceEdge = {
  __typename?: 'HeldStanceEdge';
  cursor: Scalars['String']['output'];
  node: HeldStance;
};

/** How an actor is involved in a conflict, as a source reports it. */
export type Involvement = Fact & Node & {
  __typename?: 'Involvement';
  actor: Actor;
  citations: Array<Citation>;
  conflict: Conflict;
  id: Scalars['ID']['output'];
  role: InvolvementRole;
  /** The side, in the source's terms, when the source groups actors into sides. */
  side: Maybe<Scalars['String']['output']>;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type InvolvementInput = {
  actor: Scalars['ID']['input'];
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  conflict: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  role: InvolvementRole;
  side?: InputMaybe<Scalars['String']['input']>;
};

export type InvolvementPatch = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  conflict?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<InvolvementRole>;
  side?: InputMaybe<Scalars['String']['input']>;
};

export type InvolvementPayload = {
  __typename?: 'InvolvementPayload';
  involvement: Involvement;
  outcome: WriteOutcome;
};

export type InvolvementRole =
  /** Carried out the military action the source describes. */
  | 'ATTACKER'
  | 'BELLIGERENT'
  /** A party to a dispute or issue. */
  | 'PARTY'
  /** Was the target of the military action the source describes. */
  | 'TARGET';

export type KindCount = {
  __typename?: 'KindCount';
  count: Scalars['Int']['output'];
  /** A GraphQL type name: Country, Statement, Position, ... */
  kind: Scalars['String']['output'];
};

/** A stretch of an evacuation route. */
export type LegView = {
  __typename?: 'LegView';
  carrier: Maybe<EntityRef>;
  from: Maybe<EntityRef>;
  mode: Maybe<TransportMode>;
  note: Maybe<Scalars['String']['output']>;
  sequence: Scalars['Int']['output'];
  to: Array<EntityRef>;
  via: Array<EntityRef>;
};

/** A name in one language and script, possibly valid only for a time (Astana was Nur-Sultan 2019-2022). */
export type LocalizedName = {
  __typename?: 'LocalizedName';
  citations: Array<Citation>;
  kind: NameKind;
  /** BCP 47 language tag, e.g. `en`, `ru`, `kk`. */
  language: Scalars['String']['output'];
  validFrom: Maybe<PartialDate>;
  validTo: Maybe<PartialDate>;
  value: Scalars['String']['output'];
};

export type MappingQuality =
  | 'CLOSEST'
  | 'EXACT'
  | 'NONE';

/** Membership of an actor in a group, with its source. */
export type Membership = Fact & Node & {
  __typename?: 'Membership';
  citations: Array<Citation>;
  group: Organization;
  id: Scalars['ID']['output'];
  member: Actor;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type MembershipInput = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  group: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  member: Scalars['ID']['input'];
};

export type MembershipPatch = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  group?: InputMaybe<Scalars['ID']['input']>;
  member?: InputMaybe<Scalars['ID']['input']>;
};

export type MembershipPayload = {
  __typename?: 'MembershipPayload';
  membership: Membership;
  outcome: WriteOutcome;
};

export type MentionKind =
  | 'CONFLICT'
  | 'COUNTRY'
  | 'ORGANIZATION'
  | 'PERSON'
  | 'PROCESS';

export type Modality =
  | 'ASSERTED'
  /** Held only if a condition is met; see `condition`. */
  | 'CONDITIONAL'
  /** Announced as a future commitment. */
  | 'FUTURE'
  /** The actor says it does not hold this stance. */
  | 'NEGATED';

export type MovementStatus =
  | 'COMPLETED'
  | 'PLANNED'
  | 'UNDERWAY';

export type MovementView = {
  __typename?: 'MovementView';
  /** Movements other sources give for the same people moving, with other figures or dates (see `alternativeClaims`). */
  alternatives: Array<EntityRef>;
  /** Null when the source gives no number. */
  count: Maybe<Scalars['Int']['output']>;
  countKind: CountKind;
  countQualifier: Maybe<QuantityQualifier>;
  countUnit: CountUnit;
  date: Maybe<PartialDate>;
  description: Scalars['String']['output'];
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  legs: Array<LegView>;
  reportedOn: Maybe<PartialDate>;
  status: MovementStatus;
  /** Countries the route crosses between its origin and destination. */
  transitCountries: Array<EntityRef>;
};

/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Confirming an annotated article: the source and the proposals a researcher accepted (as `proposeAnnotations`
   * gave them, perhaps edited) are written in one transaction through the same path as the upserts and the
   * import, with an editor token, and land in the audit trail (`changes`). Nothing is half-written: any refusal
   * leaves the graph as it was.
   *
   * Spans are never typed by hand. Each proposal carries its words and the span the proposer computed; when the
   * span no longer reads the words (they were edited), the words are found again in the text, where they occur
   * once (or once inside the old span). Words the text does not hold, or holds more than once, are refused
   * (BAD_USER_INPUT with `extensions.field`, e.g. `input.proposals[2].text`, and `extensions.reason`
   * SPAN_NOT_FOUND or SPAN_AMBIGUOUS); `extensions.issues` lists every refusal, each with its field.
   *
   * Identifiers are made from the words: the source from its publisher (or web address), date and title; a new
   * person or organization from its name (an existing one of the same name is reused, never rewritten); a
   * statement from its source and span; a position from its holder, stance, conflict and modality (one the
   * holder already holds the same way is expressed again, not rewritten). Sending the same input twice changes
   * nothing the second time.
   */
  confirmAnnotations: ConfirmAnnotationsPayload;
  patchAttendance: AttendancePayload;
  patchConflict: ConflictPayload;
  patchCountry: CountryPayload;
  patchDateline: DatelinePayload;
  patchEvacuationMovement: EvacuationMovementPayload;
  patchEvacuationOperation: EvacuationOperationPayload;
  patchEvent: EventPayload;
  patchInvolvement: InvolvementPayload;
  patchMembership: MembershipPayload;
  patchNegotiationProcess: NegotiationProcessPayload;
  patchNegotiationRound: NegotiationRoundPayload;
  patchOffice: OfficePayload;
  patchOrganization: OrganizationPayload;
  patchParticipation: ParticipationPayload;
  patchPerson: PersonPayload;
  patchPlace: PlacePayload;
  patchPosition: PositionPayload;
  patchSource: SourcePayload;
  patchStanceDefinition: StanceDefinitionPayload;
  patchStatement: StatementPayload;
  /** Puts retracted records back as they were retracted, checked like any write (a record they point to must be held). */
  restoreRecords: RestorationPayload;
  /**
   * Takes wrong records out of the graph, with the reason, in one write: no question, list, search, path or export
   * shows them any more, and the audit trail keeps who retracted them, when, why and what they said. A record
   * other held records rely on (a position statements express, a person who spoke, a source cited) is refused,
   * naming them, unless they are retracted in the same call. `ifVersion` per record as in the upserts.
   */
  retractRecords: RetractionPayload;
  /** Who took part in an event and as what. */
  upsertAttendance: AttendancePayload;
  upsertConflict: ConflictPayload;
  upsertCountry: CountryPayload;
  upsertDateline: DatelinePayload;
  /** An observation of an evacuation movement: its count, status and route as a dated report gives them. */
  upsertEvacuationMovement: EvacuationMovementPayload;
  upsertEvacuationOperation: EvacuationOperationPayload;
  upsertEvent: EventPayload;
  upsertInvolvement: InvolvementPayload;
  upsertMembership: MembershipPayload;
  upsertNegotiationProcess: NegotiationProcessPayload;
  upsertNegotiationRound: NegotiationRoundPayload;
  upsertOffice: OfficePayload;
  upsertOrganization: OrganizationPayload;
  upsertParticipation: ParticipationPayload;
  upsertPerson: PersonPayload;
  upsertPlace: PlacePayload;
  /** A stance; `reaffirms` lists the earlier positions it restates. */
  upsertPosition: PositionPayload;
  upsertSource: SourcePayload;
  /** Adds a stance code to the codebook, or edits its definition. */
  upsertStanceDefinition: StanceDefinitionPayload;
  /** A rendering of an utterance; `renders` links it to other renderings of the same utterance already held. */
  upsertStatement: StatementPayload;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationConfirmAnnotationsArgs = {
  input: ConfirmAnnotationsInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchAttendanceArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: AttendancePatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchConflictArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: ConflictPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchCountryArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: CountryPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchDatelineArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: DatelinePatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchEvacuationMovementArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: EvacuationMovementPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchEvacuationOperationArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: EvacuationOperationPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchEventArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: EventPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchInvolvementArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: InvolvementPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchMembershipArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: MembershipPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchNegotiationProcessArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: NegotiationProcessPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchNegotiationRoundArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: NegotiationRoundPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchOfficeArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: OfficePatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchOrganizationArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: OrganizationPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchParticipationArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: ParticipationPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchPersonArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: PersonPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchPlaceArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: PlacePatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchPositionArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: PositionPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchSourceArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: SourcePatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchStanceDefinitionArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: StanceDefinitionPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationPatchStatementArgs = {
  id: Scalars['ID']['input'];
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  set: StatementPatch;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationRestoreRecordsArgs = {
  ids: Array<Scalars['ID']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationRetractRecordsArgs = {
  reason: Scalars['String']['input'];
  records: Array<RetractionInput>;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertAttendanceArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: AttendanceInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertConflictArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: ConflictInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertCountryArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: CountryInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertDatelineArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: DatelineInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertEvacuationMovementArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: EvacuationMovementInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertEvacuationOperationArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: EvacuationOperationInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertEventArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: EventInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertInvolvementArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: InvolvementInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertMembershipArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: MembershipInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertNegotiationProcessArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: NegotiationProcessInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertNegotiationRoundArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: NegotiationRoundInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertOfficeArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: OfficeInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertOrganizationArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: OrganizationInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertParticipationArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: ParticipationInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertPersonArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: PersonInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertPlaceArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: PlaceInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertPositionArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: PositionInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertSourceArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: SourceInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertStanceDefinitionArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: StanceDefinitionInput;
};


/**
 * Writes. Reads are open; every mutation needs an editor token (`Authorization: Bearer <token>`): without one
 * the answer is UNAUTHENTICATED, with a token that is not configured it is FORBIDDEN.
 *
 * Each mutation writes one record in one transaction: a refusal (BAD_USER_INPUT, with `extensions.field`
 * naming the offending input field) leaves nothing behind. The `id` is the client key: sending the same
 * input again after a timeout changes nothing and answers `outcome: UNCHANGED`; sending it with other values
 * updates the record. An upsert replaces the record whole, so send every field you want kept. The inputs
 * are the import format (docs/import-format.md) without `type`.
 *
 * To change some fields only, use `patch<Type>(id, set, ifVersion)`: only the fields given in `set` change; a
 * field given as `null` is cleared (refused if the record needs it); a list given (names, citations, links,
 * legs) replaces that list whole. The record that results is checked like a full upsert and audited as one. A
 * patch reads the record under its write lock, so two patches of different fields never lose each other's.
 *
 * Every record reads with its `version`. Send it back as `ifVersion` to write only over the record you read:
 * if someone changed it meanwhile, the answer is CONFLICT (`extensions.currentVersion` has the version it is
 * at now) and nothing is written, so no edit is overwritten unseen.
 *
 * Dates are written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the form gives the precision (YEAR, MONTH, DAY).
 */
export type MutationUpsertStatementArgs = {
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
  input: StatementInput;
};

export type NameInput = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** Defaults to ALIAS. */
  kind?: InputMaybe<NameKind>;
  language: Scalars['String']['input'];
  validFrom?: InputMaybe<Scalars['String']['input']>;
  validTo?: InputMaybe<Scalars['String']['input']>;
  value: Scalars['String']['input'];
};

export type NameKind =
  /** Another current name or spelling (a transliteration variant, a short form). */
  | 'ALIAS'
  /** A name no longer in use; see validTo. */
  | 'FORMER'
  /** The name in current official use in that language. */
  | 'OFFICIAL';

/** A series of talks about a conflict or issue (the Astana format on Syria; the P5+1 talks with Iran). */
export type NegotiationProcess = Fact & Node & {
  __typename?: 'NegotiationProcess';
  citations: Array<Citation>;
  concerns: Array<Conflict>;
  end: Maybe<PartialDate>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  names: Array<LocalizedName>;
  /** Roles actors played in the process as a whole. */
  participations: Array<Participation>;
  /** How many rounds the sources say were held, with their qualifier (more than 20); null when none says. */
  roundCount: Maybe<Quantity>;
  rounds: NegotiationRoundConnection;
  start: Maybe<PartialDate>;
  /** Statements about the process, newest first. */
  statements: Array<Statement>;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};


/** A series of talks about a conflict or issue (the Astana format on Syria; the P5+1 talks with Iran). */
export type NegotiationProcessRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type NegotiationProcessConnection = {
  __typename?: 'NegotiationProcessConnection';
  edges: Array<NegotiationProcessEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NegotiationProcessEdge = {
  __typename?: 'NegotiationProcessEdge';
  cursor: Scalars['String']['output'];
  node: NegotiationProcess;
};

export type NegotiationProcessFilter = {
  /** Processes about this conflict or issue. */
  concerns?: InputMaybe<Scalars['ID']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** Processes this actor took part in (in any role unless `role` is given). */
  participant?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<ParticipationRole>;
};

export type NegotiationProcessInput = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  concerns?: InputMaybe<Array<Scalars['ID']['input']>>;
  end?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  names?: InputMaybe<Array<NameInput>>;
  /** How many rounds the sources say were held (with roundCountQualifier, e.g. MORE_THAN, and roundCountAsOf). */
  roundCount?: InputMaybe<Scalars['Int']['input']>;
  roundCountAsOf?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to EXACT. */
  roundCountQualifier?: InputMaybe<QuantityQualifier>;
  start?: InputMaybe<Scalars['String']['input']>;
};

export type NegotiationProcessPatch = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  concerns?: InputMaybe<Array<Scalars['ID']['input']>>;
  end?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  names?: InputMaybe<Array<NameInput>>;
  /** How many rounds the sources say were held (with roundCountQualifier, e.g. MORE_THAN, and roundCountAsOf). */
  roundCount?: InputMaybe<Scalars['Int']['input']>;
  roundCountAsOf?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to EXACT. */
  roundCountQualifier?: InputMaybe<QuantityQualifier>;
  start?: InputMaybe<Scalars['String']['input']>;
};

export type NegotiationProcessPayload = {
  __typename?: 'NegotiationProcessPayload';
  negotiationProcess: NegotiationProcess;
  outcome: WriteOutcome;
};

export type NegotiationProcessSort = {
  direction?: InputMaybe<SortDirection>;
  field: NegotiationProcessSortField;
};

export type NegotiationProcessSortField =
  | 'NAME'
  | 'START';

/** One meeting of a process, at a venue, with its outcome. */
export type NegotiationRound = Fact & Node & {
  __typename?: 'NegotiationRound';
  citations: Array<Citation>;
  end: Maybe<PartialDate>;
  id: Scalars['ID']['output'];
  label: Maybe<Scalars['String']['output']>;
  /** The round's number in its process, when the sources give it. */
  ordinal: Maybe<Scalars['Int']['output']>;
  outcome: Maybe<Scalars['String']['output']>;
  participations: Array<Participation>;
  process: NegotiationProcess;
  start: Maybe<PartialDate>;
  /** Statements made at the round, newest first. */
  statements: Array<Statement>;
  venue: Maybe<Place>;
  /** The venue's name on the round's start date (Nur-Sultan for 2019-2022 rounds). */
  venueName: Maybe<Scalars['String']['output']>;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type NegotiationRoundConnection = {
  __typename?: 'NegotiationRoundConnection';
  edges: Array<NegotiationRoundEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type NegotiationRoundEdge = {
  __typename?: 'NegotiationRoundEdge';
  cursor: Scalars['String']['output'];
  node: NegotiationRound;
};

export type NegotiationRoundFilter = {
  from?: InputMaybe<Scalars['String']['input']>;
  process?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['ID']['input']>;
};

export type NegotiationRoundInput = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  end?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  process: Scalars['ID']['input'];
  start?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['ID']['input']>;
};

export type NegotiationRoundPatch = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  end?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  ordinal?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  process?: InputMaybe<Scalars['ID']['input']>;
  start?: InputMaybe<Scalars['String']['input']>;
  venue?: InputMaybe<Scalars['ID']['input']>;
};

export type NegotiationRoundPayload = {
  __typename?: 'NegotiationRoundPayload';
  negotiationRound: NegotiationRound;
  outcome: WriteOutcome;
};

export type NegotiationRoundSort = {
  direction?: InputMaybe<SortDirection>;
  field: NegotiationRoundSortField;
};

export type NegotiationRoundSortField =
  | 'START';

/**
 * The ego network of an entity, as nodes and edges ready for a graph view. Nodes are paged (centre first,
 * then by depth, kind and id; a cursor names the last node of its page); each page carries the edges between
 * its nodes and the nodes of earlier pages, so the pages together draw the whole network once. Edges among
 * the outermost ring are not drawn. Around a hub the network is a sample: a bounded number of neighbours of
 * each kind (statements, other records, roles, routes) per node, and `truncated` says so.
 */
export type Neighbourhood = {
  __typename?: 'Neighbourhood';
  center: GraphNode;
  edges: Array<GraphEdge>;
  /** This page of the network's nodes; the first page starts with the centre. */
  nodes: Array<GraphNode>;
  pageInfo: PageInfo;
  /** Nodes in the network, the centre included; at least this many when totalNodesIsLowerBound. */
  totalNodes: Scalars['Int']['output'];
  /** True when a node had more neighbours of one kind than are explored, so totalNodes counts a sample and the network has more. */
  totalNodesIsLowerBound: Scalars['Boolean']['output'];
  /** True when a node had more neighbours of one kind than are explored, so the network shown is a sample. */
  truncated: Scalars['Boolean']['output'];
};

/**
 * Anything with a stable identifier. Identifiers read like `country:KZ` or `person:alibek-bakayev`; the part
 * before the colon names the kind of entity.
 */
export type Node = {
  id: Scalars['ID']['output'];
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

/** The occasion of a statement: a briefing, an interview, a meeting. */
export type OccasionView = {
  __typename?: 'OccasionView';
  date: PartialDate;
  id: Scalars['ID']['output'];
  kind: EventKind;
  name: Scalars['String']['output'];
  place: Maybe<EntityRef>;
};

/** A post held by a person in an organization, with the dates we know. */
export type Office = Fact & Node & {
  __typename?: 'Office';
  citations: Array<Citation>;
  end: Maybe<PartialDate>;
  holder: Person;
  id: Scalars['ID']['output'];
  organization: Organization;
  start: Maybe<PartialDate>;
  title: Scalars['String']['output'];
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type OfficeConnection = {
  __typename?: 'OfficeConnection';
  edges: Array<OfficeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OfficeEdge = {
  __typename?: 'OfficeEdge';
  cursor: Scalars['String']['output'];
  node: Office;
};

export type OfficeFilter = {
  /** Offices held on this date (unknown bounds are open). */
  heldOn?: InputMaybe<Scalars['String']['input']>;
  holder?: InputMaybe<Scalars['ID']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type OfficeInput = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  end?: InputMaybe<Scalars['String']['input']>;
  holder: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  organization: Scalars['ID']['input'];
  start?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type OfficePatch = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  end?: InputMaybe<Scalars['String']['input']>;
  holder?: InputMaybe<Scalars['ID']['input']>;
  organization?: InputMaybe<Scalars['ID']['input']>;
  start?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type OfficePayload = {
  __typename?: 'OfficePayload';
  office: Office;
  outcome: WriteOutcome;
};

export type OfficeSort = {
  direction?: InputMaybe<SortDirection>;
  field: OfficeSortField;
};

export type OfficeSortField =
  | 'START'
  | 'TITLE';

/** An office a speaker held, with its organization and that organization's country. */
export type OfficeView = {
  __typename?: 'OfficeView';
  country: Maybe<EntityRef>;
  end: Maybe<PartialDate>;
  /**
   * In a statement's `speakerOffices`: CERTAINLY when the office's known start and end surround the statement's
   * date, POSSIBLY when they may not (a start or end the sources do not give is unknown, not open).
   */
  held: DateMatch;
  id: Scalars['ID']['output'];
  organization: EntityRef;
  start: Maybe<PartialDate>;
  title: Scalars['String']['output'];
};

export type OnBehalfOfBasis =
  /** The speaker's office on the statement's date, in the graph. */
  | 'OFFICE'
  /** The country of the organization that spoke. */
  | 'ORGANIZATION'
  /** The words around the speaker's name ("Kazakh Deputy Foreign Minister"). */
  | 'TEXT';

export type OntologyMapping = {
  __typename?: 'OntologyMapping';
  /** The code in the target ontology, or null when it has no equivalent. */
  code: Maybe<Scalars['String']['output']>;
  label: Maybe<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  quality: MappingQuality;
};

export type OperationView = {
  __typename?: 'OperationView';
  /** Movements that sources give differently, each fact's claims together. */
  alternativeClaims: Array<AlternativeClaims>;
  conflict: Maybe<EntityRef>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  /** Dated first, oldest first; undated last. */
  movements: Array<MovementView>;
  name: Scalars['String']['output'];
  priorityGroups: Array<Scalars['String']['output']>;
  totalsByDate: Array<DatedTotal>;
};

/**
 * A ministry, government, intergovernmental body, group of states (P5+1), airline, armed group - or a
 * group the sources leave unnamed ("the countries that were attacked"), whose members stay unknown.
 */
export type Organization = Actor & Fact & Node & StanceTarget & {
  __typename?: 'Organization';
  children: Array<Organization>;
  /** What backs the organization's country and parent links (its names carry their own citations). */
  citations: Array<Citation>;
  country: Maybe<Country>;
  id: Scalars['ID']['output'];
  involvements: Array<Involvement>;
  kind: OrganizationKind;
  memberOf: Array<Membership>;
  members: Array<Membership>;
  /** False when the sources refer to the group without saying who is in it. */
  membersKnown: Scalars['Boolean']['output'];
  mentionedIn: StatementConnection;
  name: Scalars['String']['output'];
  names: Array<LocalizedName>;
  offices: Array<Office>;
  parent: Maybe<Organization>;
  participations: ParticipationConnection;
  positions: PositionConnection;
  statements: StatementConnection;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};


/**
 * A ministry, government, intergovernmental body, group of states (P5+1), airline, armed group - or a
 * group the sources leave unnamed ("the countries that were attacked"), whose members stay unknown.
 */
export type OrganizationMentionedInArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A ministry, government, intergovernmental body, group of states (P5+1), airline, armed group - or a
 * group the sources leave unnamed ("the countries that were attacked"), whose members stay unknown.
 */
export type OrganizationParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A ministry, government, intergovernmental body, group of states (P5+1), airline, armed group - or a
 * group the sources leave unnamed ("the countries that were attacked"), whose members stay unknown.
 */
export type OrganizationPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A ministry, government, intergovernmental body, group of states (P5+1), airline, armed group - or a
 * group the sources leave unnamed ("the countries that were attacked"), whose members stay unknown.
 */
export type OrganizationStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  country?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationInput = {
  /** Required when country or parent is given: what says so. */
  citations?: InputMaybe<Array<CitationInput>>;
  country?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  kind: OrganizationKind;
  /** Defaults to true; false for a group the sources leave unnamed. */
  membersKnown?: InputMaybe<Scalars['Boolean']['input']>;
  name: Scalars['String']['input'];
  names?: InputMaybe<Array<NameInput>>;
  parent?: InputMaybe<Scalars['ID']['input']>;
};

export type OrganizationKind =
  | 'AIRLINE'
  | 'DELEGATION'
  | 'GOVERNMENT'
  | 'GROUP_OF_STATES'
  | 'INTERGOVERNMENTAL'
  | 'MEDIA'
  | 'MINISTRY'
  | 'NON_STATE_ARMED_GROUP'
  | 'OTHER'
  /** A set of states the sources name only by description. */
  | 'UNSPECIFIED_GROUP';

export type OrganizationPatch = {
  /** Required when country or parent is given: what says so. */
  citations?: InputMaybe<Array<CitationInput>>;
  country?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  /** Defaults to true; false for a group the sources leave unnamed. */
  membersKnown?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  names?: InputMaybe<Array<NameInput>>;
  parent?: InputMaybe<Scalars['ID']['input']>;
};

export type OrganizationPayload = {
  __typename?: 'OrganizationPayload';
  organization: Organization;
  outcome: WriteOutcome;
};

export type OrganizationSort = {
  direction?: InputMaybe<SortDirection>;
  field: OrganizationSortField;
};

export type OrganizationSortField =
  | 'KIND'
  | 'NAME';

/** Cursor pagination in the Relay style; cursors are opaque. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/**
 * A date known only to some precision: `2013` (YEAR), `2013-02` (MONTH) or `2013-02-26` (DAY); a range of two
 * of them, `2026-03-03/2026-03-08` (RANGE, both ends inclusive); or a bound open on one side, `../2025-05` (on
 * or before May 2025) or `2013-02-27/..` (on or after) (BOUND). Sorting uses the first day; questions and
 * filters compare the first and last days by their `dateMatch`.
 */
export type PartialDate = {
  __typename?: 'PartialDate';
  /** The first day the value can denote; null when it is open before (`../2025-05`). */
  first: Maybe<Scalars['String']['output']>;
  /** The last day the value can denote; null when it is open after (`2013-02-27/..`). */
  last: Maybe<Scalars['String']['output']>;
  precision: DatePrecision;
  /** As written. */
  value: Scalars['String']['output'];
};

export type PartialDateInput = {
  precision?: InputMaybe<DatePrecision>;
  /** YYYY, YYYY-MM or YYYY-MM-DD; the form gives the precision. */
  value: Scalars['String']['input'];
};

/** A role an actor played in a process, or in one round of it. */
export type ParticipantView = {
  __typename?: 'ParticipantView';
  actor: EntityRef;
  evidence: Array<Evidence>;
  ledBy: Maybe<EntityRef>;
  participationId: Scalars['ID']['output'];
  role: ParticipationRole;
  /** The round, when the role is reported for one round only; null for the whole process. */
  round: Maybe<EntityRef>;
};

/**
 * A role an actor played in a process or in one round. Roles are distinct: a HOST provides the venue and is
 * not thereby a MEDIATOR or a PARTY.
 */
export type Participation = Fact & Node & {
  __typename?: 'Participation';
  actor: Actor;
  citations: Array<Citation>;
  id: Scalars['ID']['output'];
  /** The person who led this actor's delegation, when reported. */
  ledBy: Maybe<Person>;
  process: NegotiationProcess;
  role: ParticipationRole;
  /** The round, when the role is reported for one round only. */
  round: Maybe<NegotiationRound>;
  /** Whether the source reports the participation as announced beforehand or as having taken place. */
  status: ParticipationStatus;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type ParticipationConnection = {
  __typename?: 'ParticipationConnection';
  edges: Array<ParticipationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ParticipationEdge = {
  __typename?: 'ParticipationEdge';
  cursor: Scalars['String']['output'];
  node: Participation;
};

export type ParticipationFilter = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  process?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<ParticipationRole>;
};

export type ParticipationInput = {
  actor: Scalars['ID']['input'];
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  id: Scalars['ID']['input'];
  ledBy?: InputMaybe<Scalars['ID']['input']>;
  process: Scalars['ID']['input'];
  role: ParticipationRole;
  round?: InputMaybe<Scalars['ID']['input']>;
  /** Omitted is TOOK_PLACE. */
  status?: InputMaybe<ParticipationStatus>;
};

export type ParticipationPatch = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  ledBy?: InputMaybe<Scalars['ID']['input']>;
  process?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<ParticipationRole>;
  round?: InputMaybe<Scalars['ID']['input']>;
  /** Omitted is TOOK_PLACE. */
  status?: InputMaybe<ParticipationStatus>;
};

export type ParticipationPayload = {
  __typename?: 'ParticipationPayload';
  outcome: WriteOutcome;
  participation: Participation;
};

export type ParticipationRole =
  /** Helps the parties meet without mediating the substance. */
  | 'FACILITATOR'
  /** Guarantees the process or its outcome. */
  | 'GUARANTOR'
  /** Provides the venue and the platform. */
  | 'HOST'
  /** Mediates between the parties. */
  | 'MEDIATOR'
  | 'OBSERVER'
  /** A party to the talks. */
  | 'PARTY';

export type ParticipationSort = {
  direction?: InputMaybe<SortDirection>;
  field: ParticipationSortField;
};

export type ParticipationSortField =
  | 'ROLE';

export type ParticipationStatus =
  /** Reported before the fact: the actor was expected or announced to take part. */
  | 'ANNOUNCED'
  /** Reported as having taken place. */
  | 'TOOK_PLACE';

/** One step of a path: a relationship between two entities, said in words, with the record that states it. */
export type PathStep = {
  __typename?: 'PathStep';
  evidence: Array<Evidence>;
  /** The record that states the relationship (its owner); its citations are the evidence. */
  fact: EntityRef;
  /** True when the relationship is stored from `from` to `to`. */
  forward: Scalars['Boolean']['output'];
  from: EntityRef;
  /** The step in words: `statement … was spoken by Alibek Bakayev`. */
  label: Scalars['String']['output'];
  to: EntityRef;
  /** The relationship type as stored (SPOKEN_BY, MENTIONS, IN_PROCESS, ...). */
  type: Scalars['String']['output'];
};

export type Person = Actor & Node & StanceTarget & {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  /** Delegations this person led. */
  ledParticipations: Array<Participation>;
  name: Scalars['String']['output'];
  names: Array<LocalizedName>;
  offices: Array<Office>;
  /**
   * The offices this person held on a date (YYYY, YYYY-MM or YYYY-MM-DD). CERTAINLY (default): the office's
   * known start and end surround every day the date can denote, so an office whose start or end is unknown is
   * never listed (it is not held in 1990 and in 2030 alike). POSSIBLY: it may have been held that day, unknown
   * bounds included.
   */
  officesAt: Array<Office>;
  participations: ParticipationConnection;
  positions: PositionConnection;
  /** Statements this person made, newest first. */
  statements: StatementConnection;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};


export type PersonOfficesAtArgs = {
  date: Scalars['String']['input'];
  dateMatch?: InputMaybe<DateMatch>;
};


export type PersonParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type PersonStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PersonConnection = {
  __typename?: 'PersonConnection';
  edges: Array<PersonEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PersonEdge = {
  __typename?: 'PersonEdge';
  cursor: Scalars['String']['output'];
  node: Person;
};

export type PersonFilter = {
  /** Persons who held an office in this country's organizations. */
  country?: InputMaybe<Scalars['ID']['input']>;
  /** Matches a name or alias in any language or script, case-insensitively. */
  name?: InputMaybe<Scalars['String']['input']>;
};

export type PersonInput = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  names?: InputMaybe<Array<NameInput>>;
};

export type PersonPatch = {
  name?: InputMaybe<Scalars['String']['input']>;
  names?: InputMaybe<Array<NameInput>>;
};

export type PersonPayload = {
  __typename?: 'PersonPayload';
  outcome: WriteOutcome;
  person: Person;
};

export type PersonSort = {
  direction?: InputMaybe<SortDirection>;
  field: PersonSortField;
};

export type PersonSortField =
  | 'NAME';

/** A city or other location; its names can change over time. */
export type Place = Fact & Node & {
  __typename?: 'Place';
  /** What backs the place's country link (its names carry their own citations). */
  citations: Array<Citation>;
  country: Maybe<Country>;
  id: Scalars['ID']['output'];
  kind: PlaceKind;
  /** The current name. */
  name: Scalars['String']['output'];
  /** The name in use on a date, in a language (default English). */
  nameAt: Maybe<Scalars['String']['output']>;
  names: Array<LocalizedName>;
  /** Negotiation rounds held here. */
  rounds: Array<NegotiationRound>;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};


/** A city or other location; its names can change over time. */
export type PlaceNameAtArgs = {
  date: Scalars['String']['input'];
  language?: InputMaybe<Scalars['String']['input']>;
};

export type PlaceConnection = {
  __typename?: 'PlaceConnection';
  edges: Array<PlaceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlaceEdge = {
  __typename?: 'PlaceEdge';
  cursor: Scalars['String']['output'];
  node: Place;
};

export type PlaceFilter = {
  country?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<PlaceKind>;
  name?: InputMaybe<Scalars['String']['input']>;
};

export type PlaceInput = {
  /** Required when country is given: what says the place is in it. */
  citations?: InputMaybe<Array<CitationInput>>;
  country?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  kind: PlaceKind;
  name: Scalars['String']['input'];
  names?: InputMaybe<Array<NameInput>>;
};

export type PlaceKind =
  | 'CITY'
  | 'COUNTRY_AREA'
  | 'OTHER'
  | 'REGION';

export type PlacePatch = {
  /** Required when country is given: what says the place is in it. */
  citations?: InputMaybe<Array<CitationInput>>;
  country?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<PlaceKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  names?: InputMaybe<Array<NameInput>>;
};

export type PlacePayload = {
  __typename?: 'PlacePayload';
  outcome: WriteOutcome;
  place: Place;
};

export type PlaceSort = {
  direction?: InputMaybe<SortDirection>;
  field: PlaceSortField;
};

export type PlaceSortField =
  | 'NAME';

/**
 * A stance held by an actor toward a conflict or issue (or, when `toward` is empty, as a general principle
 * of its policy), with the statements that express it.
 */
export type Position = Fact & Node & {
  __typename?: 'Position';
  citations: Array<Citation>;
  /** For CONDITIONAL positions: the condition in the source's words. */
  condition: Maybe<Scalars['String']['output']>;
  /** Whether the condition was met, as last reported (see conditionStatusDate); null when unknown. */
  conditionMet: Maybe<Scalars['Boolean']['output']>;
  conditionStatusDate: Maybe<PartialDate>;
  expressedBy: Array<Statement>;
  holder: Actor;
  id: Scalars['ID']['output'];
  modality: Modality;
  /** True when the expressing statement presents the stance as continuing unchanged ('remains unchanged'). */
  presentedAsUnchanged: Scalars['Boolean']['output'];
  reaffirmedBy: Array<Position>;
  /** Earlier positions this one reaffirms. */
  reaffirms: Array<Position>;
  /** The first date a statement expressed it. */
  since: Maybe<PartialDate>;
  stance: Scalars['StanceCode']['output'];
  /** The codebook's definition of the code. */
  stanceDefinition: StanceDefinition;
  supersededBy: Maybe<Position>;
  /** An earlier position this one replaces (a change of stance). */
  supersedes: Maybe<Position>;
  /** What the stance is toward: a conflict or issue, an actor, or an act (an Event of kind ACT); null for a general principle. */
  toward: Maybe<StanceTarget>;
  /**
   * When it stopped holding: withdrawn, changed, or a one-off commitment that ran its course (an offer to host
   * the next meeting ends with that meeting); null while it stands or when unknown.
   */
  until: Maybe<PartialDate>;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type PositionConnection = {
  __typename?: 'PositionConnection';
  edges: Array<PositionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PositionEdge = {
  __typename?: 'PositionEdge';
  cursor: Scalars['String']['output'];
  node: Position;
};

export type PositionFilter = {
  /** Positions standing on this date. */
  asOf?: InputMaybe<Scalars['String']['input']>;
  holder?: InputMaybe<Scalars['ID']['input']>;
  modality?: InputMaybe<Modality>;
  stance?: InputMaybe<Scalars['StanceCode']['input']>;
  toward?: InputMaybe<Scalars['ID']['input']>;
};

export type PositionInput = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** Required for CONDITIONAL, refused otherwise: the condition in the source's words. */
  condition?: InputMaybe<Scalars['String']['input']>;
  conditionMet?: InputMaybe<Scalars['Boolean']['input']>;
  conditionStatusDate?: InputMaybe<Scalars['String']['input']>;
  holder: Scalars['ID']['input'];
  id: Scalars['ID']['input'];
  modality: Modality;
  presentedAsUnchanged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Earlier positions this one restates. */
  reaffirms?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A code the codebook defines (see `stanceCodes`). */
  stance: Scalars['StanceCode']['input'];
  supersedes?: InputMaybe<Scalars['ID']['input']>;
  /** A conflict or issue, an actor, or an act (an Event of kind ACT). */
  toward?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

export type PositionPatch = {
  /** Required: at least one. */
  citations?: InputMaybe<Array<CitationInput>>;
  /** Required for CONDITIONAL, refused otherwise: the condition in the source's words. */
  condition?: InputMaybe<Scalars['String']['input']>;
  conditionMet?: InputMaybe<Scalars['Boolean']['input']>;
  conditionStatusDate?: InputMaybe<Scalars['String']['input']>;
  holder?: InputMaybe<Scalars['ID']['input']>;
  modality?: InputMaybe<Modality>;
  presentedAsUnchanged?: InputMaybe<Scalars['Boolean']['input']>;
  /** Earlier positions this one restates. */
  reaffirms?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** A code the codebook defines (see `stanceCodes`). */
  stance?: InputMaybe<Scalars['StanceCode']['input']>;
  supersedes?: InputMaybe<Scalars['ID']['input']>;
  /** A conflict or issue, an actor, or an act (an Event of kind ACT). */
  toward?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['String']['input']>;
};

export type PositionPayload = {
  __typename?: 'PositionPayload';
  outcome: WriteOutcome;
  position: Position;
};

export type PositionSort = {
  direction?: InputMaybe<SortDirection>;
  field: PositionSortField;
};

export type PositionSortField =
  | 'SINCE'
  | 'STANCE';

/** A negotiation process in brief. */
export type ProcessView = {
  __typename?: 'ProcessView';
  concerns: Array<EntityRef>;
  end: Maybe<PartialDate>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  start: Maybe<PartialDate>;
};

/**
 * An actor in the graph (`id`), or a new one by the name as written: a person unless `kind` says otherwise (for
 * whom one spoke, an organization). A new one's name is cited where the text names it (`span`, as proposed;
 * else where the name first occurs).
 */
export type ProposedActorInput = {
  id?: InputMaybe<Scalars['ID']['input']>;
  /** A country must be in the graph. */
  kind?: InputMaybe<ProposedSpeakerKind>;
  name: Scalars['String']['input'];
  /** For a new organization; defaults to OTHER. */
  organizationKind?: InputMaybe<OrganizationKind>;
  span?: InputMaybe<TextSpanInput>;
};

export type ProposedDate = {
  __typename?: 'ProposedDate';
  basis: ProposedDateBasis;
  precision: DatePrecision;
  span: Maybe<TextSpan>;
  value: Scalars['String']['output'];
};

export type ProposedDateBasis =
  /** The article's publication date. */
  | 'PUBLISHED'
  /** A date the text gives ("on Wednesday", "сегодня"), resolved against the publication date. */
  | 'TEXT';

export type ProposedMention = {
  __typename?: 'ProposedMention';
  end: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  kind: MentionKind;
  name: Scalars['String']['output'];
  start: Scalars['Int']['output'];
  /** The words as written. */
  text: Scalars['String']['output'];
};

export type ProposedOnBehalfOf = {
  __typename?: 'ProposedOnBehalfOf';
  basis: OnBehalfOfBasis;
  id: Maybe<Scalars['ID']['output']>;
  name: Scalars['String']['output'];
  span: Maybe<TextSpan>;
};

export type ProposedSpeaker = {
  __typename?: 'ProposedSpeaker';
  /** The graph's identifier, or null for someone the graph does not have yet. */
  id: Maybe<Scalars['ID']['output']>;
  kind: ProposedSpeakerKind;
  match: SpeakerMatch;
  /** The graph's name, or the name as the text writes it. */
  name: Scalars['String']['output'];
  /** Where the text names or refers to the speaker; null when carried over from an earlier sentence. */
  span: Maybe<TextSpan>;
  /** For a new person: the title the text gives. */
  title: Maybe<Scalars['String']['output']>;
};

export type ProposedSpeakerKind =
  | 'COUNTRY'
  | 'ORGANIZATION'
  | 'PERSON';

export type ProposedStance = {
  __typename?: 'ProposedStance';
  code: Scalars['StanceCode']['output'];
  /** For CONDITIONAL stances: the condition in the text's words. */
  condition: Maybe<Scalars['String']['output']>;
  conditionSpan: Maybe<TextSpan>;
  /** The words the code and modality rest on. */
  cues: Array<AnnotationCue>;
  modality: Modality;
  /** The conflict the stance is toward, when the proposal mentions exactly one. */
  toward: Maybe<ProposedTarget>;
};

/** A stance the statement expresses, held by the actor spoken for (or the speaker, when no one else is). */
export type ProposedStanceInput = {
  code: Scalars['StanceCode']['input'];
  /** Required for CONDITIONAL: the condition in the source's words. */
  condition?: InputMaybe<Scalars['String']['input']>;
  modality: Modality;
  /** The conflict it is toward; defaults to the one conflict the statement mentions, if exactly one. */
  toward?: InputMaybe<Scalars['ID']['input']>;
};

export type ProposedTarget = {
  __typename?: 'ProposedTarget';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/**
 * A number as the source reports it: "more than 20 rounds" is `{value: 20, qualifier: MORE_THAN}`. Never add
 * a qualified number to another as if it were exact.
 */
export type Quantity = {
  __typename?: 'Quantity';
  /** The date the number was reported to hold on, when the source gives one. */
  asOf: Maybe<PartialDate>;
  qualifier: QuantityQualifier;
  value: Scalars['Int']['output'];
};

export type QuantityQualifier =
  | 'ABOUT'
  | 'AT_LEAST'
  | 'AT_MOST'
  | 'EXACT'
  | 'FEWER_THAN'
  | 'MORE_THAN';

export type Query = {
  __typename?: 'Query';
  /** The audit trail, newest first. `from` and `to` are dates (YYYY-MM-DD) or date-times (ISO 8601). */
  changes: ChangeConnection;
  /** Two actors' stances side by side, differences first. */
  compareStances: StanceComparison;
  conflict: Maybe<Conflict>;
  conflicts: ConflictConnection;
  /** How two entities are connected: the shortest paths of at most `maxLength` (1-6) steps, each step explained with its source. */
  connections: ConnectionPaths;
  countries: CountryConnection;
  country: Maybe<Country>;
  evacuationOperation: Maybe<EvacuationOperation>;
  evacuationOperations: EvacuationOperationConnection;
  /** An actor's evacuation operations with dated counts, routes and transit countries, and totals by date. */
  evacuationRecord: EvacuationRecord;
  event: Maybe<Event>;
  events: EventConnection;
  /**
   * A subgraph as GraphML, CSV or import-format JSON. The API answers for up to 20,000 entities; export more
   * with `npm run export`.
   */
  export: Export;
  /** The graph's size, its newest statements and the conflicts and processes most statements bear on; `top` of each (1-20). */
  graphOverview: GraphOverview;
  /** The negotiation processes and rounds an actor took part in, by role, with venues, dates, other participants and outcomes. */
  mediationRecord: TalksRecordConnection;
  negotiationProcess: Maybe<NegotiationProcess>;
  negotiationProcesses: NegotiationProcessConnection;
  negotiationRound: Maybe<NegotiationRound>;
  negotiationRounds: NegotiationRoundConnection;
  /** The ego network of an entity to depth 1 or 2, as nodes and edges for a graph view; `limit` nodes per page (at most 500). */
  neighbourhood: Neighbourhood;
  /** Any entity by its identifier. */
  node: Maybe<Node>;
  office: Maybe<Office>;
  offices: OfficeConnection;
  organization: Maybe<Organization>;
  organizations: OrganizationConnection;
  participation: Maybe<Participation>;
  participations: ParticipationConnection;
  person: Maybe<Person>;
  persons: PersonConnection;
  place: Maybe<Place>;
  places: PlaceConnection;
  position: Maybe<Position>;
  positions: PositionConnection;
  /**
   * Proposes annotations for an article's text (language: en, ru, kk or de; published: YYYY-MM-DD, YYYY-MM or
   * YYYY). Reads the graph's names; writes nothing.
   */
  proposeAnnotations: AnnotationProposals;
  /** Retracted records, newest first. */
  retractions: RetractionConnection;
  /**
   * Full-text search over names, quotes and paraphrases, in any script or spelling (Bakayev, Bakaev, Бакаев and
   * Бақаев find the same person), best first. `kinds` keeps only hits on entities of those kinds.
   */
  search: SearchHitConnection;
  /** Stances that two or more actors share toward the same conflict; with `actor`, only those it shares. */
  sharedStances: SharedStanceConnection;
  source: Maybe<Source>;
  sources: SourceConnection;
  /** The stance codebook, by code: each definition with its broader code and its CAMEO and PLOVER mappings. */
  stanceCodes: Array<StanceDefinition>;
  /**
   * Who holds a stance (toward a conflict, an actor or an act; standing on a date), with the statements that
   * express it, each stance labelled as the codebook labels it.
   */
  stanceHolders: HeldStanceConnection;
  /** Actors × stance codes: for the holders of stances toward a conflict (`toward`), for chosen actors, or both. */
  stanceMatrix: StanceMatrix;
  /** An actor's stances over time: statements, reaffirmations ('remains unchanged'), changes and withdrawals, oldest first. */
  stanceTimeline: StanceEventConnection;
  /** Every stance of one actor (toward a conflict, an actor or an act; standing on a date), earliest first. */
  stancesOf: HeldStanceConnection;
  statement: Maybe<Statement>;
  /**
   * The statements an entity is in, newest first, keyset-paged: said by it or for it, about or mentioning it,
   * expressing a stance toward it (a conflict) or the stance itself, made at it (an occasion). Filter by the
   * stance expressed, the conflict it bears on, kind, language and date (YYYY, YYYY-MM or YYYY-MM-DD).
   */
  statementFeed: StatementFeed;
  statements: StatementConnection;
  /**
   * Who else took part in talks involving an actor, and in which role: "which countries hosted or mediated talks
   * involving Iran". `roles` defaults to every role but PARTY; `kind` keeps only actors of one kind (Country).
   */
  thirdPartiesInTalks: ThirdPartyRoleConnection;
  /**
   * Who said what: statements by a person, or made for a country or organization (by it, its organizations,
   * or anyone holding an office in them on the statement's date), newest first. Dates take YYYY, YYYY-MM or
   * YYYY-MM-DD. Pages by keyset: a page asked with the last page's endCursor starts right after its last
   * statement, so statements written meanwhile leave no gap and no repeat.
   */
  whoSaidWhat: StatementViewConnection;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  recordId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompareStancesArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  first: Scalars['ID']['input'];
  second: Scalars['ID']['input'];
  toward?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryConflictArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConflictsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ConflictFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ConflictSort>;
};


export type QueryConnectionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<CountrySort>;
};


export type QueryCountryArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  iso2?: InputMaybe<Scalars['String']['input']>;
  iso3?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEvacuationOperationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEvacuationOperationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EvacuationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EvacuationSort>;
};


export type QueryEvacuationRecordArgs = {
  actor: Scalars['ID']['input'];
  dateMatch?: InputMaybe<DateMatch>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<EventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<EventSort>;
};


export type QueryExportArgs = {
  format: ExportFormat;
  scope?: InputMaybe<ExportScope>;
};


export type QueryGraphOverviewArgs = {
  top?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMediationRecordArgs = {
  actor: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<ParticipationRole>;
};


export type QueryNegotiationProcessArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNegotiationProcessesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NegotiationProcessFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NegotiationProcessSort>;
};


export type QueryNegotiationRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNegotiationRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NegotiationRoundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<NegotiationRoundSort>;
};


export type QueryNeighbourhoodArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfficeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OfficeSort>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OrganizationSort>;
};


export type QueryParticipationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryParticipationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ParticipationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ParticipationSort>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PersonSort>;
};


export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPlacesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PlaceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PlaceSort>;
};


export type QueryPositionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPositionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PositionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<PositionSort>;
};


export type QueryProposeAnnotationsArgs = {
  language: Scalars['String']['input'];
  published?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type QueryRetractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<Scalars['String']['input']>>;
  text: Scalars['String']['input'];
};


export type QuerySharedStancesArgs = {
  actor?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  toward?: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SourceSort>;
};


export type QueryStanceHoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  modality?: InputMaybe<Modality>;
  stance: Scalars['StanceCode']['input'];
  toward?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStanceMatrixArgs = {
  actors?: InputMaybe<Array<Scalars['ID']['input']>>;
  toward?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStanceTimelineArgs = {
  actor: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stance?: InputMaybe<Scalars['StanceCode']['input']>;
  toward?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStancesOfArgs = {
  actor: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  toward?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStatementFeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  conflict?: InputMaybe<Scalars['ID']['input']>;
  dateMatch?: InputMaybe<DateMatch>;
  entity: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<StatementKind>;
  language?: InputMaybe<Scalars['String']['input']>;
  stance?: InputMaybe<Scalars['StanceCode']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<StatementSort>;
};


export type QueryThirdPartiesInTalksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  involving: Scalars['ID']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  roles?: InputMaybe<Array<ParticipationRole>>;
};


export type QueryWhoSaidWhatArgs = {
  about?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  by: Scalars['ID']['input'];
  dateMatch?: InputMaybe<DateMatch>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<StatementKind>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** A conflict or negotiation process ranked by the statements that bear on it. */
export type RankedEntity = {
  __typename?: 'RankedEntity';
  entity: EntityRef;
  /**
   * The date of the newest of those statements. When statementCount is a lower bound, the newest among the
   * graph's 1,000 newest dated statements, or null when none of them bears on it.
   */
  latest: Maybe<PartialDate>;
  /** For a negotiation process: how many rounds it had. */
  rounds: Maybe<Scalars['Int']['output']>;
  /** How many distinct statements bear on it; when statementCountIsLowerBound, at least this many. */
  statementCount: Scalars['Int']['output'];
  /**
   * True when statementCount is a lower bound, not the exact number. Up to 1,000 statements bear on it, the count
   * is exact; past them it is the largest share reached through one link (statements about a conflict, expressing
   * one stance toward it, at one round, on one concerned conflict; for a conflict more than 1,000 statements are
   * about, those alone), since a statement reached by several links is counted once and telling them apart would
   * mean reading every statement. The ranking uses the same figure.
   */
  statementCountIsLowerBound: Scalars['Boolean']['output'];
};

/** The same utterance in another source or language. */
export type RenderingView = {
  __typename?: 'RenderingView';
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  language: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type RestorationPayload = {
  __typename?: 'RestorationPayload';
  restored: Array<Node>;
};

/** A record taken out of the graph (`retractRecords`): what it said, who retracted it, when and why. */
export type Retraction = {
  __typename?: 'Retraction';
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** The record as it was retracted, in the import format; `restoreRecords` writes it back. */
  record: Scalars['String']['output'];
  /** The kind of record, e.g. Statement. */
  recordType: Scalars['String']['output'];
  /** ISO 8601, UTC. */
  retractedAt: Scalars['String']['output'];
  retractedBy: Scalars['String']['output'];
};

export type RetractionConnection = {
  __typename?: 'RetractionConnection';
  edges: Array<RetractionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type RetractionEdge = {
  __typename?: 'RetractionEdge';
  cursor: Scalars['String']['output'];
  node: Retraction;
};

export type RetractionInput = {
  id: Scalars['ID']['input'];
  /** The version you read: refused with CONFLICT if the record changed since. */
  ifVersion?: InputMaybe<Scalars['ID']['input']>;
};

export type RetractionPayload = {
  __typename?: 'RetractionPayload';
  retracted: Array<Scalars['ID']['output']>;
};

/** One round of talks: when, where (by the venue's name at the time), who in which role, and with what outcome. */
export type RoundView = {
  __typename?: 'RoundView';
  end: Maybe<PartialDate>;
  evidence: Array<Evidence>;
  id: Scalars['ID']['output'];
  label: Maybe<Scalars['String']['output']>;
  ordinal: Maybe<Scalars['Int']['output']>;
  outcome: Maybe<Scalars['String']['output']>;
  /** Roles reported for this round only. */
  participants: Array<ParticipantView>;
  start: Maybe<PartialDate>;
  venue: Maybe<EntityRef>;
  /** The venue's name on the round's start date (Nur-Sultan for 2019-2022 rounds). */
  venueName: Maybe<Scalars['String']['output']>;
};

export type SearchField =
  | 'NAME'
  | 'PARAPHRASE'
  | 'QUOTE';

/**
 * A search result: the entity found (for a name, the entity that bears it; for a quote or paraphrase, the
 * statement), the text that matched and its relevance.
 */
export type SearchHit = {
  __typename?: 'SearchHit';
  entity: EntityRef;
  language: Scalars['String']['output'];
  matchedField: SearchField;
  matchedText: Scalars['String']['output'];
  score: Scalars['Float']['output'];
};

export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  edges: Array<SearchHitEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

/** Actors that share a stance toward the same conflict (or as a general principle). */
export type SharedStance = {
  __typename?: 'SharedStance';
  /** One entry per stance held (an actor that holds it in two ways, say now and as a future commitment, appears twice); modality and condition show how. */
  holders: Array<HeldStance>;
  stance: Scalars['StanceCode']['output'];
  stanceLabel: Scalars['String']['output'];
  toward: Maybe<EntityRef>;
};

export type SharedStanceConnection = {
  __typename?: 'SharedStanceConnection';
  edges: Array<SharedStanceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SharedStanceEdge = {
  __typename?: 'SharedStanceEdge';
  cursor: Scalars['String']['output'];
  node: SharedStance;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/**
 * A text we cite: an article, an official page, our own research notes. Where we hold the full text
 * (`textHeld`), every span that points into it can be checked by anyone.
 */
export type Source = Node & {
  __typename?: 'Source';
  /** Facts that cite this source, newest first. */
  citedBy: FactConnection;
  /** Where the piece is datelined (the place before the first sentence of a news story), when recorded. */
  dateline: Maybe<Dateline>;
  /**
   * True for made-up material (a scenario, an exercise, a synthetic example) rather than reporting of what
   * happened. The questions mark evidence from such a source (`SourceRef.hypothetical`).
   */
  hypothetical: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /**
   * The metadata above that were read off the web address (a slug, a date in the path, a domain) rather than
   * from a text: treat them as a guess until checked.
   */
  inferredFromUrl: Array<SourceMetadataField>;
  kind: SourceKind;
  /** BCP 47 language tag of the text. */
  language: Scalars['String']['output'];
  published: Maybe<PartialDate>;
  publisher: Maybe<Scalars['String']['output']>;
  /** Sources that pass this one's content on. */
  relayedBy: Array<Source>;
  /** Sources whose content this one passes on (an outlet reporting a ministry's press release). */
  relays: Array<Source>;
  /** The full text, when we hold it. Spans count Unicode code points of this text. */
  text: Maybe<Scalars['String']['output']>;
  textHeld: Scalars['Boolean']['output'];
  /** The headline or title; null when we did not record it. */
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};


/**
 * A text we cite: an article, an official page, our own research notes. Where we hold the full text
 * (`textHeld`), every span that points into it can be checked by anyone.
 */
export type SourceCitedByArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceConnection = {
  __typename?: 'SourceConnection';
  edges: Array<SourceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SourceEdge = {
  __typename?: 'SourceEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

export type SourceFilter = {
  kind?: InputMaybe<SourceKind>;
  language?: InputMaybe<Scalars['String']['input']>;
  publishedFrom?: InputMaybe<Scalars['String']['input']>;
  publishedTo?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the title or publisher. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type SourceInput = {
  /** True for made-up material (a scenario, an exercise, a synthetic example); omitted is false. */
  hypothetical?: InputMaybe<Scalars['Boolean']['input']>;
  /** source:<name> */
  id: Scalars['ID']['input'];
  /** Which of title, publisher, published and language you read off the URL rather than a text. */
  inferredFromUrl?: InputMaybe<Array<SourceMetadataField>>;
  kind: SourceKind;
  language: Scalars['String']['input'];
  published?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Sources already held whose content this one passes on. */
  relays?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The full text, when you hold it; spans of citations point into it. */
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SourceKind =
  /** A reference dataset, such as ISO 3166 country codes and names. */
  | 'DATASET'
  | 'NEWS_ARTICLE'
  | 'OFFICIAL_DOCUMENT'
  /** Notes compiled by the maintainers from the sources they cite. */
  | 'RESEARCH_NOTES'
  | 'WEB_PAGE';

export type SourceMetadataField =
  | 'LANGUAGE'
  | 'PUBLISHED'
  | 'PUBLISHER'
  | 'TITLE';

export type SourcePatch = {
  /** True for made-up material (a scenario, an exercise, a synthetic example); omitted is false. */
  hypothetical?: InputMaybe<Scalars['Boolean']['input']>;
  /** Which of title, publisher, published and language you read off the URL rather than a text. */
  inferredFromUrl?: InputMaybe<Array<SourceMetadataField>>;
  kind?: InputMaybe<SourceKind>;
  language?: InputMaybe<Scalars['String']['input']>;
  published?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Sources already held whose content this one passes on. */
  relays?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The full text, when you hold it; spans of citations point into it. */
  text?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type SourcePayload = {
  __typename?: 'SourcePayload';
  outcome: WriteOutcome;
  source: Source;
};

/** A cited source, in brief; the full record (with its text) is `source(id)`. */
export type SourceRef = {
  __typename?: 'SourceRef';
  /** Made-up material (a scenario, an exercise, a synthetic example), not reporting: mark what rests on it. */
  hypothetical: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: SourceKind;
  language: Scalars['String']['output'];
  published: Maybe<PartialDate>;
  publisher: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  url: Maybe<Scalars['String']['output']>;
};

export type SourceSort = {
  direction?: InputMaybe<SortDirection>;
  field: SourceSortField;
};

export type SourceSortField =
  | 'PUBLISHED'
  | 'TITLE';

/**
 * A half-open range `[start, end)` in Unicode code points of the source's text. `match` says how the
 * span's text compares with the fact's text.
 */
export type Span = {
  __typename?: 'Span';
  end: Scalars['Int']['output'];
  match: SpanMatch;
  start: Scalars['Int']['output'];
};

export type SpanMatch =
  /** The slice equals the quoted text character for character. */
  | 'EXACT'
  /** The span supports the fact but is not its wording (a paraphrase, a number, a route). */
  | 'SUPPORTS'
  /** The slice equals the quoted text once runs of white space (line wrapping in our notes) are folded to one space. */
  | 'WHITESPACE_FOLDED';

export type SpeakerMatch =
  /** By a name or alias the graph has. */
  | 'NAME'
  /** A name the graph does not have: a proposed new person or organization. */
  | 'NEW'
  /** By a pronoun ("he said"). */
  | 'PRONOUN'
  /** By a role or title ("the minister", "the ministry"). */
  | 'ROLE'
  /** By surname alone, after an earlier full mention. */
  | 'SURNAME';

export type StanceAgreement =
  /** Both hold it, one of them conditionally, as a future commitment, or otherwise differently. */
  | 'MODALITY_DIFFERS'
  | 'ONLY_FIRST'
  | 'ONLY_SECOND'
  /** One holds it and the other says it does not (NEGATED). */
  | 'OPPOSED'
  /** Both hold it in the same way. */
  | 'SAME';

/** A stance code as a column of the stance matrix. */
export type StanceColumn = {
  __typename?: 'StanceColumn';
  code: Scalars['StanceCode']['output'];
  label: Scalars['String']['output'];
};

export type StanceComparison = {
  __typename?: 'StanceComparison';
  first: EntityRef;
  /** Differences first (OPPOSED, MODALITY_DIFFERS, ONLY_FIRST, ONLY_SECOND), then SAME. */
  rows: Array<StanceComparisonRow>;
  second: EntityRef;
};

/** One stance (toward one conflict) compared between two actors. */
export type StanceComparisonRow = {
  __typename?: 'StanceComparisonRow';
  agreement: StanceAgreement;
  first: Maybe<HeldStance>;
  second: Maybe<HeldStance>;
  stance: Scalars['StanceCode']['output'];
  stanceLabel: Scalars['String']['output'];
  toward: Maybe<EntityRef>;
};

/**
 * One entry of the stance codebook: a code, its meaning, the broader code it refines, and its mappings to
 * event-data ontologies. A researcher's definition, not a claim about the world, so it cites nothing; who added
 * it and when are read from the audit trail (`changes`).
 */
export type StanceDefinition = Node & {
  __typename?: 'StanceDefinition';
  /** When it was created (ISO 8601, UTC). */
  addedAt: Scalars['String']['output'];
  /** The editor (or import) whose write created this definition. */
  addedBy: Scalars['String']['output'];
  /** The broader code this one refines (CONDEMNATION is a kind of DISAPPROVAL). */
  broader: Maybe<StanceDefinition>;
  cameo: OntologyMapping;
  code: Scalars['StanceCode']['output'];
  definition: Scalars['String']['output'];
  /** stance:<code in kebab case>, e.g. stance:call-for-restraint. */
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  /** Codes that refine this one. */
  narrower: Array<StanceDefinition>;
  plover: OntologyMapping;
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

/**
 * A codebook entry. The id is stance:<code in kebab case>. A mapping's quality is NONE (the default) when the
 * ontology has no equivalent, with a note saying why; EXACT or CLOSEST name the code.
 */
export type StanceDefinitionInput = {
  /** The id of the broader definition this code refines. */
  broader?: InputMaybe<Scalars['ID']['input']>;
  cameoCode?: InputMaybe<Scalars['String']['input']>;
  cameoLabel?: InputMaybe<Scalars['String']['input']>;
  cameoNote?: InputMaybe<Scalars['String']['input']>;
  cameoQuality?: InputMaybe<MappingQuality>;
  code: Scalars['StanceCode']['input'];
  definition: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
  ploverCode?: InputMaybe<Scalars['String']['input']>;
  ploverLabel?: InputMaybe<Scalars['String']['input']>;
  ploverNote?: InputMaybe<Scalars['String']['input']>;
  ploverQuality?: InputMaybe<MappingQuality>;
};

export type StanceDefinitionPatch = {
  /** The id of the broader definition this code refines. */
  broader?: InputMaybe<Scalars['ID']['input']>;
  cameoCode?: InputMaybe<Scalars['String']['input']>;
  cameoLabel?: InputMaybe<Scalars['String']['input']>;
  cameoNote?: InputMaybe<Scalars['String']['input']>;
  cameoQuality?: InputMaybe<MappingQuality>;
  code?: InputMaybe<Scalars['StanceCode']['input']>;
  definition?: InputMaybe<Scalars['String']['input']>;
  label?: InputMaybe<Scalars['String']['input']>;
  ploverCode?: InputMaybe<Scalars['String']['input']>;
  ploverLabel?: InputMaybe<Scalars['String']['input']>;
  ploverNote?: InputMaybe<Scalars['String']['input']>;
  ploverQuality?: InputMaybe<MappingQuality>;
};

export type StanceDefinitionPayload = {
  __typename?: 'StanceDefinitionPayload';
  outcome: WriteOutcome;
  stanceDefinition: StanceDefinition;
};

/** One dated entry of a stance timeline. */
export type StanceEvent = {
  __typename?: 'StanceEvent';
  /** Null when the source leaves the date open (a withdrawal without a date). */
  date: Maybe<PartialDate>;
  evidence: Array<Evidence>;
  kind: StanceEventKind;
  /** True when the statement presents the stance as unchanged. */
  presentedAsUnchanged: Scalars['Boolean']['output'];
  /** REAFFIRMED: the earlier stances it reaffirms; CHANGED: the stance it replaces. */
  previous: Array<StanceSummary>;
  stance: StanceSummary;
  /** The statement behind the entry; null for a withdrawal. */
  statement: Maybe<StatementView>;
};

export type StanceEventConnection = {
  __typename?: 'StanceEventConnection';
  edges: Array<StanceEventEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StanceEventEdge = {
  __typename?: 'StanceEventEdge';
  cursor: Scalars['String']['output'];
  node: StanceEvent;
};

export type StanceEventKind =
  /** A stance that replaces an earlier one. */
  | 'CHANGED'
  /** Expressed again: a later statement, an explicit reaffirmation, or a stance presented as unchanged. */
  | 'REAFFIRMED'
  /** First expressed, not presented as continuing anything. */
  | 'STATED'
  /** The stance ended with nothing replacing it: the holder withdrew it, or a one-off commitment ran its course. */
  | 'WITHDRAWN';

/** One stance an actor holds, as a matrix cell shows it. */
export type StanceHolding = {
  __typename?: 'StanceHolding';
  /** True for a general principle of the actor's policy, held toward no conflict in particular. */
  general: Scalars['Boolean']['output'];
  latest: Maybe<PartialDate>;
  /** The stance: its modality (ASSERTED, CONDITIONAL with its condition, NEGATED, FUTURE) and what it is toward. */
  position: StanceSummary;
  /** The date of the first and of the latest statement that expresses it. */
  since: Maybe<PartialDate>;
  /** Utterances that express it (a rendering of one already counted, such as a translation, is not counted again). */
  statementCount: Scalars['Int']['output'];
  /** The statements, newest first (at most 20). */
  statements: Array<EntityRef>;
};

/**
 * Actors × stance codes. Rows are the actors asked for and, with `toward`, every actor holding a stance toward
 * that conflict, most statements first (at most 100); cells cover the stances toward the conflict and the
 * actors' general principles.
 */
export type StanceMatrix = {
  __typename?: 'StanceMatrix';
  rows: Array<StanceMatrixRow>;
  /** The columns: the stance codes some row holds, in the order of the code list. */
  stances: Array<StanceColumn>;
  toward: Maybe<EntityRef>;
};

export type StanceMatrixCell = {
  __typename?: 'StanceMatrixCell';
  /** Empty when the actor holds no such stance; two when it holds it in two ways (now, and as a future commitment). */
  holdings: Array<StanceHolding>;
  stance: Scalars['StanceCode']['output'];
  /** The holdings' statement counts added up. */
  statementCount: Scalars['Int']['output'];
};

export type StanceMatrixRow = {
  __typename?: 'StanceMatrixRow';
  actor: EntityRef;
  /** One cell per column of the matrix, in the order of its stances. */
  cells: Array<StanceMatrixCell>;
  /** Statements behind the actor's stances in the matrix, each counted once. */
  statementCount: Scalars['Int']['output'];
};

/** A stance in brief: what, by whom, toward what, and on what condition. */
export type StanceSummary = {
  __typename?: 'StanceSummary';
  condition: Maybe<Scalars['String']['output']>;
  holder: EntityRef;
  id: Scalars['ID']['output'];
  modality: Modality;
  stance: Scalars['StanceCode']['output'];
  stanceLabel: Scalars['String']['output'];
  /** Null for a general principle of the holder's policy. */
  toward: Maybe<EntityRef>;
};

/** What a stance can be toward: a conflict or issue, an actor, or an act. */
export type StanceTarget = {
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  version: Scalars['ID']['output'];
};

/**
 * One rendering of something an official said, in one source and one language. Other renderings of the same
 * utterance (the Russian original of an English quote) are linked through `renderings`.
 */
export type Statement = Fact & Node & {
  __typename?: 'Statement';
  about: Array<Conflict>;
  /** Negotiation processes it is about. */
  aboutProcess: Array<NegotiationProcess>;
  /** The negotiation round at which it was made. */
  atRound: Maybe<NegotiationRound>;
  /** The source and exact span of this rendering. */
  citations: Array<Citation>;
  /** What prompted it, when the source says (a journalist's question). */
  context: Maybe<Scalars['String']['output']>;
  /** Null when the source does not say when the words were said: such a statement sorts last and matches no date or range. */
  date: Maybe<PartialDate>;
  /**
   * Who gave the words without being their author: the minister who read out a joint statement, the press
   * service that relayed it. Not a speaker: the statement counts for its authors (`speaker`, `onBehalfOf`).
   */
  deliveredBy: Maybe<Actor>;
  /** How `deliveredBy` gave the words. */
  deliveryRole: Maybe<DeliveryRole>;
  /** Stances this statement expresses. */
  expresses: Array<Position>;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  language: Scalars['String']['output'];
  /** Entities the statement names. */
  mentions: Array<Actor>;
  occasion: Maybe<Event>;
  /** The state or body the words speak for; for a joint statement, the first of `onBehalfOfAll`. */
  onBehalfOf: Maybe<Actor>;
  /**
   * Every state or body the words speak for, in the record's order: several for a joint statement (Iran,
   * Russia and Türkiye), which the questions then find under each of them.
   */
  onBehalfOfAll: Array<Actor>;
  /**
   * Every other rendering of the same utterance, in any source or language: all the statements linked to this
   * one through `renders`, whichever way and however many steps (at most 8).
   */
  renderings: Array<Statement>;
  speaker: Maybe<Person>;
  /** The offices the speaker held on the statement's date. */
  speakerOffices: Array<Office>;
  /** The words as the source gives them (QUOTE), or the source's paraphrase of them (PARAPHRASE). */
  text: Scalars['String']['output'];
  /** Changes whenever the record does. Send it as `ifVersion` to write only over the record you read. */
  version: Scalars['ID']['output'];
};

export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: Statement;
};

/**
 * One page of an entity's statements, newest first. A cursor is the date and id of a statement, so a page
 * read later starts after the same statement even when newer ones were added meanwhile.
 */
export type StatementFeed = {
  __typename?: 'StatementFeed';
  edges: Array<StatementViewEdge>;
  entity: EntityRef;
  facets: FeedFacets;
  pageInfo: PageInfo;
  /** Statements that pass the filters. */
  totalCount: Scalars['Int']['output'];
};

export type StatementFilter = {
  about?: InputMaybe<Scalars['ID']['input']>;
  /** Dated certainly within `from`..`to`: every day the date can denote (2026-03 is all of March) lies in the range. Undated statements never match. */
  from?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<StatementKind>;
  language?: InputMaybe<Scalars['String']['input']>;
  onBehalfOf?: InputMaybe<Scalars['ID']['input']>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive substring of the text. */
  text?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

export type StatementInput = {
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  aboutProcess?: InputMaybe<Array<Scalars['ID']['input']>>;
  atRound?: InputMaybe<Scalars['ID']['input']>;
  /** Required: at least one. A QUOTE's span with match EXACT must read the text exactly. */
  citations?: InputMaybe<Array<CitationInput>>;
  context?: InputMaybe<Scalars['String']['input']>;
  /** Omitted when the source does not say when the words were said; never a placeholder. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Who gave the words without being their author; needs deliveryRole. */
  deliveredBy?: InputMaybe<Scalars['ID']['input']>;
  deliveryRole?: InputMaybe<DeliveryRole>;
  expresses?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  kind: StatementKind;
  language: Scalars['String']['input'];
  mentions?: InputMaybe<Array<Scalars['ID']['input']>>;
  occasion?: InputMaybe<Scalars['ID']['input']>;
  /** The states or bodies the words speak for: one, or several for a joint statement. */
  onBehalfOf?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Statements already held that render the same utterance (the original of a translation, another outlet's quote). */
  renders?: InputMaybe<Array<Scalars['ID']['input']>>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
};

export type StatementKind =
  | 'PARAPHRASE'
  | 'QUOTE';

export type StatementPatch = {
  about?: InputMaybe<Array<Scalars['ID']['input']>>;
  aboutProcess?: InputMaybe<Array<Scalars['ID']['input']>>;
  atRound?: InputMaybe<Scalars['ID']['input']>;
  /** Required: at least one. A QUOTE's span with match EXACT must read the text exactly. */
  citations?: InputMaybe<Array<CitationInput>>;
  context?: InputMaybe<Scalars['String']['input']>;
  /** Omitted when the source does not say when the words were said; never a placeholder. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Who gave the words without being their author; needs deliveryRole. */
  deliveredBy?: InputMaybe<Scalars['ID']['input']>;
  deliveryRole?: InputMaybe<DeliveryRole>;
  expresses?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<StatementKind>;
  language?: InputMaybe<Scalars['String']['input']>;
  mentions?: InputMaybe<Array<Scalars['ID']['input']>>;
  occasion?: InputMaybe<Scalars['ID']['input']>;
  /** The states or bodies the words speak for: one, or several for a joint statement. */
  onBehalfOf?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Statements already held that render the same utterance (the original of a translation, another outlet's quote). */
  renders?: InputMaybe<Array<Scalars['ID']['input']>>;
  speaker?: InputMaybe<Scalars['ID']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type StatementPayload = {
  __typename?: 'StatementPayload';
  outcome: WriteOutcome;
  statement: Statement;
};

export type StatementSort = {
  direction?: InputMaybe<SortDirection>;
  field: StatementSortField;
};

export type StatementSortField =
  | 'DATE';

/** Who said what, when, in which capacity and on which occasion, with the source and span. */
export type StatementView = {
  __typename?: 'StatementView';
  about: Array<EntityRef>;
  /** What prompted it, when the source says (a journalist's question). */
  context: Maybe<Scalars['String']['output']>;
  /** Null when the source does not say when the words were said. */
  date: Maybe<PartialDate>;
  /** Who gave the words without being their author (read out, relayed), and how. */
  deliveredBy: Maybe<EntityRef>;
  deliveryRole: Maybe<DeliveryRole>;
  evidence: Array<Evidence>;
  /** Stances the statement expresses, conditional ones with their condition. */
  expresses: Array<StanceSummary>;
  id: Scalars['ID']['output'];
  kind: StatementKind;
  language: Scalars['String']['output'];
  mentions: Array<EntityRef>;
  occasion: Maybe<OccasionView>;
  /** The state or body the words speak for; for a joint statement, the first of `onBehalfOfAll`. */
  onBehalfOf: Maybe<EntityRef>;
  /** Every state or body the words speak for: several for a joint statement. */
  onBehalfOfAll: Array<EntityRef>;
  renderings: Array<RenderingView>;
  speaker: Maybe<EntityRef>;
  /** The offices the speaker may have held on the statement's date, each saying whether certainly or possibly (`held`). */
  speakerOffices: Array<OfficeView>;
  /** The words as the source gives them (QUOTE), or the source's paraphrase (PARAPHRASE). */
  text: Scalars['String']['output'];
};

export type StatementViewConnection = {
  __typename?: 'StatementViewConnection';
  edges: Array<StatementViewEdge>;
  pageInfo: PageInfo;
  /** How many statements match; when totalCountIsLowerBound, at least this many. */
  totalCount: Scalars['Int']['output'];
  /**
   * True when totalCount is a lower bound, not the exact number. Without filters the count is always exact;
   * with a date range, kind or about it is counted over the actor's 5,000 newest statements up to the end of
   * the range, and when more than those could match, this is true. Paging reaches every match either way.
   */
  totalCountIsLowerBound: Scalars['Boolean']['output'];
};

export type StatementViewEdge = {
  __typename?: 'StatementViewEdge';
  cursor: Scalars['String']['output'];
  node: StatementView;
};

/** An actor's part in one negotiation process. */
export type TalksRecord = {
  __typename?: 'TalksRecord';
  /** Other actors' roles in the process as a whole (round-only roles are under each round). */
  otherParticipants: Array<ParticipantView>;
  process: ProcessView;
  /** The actor's roles: for the whole process, or per round. A HOST is not thereby a MEDIATOR. */
  roles: Array<ParticipantView>;
  /** The rounds the actor took part in; all rounds of the process when it had a role in the whole process. */
  rounds: Array<RoundView>;
};

export type TalksRecordConnection = {
  __typename?: 'TalksRecordConnection';
  edges: Array<TalksRecordEdge>;
  pageInfo: PageInfo;
  /** How many processes answer the question; at least this many when totalCountIsLowerBound. */
  totalCount: Scalars['Int']['output'];
  /** True when the actor took part in more than the 5,000 processes one answer ranks: there are at least totalCount. */
  totalCountIsLowerBound: Scalars['Boolean']['output'];
};

export type TalksRecordEdge = {
  __typename?: 'TalksRecordEdge';
  cursor: Scalars['String']['output'];
  node: TalksRecord;
};

/** A span in code points: [start, end). */
export type TextSpan = {
  __typename?: 'TextSpan';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

/** A span in code points: [start, end). */
export type TextSpanInput = {
  end: Scalars['Int']['input'];
  start: Scalars['Int']['input'];
};

/** A third party's role in talks that involve a given actor. */
export type ThirdPartyRole = {
  __typename?: 'ThirdPartyRole';
  actor: EntityRef;
  evidence: Array<Evidence>;
  /**
   * How the given actor takes part: its own roles, or those of a group it belongs to; for a third party's role
   * in one round, the roles for the whole process and for that round.
   */
  involvedAs: Array<ParticipantView>;
  process: ProcessView;
  role: ParticipationRole;
  /** The round, when the role is reported for one round only. */
  round: Maybe<RoundView>;
};

export type ThirdPartyRoleConnection = {
  __typename?: 'ThirdPartyRoleConnection';
  edges: Array<ThirdPartyRoleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ThirdPartyRoleEdge = {
  __typename?: 'ThirdPartyRoleEdge';
  cursor: Scalars['String']['output'];
  node: ThirdPartyRole;
};

export type TransportMode =
  | 'BUS'
  | 'FLIGHT'
  | 'LAND'
  | 'RAIL'
  | 'SEA';

export type WriteOutcome =
  | 'CREATED'
  /** A retracted record was put back. */
  | 'RESTORED'
  /** The record was taken out of the graph (see `reason`); `record` keeps what it said. */
  | 'RETRACTED'
  /** The record was already stored exactly so; nothing was written. */
  | 'UNCHANGED'
  | 'UPDATED';

export type WrittenRecord = {
  __typename?: 'WrittenRecord';
  id: Scalars['ID']['output'];
  outcome: WriteOutcome;
  /** The kind of record, e.g. Statement. */
  type: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptedProposalInput: AcceptedProposalInput;
  Actor: ResolverTypeWrapper<NodeRecord>;
  AlternativeClaims: ResolverTypeWrapper<Omit<AlternativeClaims, 'movements'> & { movements: Array<ResolversTypes['MovementView']> }>;
  AnnotatedSourceInput: AnnotatedSourceInput;
  AnnotationCue: ResolverTypeWrapper<AnnotationCue>;
  AnnotationProposal: ResolverTypeWrapper<AnnotationProposal>;
  AnnotationProposals: ResolverTypeWrapper<AnnotationProposals>;
  Attendance: ResolverTypeWrapper<NodeRecord>;
  AttendanceInput: AttendanceInput;
  AttendancePatch: AttendancePatch;
  AttendancePayload: ResolverTypeWrapper<Omit<AttendancePayload, 'attendance'> & { attendance: ResolversTypes['Attendance'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Change: ResolverTypeWrapper<Omit<Change, 'entity'> & { entity?: Maybe<ResolversTypes['Node']> }>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeEdge']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  Citation: ResolverTypeWrapper<CitationRecord>;
  CitationInput: CitationInput;
  ConfirmAnnotationsInput: ConfirmAnnotationsInput;
  ConfirmAnnotationsPayload: ResolverTypeWrapper<Omit<ConfirmAnnotationsPayload, 'source' | 'statements'> & { source: ResolversTypes['Source'], statements: Array<ResolversTypes['Statement']> }>;
  Conflict: ResolverTypeWrapper<NodeRecord>;
  ConflictConnection: ResolverTypeWrapper<Omit<ConflictConnection, 'edges'> & { edges: Array<ResolversTypes['ConflictEdge']> }>;
  ConflictEdge: ResolverTypeWrapper<Omit<ConflictEdge, 'node'> & { node: ResolversTypes['Conflict'] }>;
  ConflictFilter: ConflictFilter;
  ConflictInput: ConflictInput;
  ConflictKind: ConflictKind;
  ConflictPatch: ConflictPatch;
  ConflictPayload: ResolverTypeWrapper<Omit<ConflictPayload, 'conflict'> & { conflict: ResolversTypes['Conflict'] }>;
  ConflictSort: ConflictSort;
  ConflictSortField: ConflictSortField;
  ConnectionPaths: ResolverTypeWrapper<Omit<ConnectionPaths, 'paths'> & { paths: Array<ResolversTypes['GraphPath']> }>;
  CountKind: CountKind;
  CountUnit: CountUnit;
  Country: ResolverTypeWrapper<NodeRecord>;
  CountryConnection: ResolverTypeWrapper<Omit<CountryConnection, 'edges'> & { edges: Array<ResolversTypes['CountryEdge']> }>;
  CountryEdge: ResolverTypeWrapper<Omit<CountryEdge, 'node'> & { node: ResolversTypes['Country'] }>;
  CountryFilter: CountryFilter;
  CountryInput: CountryInput;
  CountryPatch: CountryPatch;
  CountryPayload: ResolverTypeWrapper<Omit<CountryPayload, 'country'> & { country: ResolversTypes['Country'] }>;
  CountrySort: CountrySort;
  CountrySortField: CountrySortField;
  CueKind: CueKind;
  DateMatch: DateMatch;
  DatePrecision: DatePrecision;
  DatedTotal: ResolverTypeWrapper<Omit<DatedTotal, 'date'> & { date?: Maybe<ResolversTypes['PartialDate']> }>;
  Dateline: ResolverTypeWrapper<NodeRecord>;
  DatelineInput: DatelineInput;
  DatelinePatch: DatelinePatch;
  DatelinePayload: ResolverTypeWrapper<Omit<DatelinePayload, 'dateline'> & { dateline: ResolversTypes['Dateline'] }>;
  DeliveryRole: DeliveryRole;
  EntityRef: ResolverTypeWrapper<EntityRef>;
  EvacuationFilter: EvacuationFilter;
  EvacuationLeg: ResolverTypeWrapper<LegRecord>;
  EvacuationLegInput: EvacuationLegInput;
  EvacuationMovement: ResolverTypeWrapper<NodeRecord>;
  EvacuationMovementInput: EvacuationMovementInput;
  EvacuationMovementPatch: EvacuationMovementPatch;
  EvacuationMovementPayload: ResolverTypeWrapper<Omit<EvacuationMovementPayload, 'evacuationMovement'> & { evacuationMovement: ResolversTypes['EvacuationMovement'] }>;
  EvacuationOperation: ResolverTypeWrapper<NodeRecord>;
  EvacuationOperationConnection: ResolverTypeWrapper<Omit<EvacuationOperationConnection, 'edges'> & { edges: Array<ResolversTypes['EvacuationOperationEdge']> }>;
  EvacuationOperationEdge: ResolverTypeWrapper<Omit<EvacuationOperationEdge, 'node'> & { node: ResolversTypes['EvacuationOperation'] }>;
  EvacuationOperationInput: EvacuationOperationInput;
  EvacuationOperationPatch: EvacuationOperationPatch;
  EvacuationOperationPayload: ResolverTypeWrapper<Omit<EvacuationOperationPayload, 'evacuationOperation'> & { evacuationOperation: ResolversTypes['EvacuationOperation'] }>;
  EvacuationRecord: ResolverTypeWrapper<Omit<EvacuationRecord, 'alternativeClaims' | 'operations' | 'totalsByDate'> & { alternativeClaims: Array<ResolversTypes['AlternativeClaims']>, operations: Array<ResolversTypes['OperationView']>, totalsByDate: Array<ResolversTypes['DatedTotal']> }>;
  EvacuationSort: EvacuationSort;
  EvacuationSortField: EvacuationSortField;
  Event: ResolverTypeWrapper<NodeRecord>;
  EventConnection: ResolverTypeWrapper<Omit<EventConnection, 'edges'> & { edges: Array<ResolversTypes['EventEdge']> }>;
  EventEdge: ResolverTypeWrapper<Omit<EventEdge, 'node'> & { node: ResolversTypes['Event'] }>;
  EventFilter: EventFilter;
  EventInput: EventInput;
  EventKind: EventKind;
  EventPatch: EventPatch;
  EventPayload: ResolverTypeWrapper<Omit<EventPayload, 'event'> & { event: ResolversTypes['Event'] }>;
  EventRole: EventRole;
  EventSort: EventSort;
  EventSortField: EventSortField;
  Evidence: ResolverTypeWrapper<Omit<Evidence, 'source'> & { source: ResolversTypes['SourceRef'] }>;
  Export: ResolverTypeWrapper<Export>;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ExportFormat: ExportFormat;
  ExportScope: ExportScope;
  FacetCount: ResolverTypeWrapper<FacetCount>;
  Fact: ResolverTypeWrapper<NodeRecord>;
  FactConnection: ResolverTypeWrapper<Omit<FactConnection, 'edges'> & { edges: Array<ResolversTypes['FactEdge']> }>;
  FactEdge: ResolverTypeWrapper<Omit<FactEdge, 'node'> & { node: ResolversTypes['Fact'] }>;
  FeedFacets: ResolverTypeWrapper<FeedFacets>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphOverview: ResolverTypeWrapper<Omit<GraphOverview, 'recentStatements' | 'topConflicts' | 'topProcesses'> & { recentStatements: Array<ResolversTypes['StatementView']>, topConflicts: Array<ResolversTypes['RankedEntity']>, topProcesses: Array<ResolversTypes['RankedEntity']> }>;
  GraphPath: ResolverTypeWrapper<Omit<GraphPath, 'steps'> & { steps: Array<ResolversTypes['PathStep']> }>;
  HeldStance: ResolverTypeWrapper<Omit<HeldStance, 'conditionStatusDate' | 'evidence' | 'expressedBy' | 'since' | 'until'> & { conditionStatusDate?: Maybe<ResolversTypes['PartialDate']>, evidence: Array<ResolversTypes['Evidence']>, expressedBy: Array<ResolversTypes['StatementView']>, since?: Maybe<ResolversTypes['PartialDate']>, until?: Maybe<ResolversTypes['PartialDate']> }>;
  HeldStanceConnection: ResolverTypeWrapper<Omit<HeldStanceConnection, 'edges'> & { edges: Array<ResolversTypes['HeldStanceEdge']> }>;
  HeldStanceEdge: ResolverTypeWrapper<Omit<HeldStanceEdge, 'node'> & { node: ResolversTypes['HeldStance'] }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Involvement: ResolverTypeWrapper<NodeRecord>;
  InvolvementInput: InvolvementInput;
  InvolvementPatch: InvolvementPatch;
  InvolvementPayload: ResolverTypeWrapper<Omit<InvolvementPayload, 'involvement'> & { involvement: ResolversTypes['Involvement'] }>;
  InvolvementRole: InvolvementRole;
  KindCount: ResolverTypeWrapper<KindCount>;
  LegView: ResolverTypeWrapper<LegView>;
  LocalizedName: ResolverTypeWrapper<NameRecord>;
  MappingQuality: MappingQuality;
  Membership: ResolverTypeWrapper<NodeRecord>;
  MembershipInput: MembershipInput;
  MembershipPatch: MembershipPatch;
  MembershipPayload: ResolverTypeWrapper<Omit<MembershipPayload, 'membership'> & { membership: ResolversTypes['Membership'] }>;
  MentionKind: MentionKind;
  Modality: Modality;
  MovementStatus: MovementStatus;
  MovementView: ResolverTypeWrapper<Omit<MovementView, 'date' | 'evidence' | 'reportedOn'> & { date?: Maybe<ResolversTypes['PartialDate']>, evidence: Array<ResolversTypes['Evidence']>, reportedOn?: Maybe<ResolversTypes['PartialDate']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameInput: NameInput;
  NameKind: NameKind;
  NegotiationProcess: ResolverTypeWrapper<NodeRecord>;
  NegotiationProcessConnection: ResolverTypeWrapper<Omit<NegotiationProcessConnection, 'edges'> & { edges: Array<ResolversTypes['NegotiationProcessEdge']> }>;
  NegotiationProcessEdge: ResolverTypeWrapper<Omit<NegotiationProcessEdge, 'node'> & { node: ResolversTypes['NegotiationProcess'] }>;
  NegotiationProcessFilter: NegotiationProcessFilter;
  NegotiationProcessInput: NegotiationProcessInput;
  NegotiationProcessPatch: NegotiationProcessPatch;
  NegotiationProcessPayload: ResolverTypeWrapper<Omit<NegotiationProcessPayload, 'negotiationProcess'> & { negotiationProcess: ResolversTypes['NegotiationProcess'] }>;
  NegotiationProcessSort: NegotiationProcessSort;
  NegotiationProcessSortField: NegotiationProcessSortField;
  NegotiationRound: ResolverTypeWrapper<NodeRecord>;
  NegotiationRoundConnection: ResolverTypeWrapper<Omit<NegotiationRoundConnection, 'edges'> & { edges: Array<ResolversTypes['NegotiationRoundEdge']> }>;
  NegotiationRoundEdge: ResolverTypeWrapper<Omit<NegotiationRoundEdge, 'node'> & { node: ResolversTypes['NegotiationRound'] }>;
  NegotiationRoundFilter: NegotiationRoundFilter;
  NegotiationRoundInput: NegotiationRoundInput;
  NegotiationRoundPatch: NegotiationRoundPatch;
  NegotiationRoundPayload: ResolverTypeWrapper<Omit<NegotiationRoundPayload, 'negotiationRound'> & { negotiationRound: ResolversTypes['NegotiationRound'] }>;
  NegotiationRoundSort: NegotiationRoundSort;
  NegotiationRoundSortField: NegotiationRoundSortField;
  Neighbourhood: ResolverTypeWrapper<Neighbourhood>;
  Node: ResolverTypeWrapper<NodeRecord>;
  OccasionView: ResolverTypeWrapper<Omit<OccasionView, 'date'> & { date: ResolversTypes['PartialDate'] }>;
  Office: ResolverTypeWrapper<NodeRecord>;
  OfficeConnection: ResolverTypeWrapper<Omit<OfficeConnection, 'edges'> & { edges: Array<ResolversTypes['OfficeEdge']> }>;
  OfficeEdge: ResolverTypeWrapper<Omit<OfficeEdge, 'node'> & { node: ResolversTypes['Office'] }>;
  OfficeFilter: OfficeFilter;
  OfficeInput: OfficeInput;
  OfficePatch: OfficePatch;
  OfficePayload: ResolverTypeWrapper<Omit<OfficePayload, 'office'> & { office: ResolversTypes['Office'] }>;
  OfficeSort: OfficeSort;
  OfficeSortField: OfficeSortField;
  OfficeView: ResolverTypeWrapper<Omit<OfficeView, 'end' | 'start'> & { end?: Maybe<ResolversTypes['PartialDate']>, start?: Maybe<ResolversTypes['PartialDate']> }>;
  OnBehalfOfBasis: OnBehalfOfBasis;
  OntologyMapping: ResolverTypeWrapper<OntologyMapping>;
  OperationView: ResolverTypeWrapper<Omit<OperationView, 'alternativeClaims' | 'evidence' | 'movements' | 'totalsByDate'> & { alternativeClaims: Array<ResolversTypes['AlternativeClaims']>, evidence: Array<ResolversTypes['Evidence']>, movements: Array<ResolversTypes['MovementView']>, totalsByDate: Array<ResolversTypes['DatedTotal']> }>;
  Organization: ResolverTypeWrapper<NodeRecord>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationInput: OrganizationInput;
  OrganizationKind: OrganizationKind;
  OrganizationPatch: OrganizationPatch;
  OrganizationPayload: ResolverTypeWrapper<Omit<OrganizationPayload, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  OrganizationSort: OrganizationSort;
  OrganizationSortField: OrganizationSortField;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<DateText>;
  PartialDateInput: PartialDateInput;
  ParticipantView: ResolverTypeWrapper<Omit<ParticipantView, 'evidence'> & { evidence: Array<ResolversTypes['Evidence']> }>;
  Participation: ResolverTypeWrapper<NodeRecord>;
  ParticipationConnection: ResolverTypeWrapper<Omit<ParticipationConnection, 'edges'> & { edges: Array<ResolversTypes['ParticipationEdge']> }>;
  ParticipationEdge: ResolverTypeWrapper<Omit<ParticipationEdge, 'node'> & { node: ResolversTypes['Participation'] }>;
  ParticipationFilter: ParticipationFilter;
  ParticipationInput: ParticipationInput;
  ParticipationPatch: ParticipationPatch;
  ParticipationPayload: ResolverTypeWrapper<Omit<ParticipationPayload, 'participation'> & { participation: ResolversTypes['Participation'] }>;
  ParticipationRole: ParticipationRole;
  ParticipationSort: ParticipationSort;
  ParticipationSortField: ParticipationSortField;
  ParticipationStatus: ParticipationStatus;
  PathStep: ResolverTypeWrapper<Omit<PathStep, 'evidence'> & { evidence: Array<ResolversTypes['Evidence']> }>;
  Person: ResolverTypeWrapper<NodeRecord>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  PersonPayload: ResolverTypeWrapper<Omit<PersonPayload, 'person'> & { person: ResolversTypes['Person'] }>;
  PersonSort: PersonSort;
  PersonSortField: PersonSortField;
  Place: ResolverTypeWrapper<NodeRecord>;
  PlaceConnection: ResolverTypeWrapper<Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversTypes['PlaceEdge']> }>;
  PlaceEdge: ResolverTypeWrapper<Omit<PlaceEdge, 'node'> & { node: ResolversTypes['Place'] }>;
  PlaceFilter: PlaceFilter;
  PlaceInput: PlaceInput;
  PlaceKind: PlaceKind;
  PlacePatch: PlacePatch;
  PlacePayload: ResolverTypeWrapper<Omit<PlacePayload, 'place'> & { place: ResolversTypes['Place'] }>;
  PlaceSort: PlaceSort;
  PlaceSortField: PlaceSortField;
  Position: ResolverTypeWrapper<NodeRecord>;
  PositionConnection: ResolverTypeWrapper<Omit<PositionConnection, 'edges'> & { edges: Array<ResolversTypes['PositionEdge']> }>;
  PositionEdge: ResolverTypeWrapper<Omit<PositionEdge, 'node'> & { node: ResolversTypes['Position'] }>;
  PositionFilter: PositionFilter;
  PositionInput: PositionInput;
  PositionPatch: PositionPatch;
  PositionPayload: ResolverTypeWrapper<Omit<PositionPayload, 'position'> & { position: ResolversTypes['Position'] }>;
  PositionSort: PositionSort;
  PositionSortField: PositionSortField;
  ProcessView: ResolverTypeWrapper<Omit<ProcessView, 'end' | 'start'> & { end?: Maybe<ResolversTypes['PartialDate']>, start?: Maybe<ResolversTypes['PartialDate']> }>;
  ProposedActorInput: ProposedActorInput;
  ProposedDate: ResolverTypeWrapper<ProposedDate>;
  ProposedDateBasis: ProposedDateBasis;
  ProposedMention: ResolverTypeWrapper<ProposedMention>;
  ProposedOnBehalfOf: ResolverTypeWrapper<ProposedOnBehalfOf>;
  ProposedSpeaker: ResolverTypeWrapper<ProposedSpeaker>;
  ProposedSpeakerKind: ProposedSpeakerKind;
  ProposedStance: ResolverTypeWrapper<ProposedStance>;
  ProposedStanceInput: ProposedStanceInput;
  ProposedTarget: ResolverTypeWrapper<ProposedTarget>;
  Quantity: ResolverTypeWrapper<Omit<Quantity, 'asOf'> & { asOf?: Maybe<ResolversTypes['PartialDate']> }>;
  QuantityQualifier: QuantityQualifier;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankedEntity: ResolverTypeWrapper<Omit<RankedEntity, 'latest'> & { latest?: Maybe<ResolversTypes['PartialDate']> }>;
  RenderingView: ResolverTypeWrapper<Omit<RenderingView, 'evidence'> & { evidence: Array<ResolversTypes['Evidence']> }>;
  RestorationPayload: ResolverTypeWrapper<Omit<RestorationPayload, 'restored'> & { restored: Array<ResolversTypes['Node']> }>;
  Retraction: ResolverTypeWrapper<Retraction>;
  RetractionConnection: ResolverTypeWrapper<RetractionConnection>;
  RetractionEdge: ResolverTypeWrapper<RetractionEdge>;
  RetractionInput: RetractionInput;
  RetractionPayload: ResolverTypeWrapper<RetractionPayload>;
  RoundView: ResolverTypeWrapper<Omit<RoundView, 'end' | 'evidence' | 'participants' | 'start'> & { end?: Maybe<ResolversTypes['PartialDate']>, evidence: Array<ResolversTypes['Evidence']>, participants: Array<ResolversTypes['ParticipantView']>, start?: Maybe<ResolversTypes['PartialDate']> }>;
  SearchField: SearchField;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchHitConnection: ResolverTypeWrapper<SearchHitConnection>;
  SearchHitEdge: ResolverTypeWrapper<SearchHitEdge>;
  SharedStance: ResolverTypeWrapper<Omit<SharedStance, 'holders'> & { holders: Array<ResolversTypes['HeldStance']> }>;
  SharedStanceConnection: ResolverTypeWrapper<Omit<SharedStanceConnection, 'edges'> & { edges: Array<ResolversTypes['SharedStanceEdge']> }>;
  SharedStanceEdge: ResolverTypeWrapper<Omit<SharedStanceEdge, 'node'> & { node: ResolversTypes['SharedStance'] }>;
  SortDirection: SortDirection;
  Source: ResolverTypeWrapper<NodeRecord>;
  SourceConnection: ResolverTypeWrapper<Omit<SourceConnection, 'edges'> & { edges: Array<ResolversTypes['SourceEdge']> }>;
  SourceEdge: ResolverTypeWrapper<Omit<SourceEdge, 'node'> & { node: ResolversTypes['Source'] }>;
  SourceFilter: SourceFilter;
  SourceInput: SourceInput;
  SourceKind: SourceKind;
  SourceMetadataField: SourceMetadataField;
  SourcePatch: SourcePatch;
  SourcePayload: ResolverTypeWrapper<Omit<SourcePayload, 'source'> & { source: ResolversTypes['Source'] }>;
  SourceRef: ResolverTypeWrapper<Omit<SourceRef, 'published'> & { published?: Maybe<ResolversTypes['PartialDate']> }>;
  SourceSort: SourceSort;
  SourceSortField: SourceSortField;
  Span: ResolverTypeWrapper<Span>;
  SpanMatch: SpanMatch;
  SpeakerMatch: SpeakerMatch;
  StanceAgreement: StanceAgreement;
  StanceCode: ResolverTypeWrapper<Scalars['StanceCode']['output']>;
  StanceColumn: ResolverTypeWrapper<StanceColumn>;
  StanceComparison: ResolverTypeWrapper<Omit<StanceComparison, 'rows'> & { rows: Array<ResolversTypes['StanceComparisonRow']> }>;
  StanceComparisonRow: ResolverTypeWrapper<Omit<StanceComparisonRow, 'first' | 'second'> & { first?: Maybe<ResolversTypes['HeldStance']>, second?: Maybe<ResolversTypes['HeldStance']> }>;
  StanceDefinition: ResolverTypeWrapper<NodeRecord>;
  StanceDefinitionInput: StanceDefinitionInput;
  StanceDefinitionPatch: StanceDefinitionPatch;
  StanceDefinitionPayload: ResolverTypeWrapper<Omit<StanceDefinitionPayload, 'stanceDefinition'> & { stanceDefinition: ResolversTypes['StanceDefinition'] }>;
  StanceEvent: ResolverTypeWrapper<Omit<StanceEvent, 'date' | 'evidence' | 'statement'> & { date?: Maybe<ResolversTypes['PartialDate']>, evidence: Array<ResolversTypes['Evidence']>, statement?: Maybe<ResolversTypes['StatementView']> }>;
  StanceEventConnection: ResolverTypeWrapper<Omit<StanceEventConnection, 'edges'> & { edges: Array<ResolversTypes['StanceEventEdge']> }>;
  StanceEventEdge: ResolverTypeWrapper<Omit<StanceEventEdge, 'node'> & { node: ResolversTypes['StanceEvent'] }>;
  StanceEventKind: StanceEventKind;
  StanceHolding: ResolverTypeWrapper<Omit<StanceHolding, 'latest' | 'since'> & { latest?: Maybe<ResolversTypes['PartialDate']>, since?: Maybe<ResolversTypes['PartialDate']> }>;
  StanceMatrix: ResolverTypeWrapper<Omit<StanceMatrix, 'rows'> & { rows: Array<ResolversTypes['StanceMatrixRow']> }>;
  StanceMatrixCell: ResolverTypeWrapper<Omit<StanceMatrixCell, 'holdings'> & { holdings: Array<ResolversTypes['StanceHolding']> }>;
  StanceMatrixRow: ResolverTypeWrapper<Omit<StanceMatrixRow, 'cells'> & { cells: Array<ResolversTypes['StanceMatrixCell']> }>;
  StanceSummary: ResolverTypeWrapper<StanceSummary>;
  StanceTarget: ResolverTypeWrapper<NodeRecord>;
  Statement: ResolverTypeWrapper<NodeRecord>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['Statement'] }>;
  StatementFeed: ResolverTypeWrapper<Omit<StatementFeed, 'edges'> & { edges: Array<ResolversTypes['StatementViewEdge']> }>;
  StatementFilter: StatementFilter;
  StatementInput: StatementInput;
  StatementKind: StatementKind;
  StatementPatch: StatementPatch;
  StatementPayload: ResolverTypeWrapper<Omit<StatementPayload, 'statement'> & { statement: ResolversTypes['Statement'] }>;
  StatementSort: StatementSort;
  StatementSortField: StatementSortField;
  StatementView: ResolverTypeWrapper<Omit<StatementView, 'date' | 'evidence' | 'occasion' | 'renderings' | 'speakerOffices'> & { date?: Maybe<ResolversTypes['PartialDate']>, evidence: Array<ResolversTypes['Evidence']>, occasion?: Maybe<ResolversTypes['OccasionView']>, renderings: Array<ResolversTypes['RenderingView']>, speakerOffices: Array<ResolversTypes['OfficeView']> }>;
  StatementViewConnection: ResolverTypeWrapper<Omit<StatementViewConnection, 'edges'> & { edges: Array<ResolversTypes['StatementViewEdge']> }>;
  StatementViewEdge: ResolverTypeWrapper<Omit<StatementViewEdge, 'node'> & { node: ResolversTypes['StatementView'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TalksRecord: ResolverTypeWrapper<Omit<TalksRecord, 'otherParticipants' | 'process' | 'roles' | 'rounds'> & { otherParticipants: Array<ResolversTypes['ParticipantView']>, process: ResolversTypes['ProcessView'], roles: Array<ResolversTypes['ParticipantView']>, rounds: Array<ResolversTypes['RoundView']> }>;
  TalksRecordConnection: ResolverTypeWrapper<Omit<TalksRecordConnection, 'edges'> & { edges: Array<ResolversTypes['TalksRecordEdge']> }>;
  TalksRecordEdge: ResolverTypeWrapper<Omit<TalksRecordEdge, 'node'> & { node: ResolversTypes['TalksRecord'] }>;
  TextSpan: ResolverTypeWrapper<TextSpan>;
  TextSpanInput: TextSpanInput;
  ThirdPartyRole: ResolverTypeWrapper<Omit<ThirdPartyRole, 'evidence' | 'involvedAs' | 'process' | 'round'> & { evidence: Array<ResolversTypes['Evidence']>, involvedAs: Array<ResolversTypes['ParticipantView']>, process: ResolversTypes['ProcessView'], round?: Maybe<ResolversTypes['RoundView']> }>;
  ThirdPartyRoleConnection: ResolverTypeWrapper<Omit<ThirdPartyRoleConnection, 'edges'> & { edges: Array<ResolversTypes['ThirdPartyRoleEdge']> }>;
  ThirdPartyRoleEdge: ResolverTypeWrapper<Omit<ThirdPartyRoleEdge, 'node'> & { node: ResolversTypes['ThirdPartyRole'] }>;
  TransportMode: TransportMode;
  WriteOutcome: WriteOutcome;
  WrittenRecord: ResolverTypeWrapper<WrittenRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptedProposalInput: AcceptedProposalInput;
  Actor: NodeRecord;
  AlternativeClaims: Omit<AlternativeClaims, 'movements'> & { movements: Array<ResolversParentTypes['MovementView']> };
  AnnotatedSourceInput: AnnotatedSourceInput;
  AnnotationCue: AnnotationCue;
  AnnotationProposal: AnnotationProposal;
  AnnotationProposals: AnnotationProposals;
  Attendance: NodeRecord;
  AttendanceInput: AttendanceInput;
  AttendancePatch: AttendancePatch;
  AttendancePayload: Omit<AttendancePayload, 'attendance'> & { attendance: ResolversParentTypes['Attendance'] };
  Boolean: Scalars['Boolean']['output'];
  Change: Omit<Change, 'entity'> & { entity?: Maybe<ResolversParentTypes['Node']> };
  ChangeConnection: Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeEdge']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  Citation: CitationRecord;
  CitationInput: CitationInput;
  ConfirmAnnotationsInput: ConfirmAnnotationsInput;
  ConfirmAnnotationsPayload: Omit<ConfirmAnnotationsPayload, 'source' | 'statements'> & { source: ResolversParentTypes['Source'], statements: Array<ResolversParentTypes['Statement']> };
  Conflict: NodeRecord;
  ConflictConnection: Omit<ConflictConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConflictEdge']> };
  ConflictEdge: Omit<ConflictEdge, 'node'> & { node: ResolversParentTypes['Conflict'] };
  ConflictFilter: ConflictFilter;
  ConflictInput: ConflictInput;
  ConflictPatch: ConflictPatch;
  ConflictPayload: Omit<ConflictPayload, 'conflict'> & { conflict: ResolversParentTypes['Conflict'] };
  ConflictSort: ConflictSort;
  ConnectionPaths: Omit<ConnectionPaths, 'paths'> & { paths: Array<ResolversParentTypes['GraphPath']> };
  Country: NodeRecord;
  CountryConnection: Omit<CountryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CountryEdge']> };
  CountryEdge: Omit<CountryEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  CountryFilter: CountryFilter;
  CountryInput: CountryInput;
  CountryPatch: CountryPatch;
  CountryPayload: Omit<CountryPayload, 'country'> & { country: ResolversParentTypes['Country'] };
  CountrySort: CountrySort;
  DatedTotal: Omit<DatedTotal, 'date'> & { date?: Maybe<ResolversParentTypes['PartialDate']> };
  Dateline: NodeRecord;
  DatelineInput: DatelineInput;
  DatelinePatch: DatelinePatch;
  DatelinePayload: Omit<DatelinePayload, 'dateline'> & { dateline: ResolversParentTypes['Dateline'] };
  EntityRef: EntityRef;
  EvacuationFilter: EvacuationFilter;
  EvacuationLeg: LegRecord;
  EvacuationLegInput: EvacuationLegInput;
  EvacuationMovement: NodeRecord;
  EvacuationMovementInput: EvacuationMovementInput;
  EvacuationMovementPatch: EvacuationMovementPatch;
  EvacuationMovementPayload: Omit<EvacuationMovementPayload, 'evacuationMovement'> & { evacuationMovement: ResolversParentTypes['EvacuationMovement'] };
  EvacuationOperation: NodeRecord;
  EvacuationOperationConnection: Omit<EvacuationOperationConnection, 'edges'> & { edges: Array<ResolversParentTypes['EvacuationOperationEdge']> };
  EvacuationOperationEdge: Omit<EvacuationOperationEdge, 'node'> & { node: ResolversParentTypes['EvacuationOperation'] };
  EvacuationOperationInput: EvacuationOperationInput;
  EvacuationOperationPatch: EvacuationOperationPatch;
  EvacuationOperationPayload: Omit<EvacuationOperationPayload, 'evacuationOperation'> & { evacuationOperation: ResolversParentTypes['EvacuationOperation'] };
  EvacuationRecord: Omit<EvacuationRecord, 'alternativeClaims' | 'operations' | 'totalsByDate'> & { alternativeClaims: Array<ResolversParentTypes['AlternativeClaims']>, operations: Array<ResolversParentTypes['OperationView']>, totalsByDate: Array<ResolversParentTypes['DatedTotal']> };
  EvacuationSort: EvacuationSort;
  Event: NodeRecord;
  EventConnection: Omit<EventConnection, 'edges'> & { edges: Array<ResolversParentTypes['EventEdge']> };
  EventEdge: Omit<EventEdge, 'node'> & { node: ResolversParentTypes['Event'] };
  EventFilter: EventFilter;
  EventInput: EventInput;
  EventPatch: EventPatch;
  EventPayload: Omit<EventPayload, 'event'> & { event: ResolversParentTypes['Event'] };
  EventSort: EventSort;
  Evidence: Omit<Evidence, 'source'> & { source: ResolversParentTypes['SourceRef'] };
  Export: Export;
  ExportFile: ExportFile;
  ExportScope: ExportScope;
  FacetCount: FacetCount;
  Fact: NodeRecord;
  FactConnection: Omit<FactConnection, 'edges'> & { edges: Array<ResolversParentTypes['FactEdge']> };
  FactEdge: Omit<FactEdge, 'node'> & { node: ResolversParentTypes['Fact'] };
  FeedFacets: FeedFacets;
  Float: Scalars['Float']['output'];
  GraphEdge: GraphEdge;
  GraphNode: GraphNode;
  GraphOverview: Omit<GraphOverview, 'recentStatements' | 'topConflicts' | 'topProcesses'> & { recentStatements: Array<ResolversParentTypes['StatementView']>, topConflicts: Array<ResolversParentTypes['RankedEntity']>, topProcesses: Array<ResolversParentTypes['RankedEntity']> };
  GraphPath: Omit<GraphPath, 'steps'> & { steps: Array<ResolversParentTypes['PathStep']> };
  HeldStance: Omit<HeldStance, 'conditionStatusDate' | 'evidence' | 'expressedBy' | 'since' | 'until'> & { conditionStatusDate?: Maybe<ResolversParentTypes['PartialDate']>, evidence: Array<ResolversParentTypes['Evidence']>, expressedBy: Array<ResolversParentTypes['StatementView']>, since?: Maybe<ResolversParentTypes['PartialDate']>, until?: Maybe<ResolversParentTypes['PartialDate']> };
  HeldStanceConnection: Omit<HeldStanceConnection, 'edges'> & { edges: Array<ResolversParentTypes['HeldStanceEdge']> };
  HeldStanceEdge: Omit<HeldStanceEdge, 'node'> & { node: ResolversParentTypes['HeldStance'] };
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Involvement: NodeRecord;
  InvolvementInput: InvolvementInput;
  InvolvementPatch: InvolvementPatch;
  InvolvementPayload: Omit<InvolvementPayload, 'involvement'> & { involvement: ResolversParentTypes['Involvement'] };
  KindCount: KindCount;
  LegView: LegView;
  LocalizedName: NameRecord;
  Membership: NodeRecord;
  MembershipInput: MembershipInput;
  MembershipPatch: MembershipPatch;
  MembershipPayload: Omit<MembershipPayload, 'membership'> & { membership: ResolversParentTypes['Membership'] };
  MovementView: Omit<MovementView, 'date' | 'evidence' | 'reportedOn'> & { date?: Maybe<ResolversParentTypes['PartialDate']>, evidence: Array<ResolversParentTypes['Evidence']>, reportedOn?: Maybe<ResolversParentTypes['PartialDate']> };
  Mutation: Record<PropertyKey, never>;
  NameInput: NameInput;
  NegotiationProcess: NodeRecord;
  NegotiationProcessConnection: Omit<NegotiationProcessConnection, 'edges'> & { edges: Array<ResolversParentTypes['NegotiationProcessEdge']> };
  NegotiationProcessEdge: Omit<NegotiationProcessEdge, 'node'> & { node: ResolversParentTypes['NegotiationProcess'] };
  NegotiationProcessFilter: NegotiationProcessFilter;
  NegotiationProcessInput: NegotiationProcessInput;
  NegotiationProcessPatch: NegotiationProcessPatch;
  NegotiationProcessPayload: Omit<NegotiationProcessPayload, 'negotiationProcess'> & { negotiationProcess: ResolversParentTypes['NegotiationProcess'] };
  NegotiationProcessSort: NegotiationProcessSort;
  NegotiationRound: NodeRecord;
  NegotiationRoundConnection: Omit<NegotiationRoundConnection, 'edges'> & { edges: Array<ResolversParentTypes['NegotiationRoundEdge']> };
  NegotiationRoundEdge: Omit<NegotiationRoundEdge, 'node'> & { node: ResolversParentTypes['NegotiationRound'] };
  NegotiationRoundFilter: NegotiationRoundFilter;
  NegotiationRoundInput: NegotiationRoundInput;
  NegotiationRoundPatch: NegotiationRoundPatch;
  NegotiationRoundPayload: Omit<NegotiationRoundPayload, 'negotiationRound'> & { negotiationRound: ResolversParentTypes['NegotiationRound'] };
  NegotiationRoundSort: NegotiationRoundSort;
  Neighbourhood: Neighbourhood;
  Node: NodeRecord;
  OccasionView: Omit<OccasionView, 'date'> & { date: ResolversParentTypes['PartialDate'] };
  Office: NodeRecord;
  OfficeConnection: Omit<OfficeConnection, 'edges'> & { edges: Array<ResolversParentTypes['OfficeEdge']> };
  OfficeEdge: Omit<OfficeEdge, 'node'> & { node: ResolversParentTypes['Office'] };
  OfficeFilter: OfficeFilter;
  OfficeInput: OfficeInput;
  OfficePatch: OfficePatch;
  OfficePayload: Omit<OfficePayload, 'office'> & { office: ResolversParentTypes['Office'] };
  OfficeSort: OfficeSort;
  OfficeView: Omit<OfficeView, 'end' | 'start'> & { end?: Maybe<ResolversParentTypes['PartialDate']>, start?: Maybe<ResolversParentTypes['PartialDate']> };
  OntologyMapping: OntologyMapping;
  OperationView: Omit<OperationView, 'alternativeClaims' | 'evidence' | 'movements' | 'totalsByDate'> & { alternativeClaims: Array<ResolversParentTypes['AlternativeClaims']>, evidence: Array<ResolversParentTypes['Evidence']>, movements: Array<ResolversParentTypes['MovementView']>, totalsByDate: Array<ResolversParentTypes['DatedTotal']> };
  Organization: NodeRecord;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  OrganizationInput: OrganizationInput;
  OrganizationPatch: OrganizationPatch;
  OrganizationPayload: Omit<OrganizationPayload, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  OrganizationSort: OrganizationSort;
  PageInfo: PageInfo;
  PartialDate: DateText;
  PartialDateInput: PartialDateInput;
  ParticipantView: Omit<ParticipantView, 'evidence'> & { evidence: Array<ResolversParentTypes['Evidence']> };
  Participation: NodeRecord;
  ParticipationConnection: Omit<ParticipationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ParticipationEdge']> };
  ParticipationEdge: Omit<ParticipationEdge, 'node'> & { node: ResolversParentTypes['Participation'] };
  ParticipationFilter: ParticipationFilter;
  ParticipationInput: ParticipationInput;
  ParticipationPatch: ParticipationPatch;
  ParticipationPayload: Omit<ParticipationPayload, 'participation'> & { participation: ResolversParentTypes['Participation'] };
  ParticipationSort: ParticipationSort;
  PathStep: Omit<PathStep, 'evidence'> & { evidence: Array<ResolversParentTypes['Evidence']> };
  Person: NodeRecord;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonInput: PersonInput;
  PersonPatch: PersonPatch;
  PersonPayload: Omit<PersonPayload, 'person'> & { person: ResolversParentTypes['Person'] };
  PersonSort: PersonSort;
  Place: NodeRecord;
  PlaceConnection: Omit<PlaceConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlaceEdge']> };
  PlaceEdge: Omit<PlaceEdge, 'node'> & { node: ResolversParentTypes['Place'] };
  PlaceFilter: PlaceFilter;
  PlaceInput: PlaceInput;
  PlacePatch: PlacePatch;
  PlacePayload: Omit<PlacePayload, 'place'> & { place: ResolversParentTypes['Place'] };
  PlaceSort: PlaceSort;
  Position: NodeRecord;
  PositionConnection: Omit<PositionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PositionEdge']> };
  PositionEdge: Omit<PositionEdge, 'node'> & { node: ResolversParentTypes['Position'] };
  PositionFilter: PositionFilter;
  PositionInput: PositionInput;
  PositionPatch: PositionPatch;
  PositionPayload: Omit<PositionPayload, 'position'> & { position: ResolversParentTypes['Position'] };
  PositionSort: PositionSort;
  ProcessView: Omit<ProcessView, 'end' | 'start'> & { end?: Maybe<ResolversParentTypes['PartialDate']>, start?: Maybe<ResolversParentTypes['PartialDate']> };
  ProposedActorInput: ProposedActorInput;
  ProposedDate: ProposedDate;
  ProposedMention: ProposedMention;
  ProposedOnBehalfOf: ProposedOnBehalfOf;
  ProposedSpeaker: ProposedSpeaker;
  ProposedStance: ProposedStance;
  ProposedStanceInput: ProposedStanceInput;
  ProposedTarget: ProposedTarget;
  Quantity: Omit<Quantity, 'asOf'> & { asOf?: Maybe<ResolversParentTypes['PartialDate']> };
  Query: Record<PropertyKey, never>;
  RankedEntity: Omit<RankedEntity, 'latest'> & { latest?: Maybe<ResolversParentTypes['PartialDate']> };
  RenderingView: Omit<RenderingView, 'evidence'> & { evidence: Array<ResolversParentTypes['Evidence']> };
  RestorationPayload: Omit<RestorationPayload, 'restored'> & { restored: Array<ResolversParentTypes['Node']> };
  Retraction: Retraction;
  RetractionConnection: RetractionConnection;
  RetractionEdge: RetractionEdge;
  RetractionInput: RetractionInput;
  RetractionPayload: RetractionPayload;
  RoundView: Omit<RoundView, 'end' | 'evidence' | 'participants' | 'start'> & { end?: Maybe<ResolversParentTypes['PartialDate']>, evidence: Array<ResolversParentTypes['Evidence']>, participants: Array<ResolversParentTypes['ParticipantView']>, start?: Maybe<ResolversParentTypes['PartialDate']> };
  SearchHit: SearchHit;
  SearchHitConnection: SearchHitConnection;
  SearchHitEdge: SearchHitEdge;
  SharedStance: Omit<SharedStance, 'holders'> & { holders: Array<ResolversParentTypes['HeldStance']> };
  SharedStanceConnection: Omit<SharedStanceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SharedStanceEdge']> };
  SharedStanceEdge: Omit<SharedStanceEdge, 'node'> & { node: ResolversParentTypes['SharedStance'] };
  Source: NodeRecord;
  SourceConnection: Omit<SourceConnection, 'edges'> & { edges: Array<ResolversParentTypes['SourceEdge']> };
  SourceEdge: Omit<SourceEdge, 'node'> & { node: ResolversParentTypes['Source'] };
  SourceFilter: SourceFilter;
  SourceInput: SourceInput;
  SourcePatch: SourcePatch;
  SourcePayload: Omit<SourcePayload, 'source'> & { source: ResolversParentTypes['Source'] };
  SourceRef: Omit<SourceRef, 'published'> & { published?: Maybe<ResolversParentTypes['PartialDate']> };
  SourceSort: SourceSort;
  Span: Span;
  StanceCode: Scalars['StanceCode']['output'];
  StanceColumn: StanceColumn;
  StanceComparison: Omit<StanceComparison, 'rows'> & { rows: Array<ResolversParentTypes['StanceComparisonRow']> };
  StanceComparisonRow: Omit<StanceComparisonRow, 'first' | 'second'> & { first?: Maybe<ResolversParentTypes['HeldStance']>, second?: Maybe<ResolversParentTypes['HeldStance']> };
  StanceDefinition: NodeRecord;
  StanceDefinitionInput: StanceDefinitionInput;
  StanceDefinitionPatch: StanceDefinitionPatch;
  StanceDefinitionPayload: Omit<StanceDefinitionPayload, 'stanceDefinition'> & { stanceDefinition: ResolversParentTypes['StanceDefinition'] };
  StanceEvent: Omit<StanceEvent, 'date' | 'evidence' | 'statement'> & { date?: Maybe<ResolversParentTypes['PartialDate']>, evidence: Array<ResolversParentTypes['Evidence']>, statement?: Maybe<ResolversParentTypes['StatementView']> };
  StanceEventConnection: Omit<StanceEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['StanceEventEdge']> };
  StanceEventEdge: Omit<StanceEventEdge, 'node'> & { node: ResolversParentTypes['StanceEvent'] };
  StanceHolding: Omit<StanceHolding, 'latest' | 'since'> & { latest?: Maybe<ResolversParentTypes['PartialDate']>, since?: Maybe<ResolversParentTypes['PartialDate']> };
  StanceMatrix: Omit<StanceMatrix, 'rows'> & { rows: Array<ResolversParentTypes['StanceMatrixRow']> };
  StanceMatrixCell: Omit<StanceMatrixCell, 'holdings'> & { holdings: Array<ResolversParentTypes['StanceHolding']> };
  StanceMatrixRow: Omit<StanceMatrixRow, 'cells'> & { cells: Array<ResolversParentTypes['StanceMatrixCell']> };
  StanceSummary: StanceSummary;
  StanceTarget: NodeRecord;
  Statement: NodeRecord;
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['Statement'] };
  StatementFeed: Omit<StatementFeed, 'edges'> & { edges: Array<ResolversParentTypes['StatementViewEdge']> };
  StatementFilter: StatementFilter;
  StatementInput: StatementInput;
  StatementPatch: StatementPatch;
  StatementPayload: Omit<StatementPayload, 'statement'> & { statement: ResolversParentTypes['Statement'] };
  StatementSort: StatementSort;
  StatementView: Omit<StatementView, 'date' | 'evidence' | 'occasion' | 'renderings' | 'speakerOffices'> & { date?: Maybe<ResolversParentTypes['PartialDate']>, evidence: Array<ResolversParentTypes['Evidence']>, occasion?: Maybe<ResolversParentTypes['OccasionView']>, renderings: Array<ResolversParentTypes['RenderingView']>, speakerOffices: Array<ResolversParentTypes['OfficeView']> };
  StatementViewConnection: Omit<StatementViewConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementViewEdge']> };
  StatementViewEdge: Omit<StatementViewEdge, 'node'> & { node: ResolversParentTypes['StatementView'] };
  String: Scalars['String']['output'];
  TalksRecord: Omit<TalksRecord, 'otherParticipants' | 'process' | 'roles' | 'rounds'> & { otherParticipants: Array<ResolversParentTypes['ParticipantView']>, process: ResolversParentTypes['ProcessView'], roles: Array<ResolversParentTypes['ParticipantView']>, rounds: Array<ResolversParentTypes['RoundView']> };
  TalksRecordConnection: Omit<TalksRecordConnection, 'edges'> & { edges: Array<ResolversParentTypes['TalksRecordEdge']> };
  TalksRecordEdge: Omit<TalksRecordEdge, 'node'> & { node: ResolversParentTypes['TalksRecord'] };
  TextSpan: TextSpan;
  TextSpanInput: TextSpanInput;
  ThirdPartyRole: Omit<ThirdPartyRole, 'evidence' | 'involvedAs' | 'process' | 'round'> & { evidence: Array<ResolversParentTypes['Evidence']>, involvedAs: Array<ResolversParentTypes['ParticipantView']>, process: ResolversParentTypes['ProcessView'], round?: Maybe<ResolversParentTypes['RoundView']> };
  ThirdPartyRoleConnection: Omit<ThirdPartyRoleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ThirdPartyRoleEdge']> };
  ThirdPartyRoleEdge: Omit<ThirdPartyRoleEdge, 'node'> & { node: ResolversParentTypes['ThirdPartyRole'] };
  WrittenRecord: WrittenRecord;
};

export type ActorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Country' | 'Organization' | 'Person', ParentType, ContextType>;
};

export type AlternativeClaimsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AlternativeClaims'] = ResolversParentTypes['AlternativeClaims']> = {
  movements?: Resolver<Array<ResolversTypes['MovementView']>, ParentType, ContextType>;
};

export type AnnotationCueResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnnotationCue'] = ResolversParentTypes['AnnotationCue']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CueKind'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnnotationProposalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnnotationProposal'] = ResolversParentTypes['AnnotationProposal']> = {
  cues?: Resolver<Array<ResolversTypes['AnnotationCue']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['ProposedDate']>, ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['ProposedMention']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['ProposedOnBehalfOf']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['ProposedSpeaker']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['ProposedStance']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AnnotationProposalsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AnnotationProposals'] = ResolversParentTypes['AnnotationProposals']> = {
  proposals?: Resolver<Array<ResolversTypes['AnnotationProposal']>, ParentType, ContextType>;
};

export type AttendanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Attendance'] = ResolversParentTypes['Attendance']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  representing?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['EventRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ParticipationStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AttendancePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AttendancePayload'] = ResolversParentTypes['AttendancePayload']> = {
  attendance?: Resolver<ResolversTypes['Attendance'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type CitationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Citation'] = ResolversParentTypes['Citation']> = {
  excerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
};

export type ConfirmAnnotationsPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConfirmAnnotationsPayload'] = ResolversParentTypes['ConfirmAnnotationsPayload']> = {
  records?: Resolver<Array<ResolversTypes['WrittenRecord']>, ParentType, ContextType>;
  relocated?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evacuations?: Resolver<Array<ResolversTypes['EvacuationOperation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involvements?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ConflictKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<ConflictPositionsArgs, 'first'>>;
  processes?: Resolver<Array<ResolversTypes['NegotiationProcess']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<ConflictStatementsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConflictConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConflictConnection'] = ResolversParentTypes['ConflictConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConflictEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConflictEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConflictEdge'] = ResolversParentTypes['ConflictEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Conflict'], ParentType, ContextType>;
};

export type ConflictPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConflictPayload'] = ResolversParentTypes['ConflictPayload']> = {
  conflict?: Resolver<ResolversTypes['Conflict'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type ConnectionPathsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ConnectionPaths'] = ResolversParentTypes['ConnectionPaths']> = {
  from?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  maxLength?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['GraphPath']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  evacuations?: Resolver<Array<ResolversTypes['EvacuationOperation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involvements?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  iso2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iso3?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<CountryMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  officials?: Resolver<ResolversTypes['OfficeConnection'], ParentType, ContextType, RequireFields<CountryOfficialsArgs, 'first'>>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  participations?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<CountryParticipationsArgs, 'first'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<CountryPositionsArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<CountryStatementsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CountryConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountryEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
};

export type CountryPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CountryPayload'] = ResolversParentTypes['CountryPayload']> = {
  country?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type DatedTotalResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DatedTotal'] = ResolversParentTypes['DatedTotal']> = {
  countUnit?: Resolver<ResolversTypes['CountUnit'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  movements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movementsNotAdded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movementsWithAlternatives?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  movementsWithoutCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MovementStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DatelineResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Dateline'] = ResolversParentTypes['Dateline']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DatelinePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DatelinePayload'] = ResolversParentTypes['DatelinePayload']> = {
  dateline?: Resolver<ResolversTypes['Dateline'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type EntityRefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EntityRef'] = ResolversParentTypes['EntityRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type EvacuationLegResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvacuationLeg'] = ResolversParentTypes['EvacuationLeg']> = {
  carrier?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['TransportMode']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
};

export type EvacuationMovementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvacuationMovement'] = ResolversParentTypes['EvacuationMovement']> = {
  alternatives?: Resolver<Array<ResolversTypes['EvacuationMovement']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countKind?: Resolver<ResolversTypes['CountKind'], ParentType, ContextType>;
  countQualifier?: Resolver<Maybe<ResolversTypes['QuantityQualifier']>, ParentType, ContextType>;
  countUnit?: Resolver<ResolversTypes['CountUnit'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['EvacuationLeg']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['EvacuationOperation'], ParentType, ContextType>;
  reportedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MovementStatus'], ParentType, ContextType>;
  transitCountries?: Resolver<Array<ResolversTypes['Country']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvacuationMovementPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvacuationMovementPayload'] = ResolversParentTypes['EvacuationMovementPayload']> = {
  evacuationMovement?: Resolver<ResolversTypes['EvacuationMovement'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type EvacuationOperationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvacuationOperation'] = ResolversParentTypes['EvacuationOperation']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  conductedBy?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  conflict?: Resolver<Maybe<ResolversTypes['Conflict']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movements?: Resolver<Array<ResolversTypes['EvacuationMovement']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priorityGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EvacuationOperationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvacuationOperationConnection'] = ResolversParentTypes['EvacuationOperationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EvacuationOperationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvacuationOperationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvacuationOperationEdge'] = ResolversParentTypes['EvacuationOperationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['EvacuationOperation'], ParentType, ContextType>;
};

export type EvacuationOperationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvacuationOperationPayload'] = ResolversParentTypes['EvacuationOperationPayload']> = {
  evacuationOperation?: Resolver<ResolversTypes['EvacuationOperation'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type EvacuationRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EvacuationRecord'] = ResolversParentTypes['EvacuationRecord']> = {
  actor?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  alternativeClaims?: Resolver<Array<ResolversTypes['AlternativeClaims']>, ParentType, ContextType>;
  operations?: Resolver<Array<ResolversTypes['OperationView']>, ParentType, ContextType>;
  totalsByDate?: Resolver<Array<ResolversTypes['DatedTotal']>, ParentType, ContextType>;
};

export type EventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizer?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Attendance']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventConnection'] = ResolversParentTypes['EventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventEdge'] = ResolversParentTypes['EventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
};

export type EventPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['EventPayload'] = ResolversParentTypes['EventPayload']> = {
  event?: Resolver<ResolversTypes['Event'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  excerpt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['SourceRef'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['Span']>, ParentType, ContextType>;
};

export type ExportResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Export'] = ResolversParentTypes['Export']> = {
  edgeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['ExportFile']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ExportFormat'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExportFileResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mediaType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FacetCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FacetCount'] = ResolversParentTypes['FacetCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Fact'] = ResolversParentTypes['Fact']> = {
  __resolveType: TypeResolveFn<'Attendance' | 'Conflict' | 'Dateline' | 'EvacuationMovement' | 'EvacuationOperation' | 'Event' | 'Involvement' | 'Membership' | 'NegotiationProcess' | 'NegotiationRound' | 'Office' | 'Organization' | 'Participation' | 'Place' | 'Position' | 'Statement', ParentType, ContextType>;
};

export type FactConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FactConnection'] = ResolversParentTypes['FactConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FactEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FactEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FactEdge'] = ResolversParentTypes['FactEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Fact'], ParentType, ContextType>;
};

export type FeedFacetsResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeedFacets'] = ResolversParentTypes['FeedFacets']> = {
  conflicts?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  kinds?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['FacetCount']>, ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditional?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  factId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  modality?: Resolver<Maybe<ResolversTypes['Modality']>, ParentType, ContextType>;
  qualifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  depth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphOverviewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphOverview'] = ResolversParentTypes['GraphOverview']> = {
  counts?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  recentStatements?: Resolver<Array<ResolversTypes['StatementView']>, ParentType, ContextType>;
  topConflicts?: Resolver<Array<ResolversTypes['RankedEntity']>, ParentType, ContextType>;
  topProcesses?: Resolver<Array<ResolversTypes['RankedEntity']>, ParentType, ContextType>;
};

export type GraphPathResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['GraphPath'] = ResolversParentTypes['GraphPath']> = {
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type HeldStanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HeldStance'] = ResolversParentTypes['HeldStance']> = {
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditionMet?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  conditionStatusDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  expressedBy?: Resolver<Array<ResolversTypes['StatementView']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  presentedAsUnchanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reaffirmedBy?: Resolver<Array<ResolversTypes['StanceSummary']>, ParentType, ContextType>;
  reaffirms?: Resolver<Array<ResolversTypes['StanceSummary']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['StanceCode'], ParentType, ContextType>;
  stanceLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  standing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['StanceSummary']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['StanceSummary']>, ParentType, ContextType>;
  toward?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type HeldStanceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HeldStanceConnection'] = ResolversParentTypes['HeldStanceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['HeldStanceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsLowerBound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type HeldStanceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['HeldStanceEdge'] = ResolversParentTypes['HeldStanceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['HeldStance'], ParentType, ContextType>;
};

export type InvolvementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Involvement'] = ResolversParentTypes['Involvement']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  conflict?: Resolver<ResolversTypes['Conflict'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['InvolvementRole'], ParentType, ContextType>;
  side?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InvolvementPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InvolvementPayload'] = ResolversParentTypes['InvolvementPayload']> = {
  involvement?: Resolver<ResolversTypes['Involvement'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LegViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LegView'] = ResolversParentTypes['LegView']> = {
  carrier?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  mode?: Resolver<Maybe<ResolversTypes['TransportMode']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type LocalizedNameResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LocalizedName'] = ResolversParentTypes['LocalizedName']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NameKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  member?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipPayload'] = ResolversParentTypes['MembershipPayload']> = {
  membership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type MovementViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MovementView'] = ResolversParentTypes['MovementView']> = {
  alternatives?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countKind?: Resolver<ResolversTypes['CountKind'], ParentType, ContextType>;
  countQualifier?: Resolver<Maybe<ResolversTypes['QuantityQualifier']>, ParentType, ContextType>;
  countUnit?: Resolver<ResolversTypes['CountUnit'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['LegView']>, ParentType, ContextType>;
  reportedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MovementStatus'], ParentType, ContextType>;
  transitCountries?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  confirmAnnotations?: Resolver<ResolversTypes['ConfirmAnnotationsPayload'], ParentType, ContextType, RequireFields<MutationConfirmAnnotationsArgs, 'input'>>;
  patchAttendance?: Resolver<ResolversTypes['AttendancePayload'], ParentType, ContextType, RequireFields<MutationPatchAttendanceArgs, 'id' | 'set'>>;
  patchConflict?: Resolver<ResolversTypes['ConflictPayload'], ParentType, ContextType, RequireFields<MutationPatchConflictArgs, 'id' | 'set'>>;
  patchCountry?: Resolver<ResolversTypes['CountryPayload'], ParentType, ContextType, RequireFields<MutationPatchCountryArgs, 'id' | 'set'>>;
  patchDateline?: Resolver<ResolversTypes['DatelinePayload'], ParentType, ContextType, RequireFields<MutationPatchDatelineArgs, 'id' | 'set'>>;
  patchEvacuationMovement?: Resolver<ResolversTypes['EvacuationMovementPayload'], ParentType, ContextType, RequireFields<MutationPatchEvacuationMovementArgs, 'id' | 'set'>>;
  patchEvacuationOperation?: Resolver<ResolversTypes['EvacuationOperationPayload'], ParentType, ContextType, RequireFields<MutationPatchEvacuationOperationArgs, 'id' | 'set'>>;
  patchEvent?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationPatchEventArgs, 'id' | 'set'>>;
  patchInvolvement?: Resolver<ResolversTypes['InvolvementPayload'], ParentType, ContextType, RequireFields<MutationPatchInvolvementArgs, 'id' | 'set'>>;
  patchMembership?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationPatchMembershipArgs, 'id' | 'set'>>;
  patchNegotiationProcess?: Resolver<ResolversTypes['NegotiationProcessPayload'], ParentType, ContextType, RequireFields<MutationPatchNegotiationProcessArgs, 'id' | 'set'>>;
  patchNegotiationRound?: Resolver<ResolversTypes['NegotiationRoundPayload'], ParentType, ContextType, RequireFields<MutationPatchNegotiationRoundArgs, 'id' | 'set'>>;
  patchOffice?: Resolver<ResolversTypes['OfficePayload'], ParentType, ContextType, RequireFields<MutationPatchOfficeArgs, 'id' | 'set'>>;
  patchOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationPatchOrganizationArgs, 'id' | 'set'>>;
  patchParticipation?: Resolver<ResolversTypes['ParticipationPayload'], ParentType, ContextType, RequireFields<MutationPatchParticipationArgs, 'id' | 'set'>>;
  patchPerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationPatchPersonArgs, 'id' | 'set'>>;
  patchPlace?: Resolver<ResolversTypes['PlacePayload'], ParentType, ContextType, RequireFields<MutationPatchPlaceArgs, 'id' | 'set'>>;
  patchPosition?: Resolver<ResolversTypes['PositionPayload'], ParentType, ContextType, RequireFields<MutationPatchPositionArgs, 'id' | 'set'>>;
  patchSource?: Resolver<ResolversTypes['SourcePayload'], ParentType, ContextType, RequireFields<MutationPatchSourceArgs, 'id' | 'set'>>;
  patchStanceDefinition?: Resolver<ResolversTypes['StanceDefinitionPayload'], ParentType, ContextType, RequireFields<MutationPatchStanceDefinitionArgs, 'id' | 'set'>>;
  patchStatement?: Resolver<ResolversTypes['StatementPayload'], ParentType, ContextType, RequireFields<MutationPatchStatementArgs, 'id' | 'set'>>;
  restoreRecords?: Resolver<ResolversTypes['RestorationPayload'], ParentType, ContextType, RequireFields<MutationRestoreRecordsArgs, 'ids'>>;
  retractRecords?: Resolver<ResolversTypes['RetractionPayload'], ParentType, ContextType, RequireFields<MutationRetractRecordsArgs, 'reason' | 'records'>>;
  upsertAttendance?: Resolver<ResolversTypes['AttendancePayload'], ParentType, ContextType, RequireFields<MutationUpsertAttendanceArgs, 'input'>>;
  upsertConflict?: Resolver<ResolversTypes['ConflictPayload'], ParentType, ContextType, RequireFields<MutationUpsertConflictArgs, 'input'>>;
  upsertCountry?: Resolver<ResolversTypes['CountryPayload'], ParentType, ContextType, RequireFields<MutationUpsertCountryArgs, 'input'>>;
  upsertDateline?: Resolver<ResolversTypes['DatelinePayload'], ParentType, ContextType, RequireFields<MutationUpsertDatelineArgs, 'input'>>;
  upsertEvacuationMovement?: Resolver<ResolversTypes['EvacuationMovementPayload'], ParentType, ContextType, RequireFields<MutationUpsertEvacuationMovementArgs, 'input'>>;
  upsertEvacuationOperation?: Resolver<ResolversTypes['EvacuationOperationPayload'], ParentType, ContextType, RequireFields<MutationUpsertEvacuationOperationArgs, 'input'>>;
  upsertEvent?: Resolver<ResolversTypes['EventPayload'], ParentType, ContextType, RequireFields<MutationUpsertEventArgs, 'input'>>;
  upsertInvolvement?: Resolver<ResolversTypes['InvolvementPayload'], ParentType, ContextType, RequireFields<MutationUpsertInvolvementArgs, 'input'>>;
  upsertMembership?: Resolver<ResolversTypes['MembershipPayload'], ParentType, ContextType, RequireFields<MutationUpsertMembershipArgs, 'input'>>;
  upsertNegotiationProcess?: Resolver<ResolversTypes['NegotiationProcessPayload'], ParentType, ContextType, RequireFields<MutationUpsertNegotiationProcessArgs, 'input'>>;
  upsertNegotiationRound?: Resolver<ResolversTypes['NegotiationRoundPayload'], ParentType, ContextType, RequireFields<MutationUpsertNegotiationRoundArgs, 'input'>>;
  upsertOffice?: Resolver<ResolversTypes['OfficePayload'], ParentType, ContextType, RequireFields<MutationUpsertOfficeArgs, 'input'>>;
  upsertOrganization?: Resolver<ResolversTypes['OrganizationPayload'], ParentType, ContextType, RequireFields<MutationUpsertOrganizationArgs, 'input'>>;
  upsertParticipation?: Resolver<ResolversTypes['ParticipationPayload'], ParentType, ContextType, RequireFields<MutationUpsertParticipationArgs, 'input'>>;
  upsertPerson?: Resolver<ResolversTypes['PersonPayload'], ParentType, ContextType, RequireFields<MutationUpsertPersonArgs, 'input'>>;
  upsertPlace?: Resolver<ResolversTypes['PlacePayload'], ParentType, ContextType, RequireFields<MutationUpsertPlaceArgs, 'input'>>;
  upsertPosition?: Resolver<ResolversTypes['PositionPayload'], ParentType, ContextType, RequireFields<MutationUpsertPositionArgs, 'input'>>;
  upsertSource?: Resolver<ResolversTypes['SourcePayload'], ParentType, ContextType, RequireFields<MutationUpsertSourceArgs, 'input'>>;
  upsertStanceDefinition?: Resolver<ResolversTypes['StanceDefinitionPayload'], ParentType, ContextType, RequireFields<MutationUpsertStanceDefinitionArgs, 'input'>>;
  upsertStatement?: Resolver<ResolversTypes['StatementPayload'], ParentType, ContextType, RequireFields<MutationUpsertStatementArgs, 'input'>>;
};

export type NegotiationProcessResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NegotiationProcess'] = ResolversParentTypes['NegotiationProcess']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  concerns?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  roundCount?: Resolver<Maybe<ResolversTypes['Quantity']>, ParentType, ContextType>;
  rounds?: Resolver<ResolversTypes['NegotiationRoundConnection'], ParentType, ContextType, RequireFields<NegotiationProcessRoundsArgs, 'first'>>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NegotiationProcessConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NegotiationProcessConnection'] = ResolversParentTypes['NegotiationProcessConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NegotiationProcessEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NegotiationProcessEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NegotiationProcessEdge'] = ResolversParentTypes['NegotiationProcessEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NegotiationProcess'], ParentType, ContextType>;
};

export type NegotiationProcessPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NegotiationProcessPayload'] = ResolversParentTypes['NegotiationProcessPayload']> = {
  negotiationProcess?: Resolver<ResolversTypes['NegotiationProcess'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type NegotiationRoundResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NegotiationRound'] = ResolversParentTypes['NegotiationRound']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  process?: Resolver<ResolversTypes['NegotiationProcess'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
  venueName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type NegotiationRoundConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NegotiationRoundConnection'] = ResolversParentTypes['NegotiationRoundConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NegotiationRoundEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NegotiationRoundEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NegotiationRoundEdge'] = ResolversParentTypes['NegotiationRoundEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NegotiationRound'], ParentType, ContextType>;
};

export type NegotiationRoundPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['NegotiationRoundPayload'] = ResolversParentTypes['NegotiationRoundPayload']> = {
  negotiationRound?: Resolver<ResolversTypes['NegotiationRound'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type NeighbourhoodResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Neighbourhood'] = ResolversParentTypes['Neighbourhood']> = {
  center?: Resolver<ResolversTypes['GraphNode'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalNodes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalNodesIsLowerBound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Attendance' | 'Conflict' | 'Country' | 'Dateline' | 'EvacuationMovement' | 'EvacuationOperation' | 'Event' | 'Involvement' | 'Membership' | 'NegotiationProcess' | 'NegotiationRound' | 'Office' | 'Organization' | 'Participation' | 'Person' | 'Place' | 'Position' | 'Source' | 'StanceDefinition' | 'Statement', ParentType, ContextType>;
};

export type OccasionViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OccasionView'] = ResolversParentTypes['OccasionView']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EventKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type OfficeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Office'] = ResolversParentTypes['Office']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OfficeConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OfficeConnection'] = ResolversParentTypes['OfficeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OfficeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OfficeEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OfficeEdge'] = ResolversParentTypes['OfficeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Office'], ParentType, ContextType>;
};

export type OfficePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OfficePayload'] = ResolversParentTypes['OfficePayload']> = {
  office?: Resolver<ResolversTypes['Office'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type OfficeViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OfficeView'] = ResolversParentTypes['OfficeView']> = {
  country?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  held?: Resolver<ResolversTypes['DateMatch'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OntologyMappingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OntologyMapping'] = ResolversParentTypes['OntologyMapping']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quality?: Resolver<ResolversTypes['MappingQuality'], ParentType, ContextType>;
};

export type OperationViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OperationView'] = ResolversParentTypes['OperationView']> = {
  alternativeClaims?: Resolver<Array<ResolversTypes['AlternativeClaims']>, ParentType, ContextType>;
  conflict?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  movements?: Resolver<Array<ResolversTypes['MovementView']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priorityGroups?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  totalsByDate?: Resolver<Array<ResolversTypes['DatedTotal']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  children?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  involvements?: Resolver<Array<ResolversTypes['Involvement']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  memberOf?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  membersKnown?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mentionedIn?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationMentionedInArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  offices?: Resolver<Array<ResolversTypes['Office']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  participations?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<OrganizationParticipationsArgs, 'first'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<OrganizationPositionsArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<OrganizationStatementsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganizationPayload'] = ResolversParentTypes['OrganizationPayload']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PartialDateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PartialDate'] = ResolversParentTypes['PartialDate']> = {
  first?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  last?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ParticipantViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParticipantView'] = ResolversParentTypes['ParticipantView']> = {
  actor?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  ledBy?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  participationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipationRole'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type ParticipationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Participation'] = ResolversParentTypes['Participation']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledBy?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  process?: Resolver<ResolversTypes['NegotiationProcess'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipationRole'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['NegotiationRound']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ParticipationStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipationConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParticipationConnection'] = ResolversParentTypes['ParticipationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ParticipationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ParticipationEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParticipationEdge'] = ResolversParentTypes['ParticipationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Participation'], ParentType, ContextType>;
};

export type ParticipationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ParticipationPayload'] = ResolversParentTypes['ParticipationPayload']> = {
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  participation?: Resolver<ResolversTypes['Participation'], ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  fact?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  forward?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledParticipations?: Resolver<Array<ResolversTypes['Participation']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  offices?: Resolver<Array<ResolversTypes['Office']>, ParentType, ContextType>;
  officesAt?: Resolver<Array<ResolversTypes['Office']>, ParentType, ContextType, RequireFields<PersonOfficesAtArgs, 'date' | 'dateMatch'>>;
  participations?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<PersonParticipationsArgs, 'first'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<PersonPositionsArgs, 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<PersonStatementsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PersonPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PersonPayload'] = ResolversParentTypes['PersonPayload']> = {
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlaceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<PlaceNameAtArgs, 'date' | 'language'>>;
  names?: Resolver<Array<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['NegotiationRound']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlaceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceConnection'] = ResolversParentTypes['PlaceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlaceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlaceEdge'] = ResolversParentTypes['PlaceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PlacePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PlacePayload'] = ResolversParentTypes['PlacePayload']> = {
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['Place'], ParentType, ContextType>;
};

export type PositionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditionMet?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  conditionStatusDate?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  expressedBy?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  presentedAsUnchanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reaffirmedBy?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  reaffirms?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['StanceCode'], ParentType, ContextType>;
  stanceDefinition?: Resolver<ResolversTypes['StanceDefinition'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType>;
  toward?: Resolver<Maybe<ResolversTypes['StanceTarget']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PositionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PositionConnection'] = ResolversParentTypes['PositionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PositionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PositionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PositionEdge'] = ResolversParentTypes['PositionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type PositionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PositionPayload'] = ResolversParentTypes['PositionPayload']> = {
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
};

export type ProcessViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProcessView'] = ResolversParentTypes['ProcessView']> = {
  concerns?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
};

export type ProposedDateResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedDate'] = ResolversParentTypes['ProposedDate']> = {
  basis?: Resolver<ResolversTypes['ProposedDateBasis'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposedMentionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedMention'] = ResolversParentTypes['ProposedMention']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['MentionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposedOnBehalfOfResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedOnBehalfOf'] = ResolversParentTypes['ProposedOnBehalfOf']> = {
  basis?: Resolver<ResolversTypes['OnBehalfOfBasis'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
};

export type ProposedSpeakerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedSpeaker'] = ResolversParentTypes['ProposedSpeaker']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProposedSpeakerKind'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SpeakerMatch'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProposedStanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedStance'] = ResolversParentTypes['ProposedStance']> = {
  code?: Resolver<ResolversTypes['StanceCode'], ParentType, ContextType>;
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conditionSpan?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  cues?: Resolver<Array<ResolversTypes['AnnotationCue']>, ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  toward?: Resolver<Maybe<ResolversTypes['ProposedTarget']>, ParentType, ContextType>;
};

export type ProposedTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ProposedTarget'] = ResolversParentTypes['ProposedTarget']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuantityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Quantity'] = ResolversParentTypes['Quantity']> = {
  asOf?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['QuantityQualifier'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  compareStances?: Resolver<ResolversTypes['StanceComparison'], ParentType, ContextType, RequireFields<QueryCompareStancesArgs, 'first' | 'second'>>;
  conflict?: Resolver<Maybe<ResolversTypes['Conflict']>, ParentType, ContextType, RequireFields<QueryConflictArgs, 'id'>>;
  conflicts?: Resolver<ResolversTypes['ConflictConnection'], ParentType, ContextType, RequireFields<QueryConflictsArgs, 'first'>>;
  connections?: Resolver<ResolversTypes['ConnectionPaths'], ParentType, ContextType, RequireFields<QueryConnectionsArgs, 'first' | 'from' | 'maxLength' | 'to'>>;
  countries?: Resolver<ResolversTypes['CountryConnection'], ParentType, ContextType, RequireFields<QueryCountriesArgs, 'first'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, Partial<QueryCountryArgs>>;
  evacuationOperation?: Resolver<Maybe<ResolversTypes['EvacuationOperation']>, ParentType, ContextType, RequireFields<QueryEvacuationOperationArgs, 'id'>>;
  evacuationOperations?: Resolver<ResolversTypes['EvacuationOperationConnection'], ParentType, ContextType, RequireFields<QueryEvacuationOperationsArgs, 'first'>>;
  evacuationRecord?: Resolver<ResolversTypes['EvacuationRecord'], ParentType, ContextType, RequireFields<QueryEvacuationRecordArgs, 'actor' | 'dateMatch'>>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType, RequireFields<QueryEventArgs, 'id'>>;
  events?: Resolver<ResolversTypes['EventConnection'], ParentType, ContextType, RequireFields<QueryEventsArgs, 'first'>>;
  export?: Resolver<ResolversTypes['Export'], ParentType, ContextType, RequireFields<QueryExportArgs, 'format'>>;
  graphOverview?: Resolver<ResolversTypes['GraphOverview'], ParentType, ContextType, RequireFields<QueryGraphOverviewArgs, 'top'>>;
  mediationRecord?: Resolver<ResolversTypes['TalksRecordConnection'], ParentType, ContextType, RequireFields<QueryMediationRecordArgs, 'actor' | 'first'>>;
  negotiationProcess?: Resolver<Maybe<ResolversTypes['NegotiationProcess']>, ParentType, ContextType, RequireFields<QueryNegotiationProcessArgs, 'id'>>;
  negotiationProcesses?: Resolver<ResolversTypes['NegotiationProcessConnection'], ParentType, ContextType, RequireFields<QueryNegotiationProcessesArgs, 'first'>>;
  negotiationRound?: Resolver<Maybe<ResolversTypes['NegotiationRound']>, ParentType, ContextType, RequireFields<QueryNegotiationRoundArgs, 'id'>>;
  negotiationRounds?: Resolver<ResolversTypes['NegotiationRoundConnection'], ParentType, ContextType, RequireFields<QueryNegotiationRoundsArgs, 'first'>>;
  neighbourhood?: Resolver<ResolversTypes['Neighbourhood'], ParentType, ContextType, RequireFields<QueryNeighbourhoodArgs, 'depth' | 'id' | 'limit'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  office?: Resolver<Maybe<ResolversTypes['Office']>, ParentType, ContextType, RequireFields<QueryOfficeArgs, 'id'>>;
  offices?: Resolver<ResolversTypes['OfficeConnection'], ParentType, ContextType, RequireFields<QueryOfficesArgs, 'first'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, RequireFields<QueryOrganizationsArgs, 'first'>>;
  participation?: Resolver<Maybe<ResolversTypes['Participation']>, ParentType, ContextType, RequireFields<QueryParticipationArgs, 'id'>>;
  participations?: Resolver<ResolversTypes['ParticipationConnection'], ParentType, ContextType, RequireFields<QueryParticipationsArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  persons?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPersonsArgs, 'first'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  places?: Resolver<ResolversTypes['PlaceConnection'], ParentType, ContextType, RequireFields<QueryPlacesArgs, 'first'>>;
  position?: Resolver<Maybe<ResolversTypes['Position']>, ParentType, ContextType, RequireFields<QueryPositionArgs, 'id'>>;
  positions?: Resolver<ResolversTypes['PositionConnection'], ParentType, ContextType, RequireFields<QueryPositionsArgs, 'first'>>;
  proposeAnnotations?: Resolver<ResolversTypes['AnnotationProposals'], ParentType, ContextType, RequireFields<QueryProposeAnnotationsArgs, 'language' | 'text'>>;
  retractions?: Resolver<ResolversTypes['RetractionConnection'], ParentType, ContextType, RequireFields<QueryRetractionsArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchHitConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  sharedStances?: Resolver<ResolversTypes['SharedStanceConnection'], ParentType, ContextType, RequireFields<QuerySharedStancesArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  sources?: Resolver<ResolversTypes['SourceConnection'], ParentType, ContextType, RequireFields<QuerySourcesArgs, 'first'>>;
  stanceCodes?: Resolver<Array<ResolversTypes['StanceDefinition']>, ParentType, ContextType>;
  stanceHolders?: Resolver<ResolversTypes['HeldStanceConnection'], ParentType, ContextType, RequireFields<QueryStanceHoldersArgs, 'first' | 'stance'>>;
  stanceMatrix?: Resolver<ResolversTypes['StanceMatrix'], ParentType, ContextType, Partial<QueryStanceMatrixArgs>>;
  stanceTimeline?: Resolver<ResolversTypes['StanceEventConnection'], ParentType, ContextType, RequireFields<QueryStanceTimelineArgs, 'actor' | 'first'>>;
  stancesOf?: Resolver<ResolversTypes['HeldStanceConnection'], ParentType, ContextType, RequireFields<QueryStancesOfArgs, 'actor' | 'first'>>;
  statement?: Resolver<Maybe<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statementFeed?: Resolver<ResolversTypes['StatementFeed'], ParentType, ContextType, RequireFields<QueryStatementFeedArgs, 'dateMatch' | 'entity' | 'first'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  thirdPartiesInTalks?: Resolver<ResolversTypes['ThirdPartyRoleConnection'], ParentType, ContextType, RequireFields<QueryThirdPartiesInTalksArgs, 'first' | 'involving'>>;
  whoSaidWhat?: Resolver<ResolversTypes['StatementViewConnection'], ParentType, ContextType, RequireFields<QueryWhoSaidWhatArgs, 'by' | 'dateMatch' | 'first'>>;
};

export type RankedEntityResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RankedEntity'] = ResolversParentTypes['RankedEntity']> = {
  entity?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  rounds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statementCountIsLowerBound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type RenderingViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RenderingView'] = ResolversParentTypes['RenderingView']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RestorationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RestorationPayload'] = ResolversParentTypes['RestorationPayload']> = {
  restored?: Resolver<Array<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type RetractionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Retraction'] = ResolversParentTypes['Retraction']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  record?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retractedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retractedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetractionConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetractionConnection'] = ResolversParentTypes['RetractionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RetractionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RetractionEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetractionEdge'] = ResolversParentTypes['RetractionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Retraction'], ParentType, ContextType>;
};

export type RetractionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RetractionPayload'] = ResolversParentTypes['RetractionPayload']> = {
  retracted?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type RoundViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RoundView'] = ResolversParentTypes['RoundView']> = {
  end?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ParticipantView']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  venue?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  venueName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  entity?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matchedField?: Resolver<ResolversTypes['SearchField'], ParentType, ContextType>;
  matchedText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchHitConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHitConnection'] = ResolversParentTypes['SearchHitConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchHitEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchHitEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SearchHitEdge'] = ResolversParentTypes['SearchHitEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SharedStanceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SharedStance'] = ResolversParentTypes['SharedStance']> = {
  holders?: Resolver<Array<ResolversTypes['HeldStance']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['StanceCode'], ParentType, ContextType>;
  stanceLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toward?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type SharedStanceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SharedStanceConnection'] = ResolversParentTypes['SharedStanceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SharedStanceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SharedStanceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SharedStanceEdge'] = ResolversParentTypes['SharedStanceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SharedStance'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  citedBy?: Resolver<ResolversTypes['FactConnection'], ParentType, ContextType, RequireFields<SourceCitedByArgs, 'first'>>;
  dateline?: Resolver<Maybe<ResolversTypes['Dateline']>, ParentType, ContextType>;
  hypothetical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inferredFromUrl?: Resolver<Array<ResolversTypes['SourceMetadataField']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relayedBy?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  relays?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  textHeld?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceConnection'] = ResolversParentTypes['SourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SourceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SourceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceEdge'] = ResolversParentTypes['SourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourcePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourcePayload'] = ResolversParentTypes['SourcePayload']> = {
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type SourceRefResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SourceRef'] = ResolversParentTypes['SourceRef']> = {
  hypothetical?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SpanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Span'] = ResolversParentTypes['Span']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['SpanMatch'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface StanceCodeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['StanceCode'], any> {
  name: 'StanceCode';
}

export type StanceColumnResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceColumn'] = ResolversParentTypes['StanceColumn']> = {
  code?: Resolver<ResolversTypes['StanceCode'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StanceComparisonResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceComparison'] = ResolversParentTypes['StanceComparison']> = {
  first?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['StanceComparisonRow']>, ParentType, ContextType>;
  second?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
};

export type StanceComparisonRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceComparisonRow'] = ResolversParentTypes['StanceComparisonRow']> = {
  agreement?: Resolver<ResolversTypes['StanceAgreement'], ParentType, ContextType>;
  first?: Resolver<Maybe<ResolversTypes['HeldStance']>, ParentType, ContextType>;
  second?: Resolver<Maybe<ResolversTypes['HeldStance']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['StanceCode'], ParentType, ContextType>;
  stanceLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toward?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type StanceDefinitionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceDefinition'] = ResolversParentTypes['StanceDefinition']> = {
  addedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  addedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  broader?: Resolver<Maybe<ResolversTypes['StanceDefinition']>, ParentType, ContextType>;
  cameo?: Resolver<ResolversTypes['OntologyMapping'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['StanceCode'], ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  narrower?: Resolver<Array<ResolversTypes['StanceDefinition']>, ParentType, ContextType>;
  plover?: Resolver<ResolversTypes['OntologyMapping'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StanceDefinitionPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceDefinitionPayload'] = ResolversParentTypes['StanceDefinitionPayload']> = {
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  stanceDefinition?: Resolver<ResolversTypes['StanceDefinition'], ParentType, ContextType>;
};

export type StanceEventResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceEvent'] = ResolversParentTypes['StanceEvent']> = {
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StanceEventKind'], ParentType, ContextType>;
  presentedAsUnchanged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  previous?: Resolver<Array<ResolversTypes['StanceSummary']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['StanceSummary'], ParentType, ContextType>;
  statement?: Resolver<Maybe<ResolversTypes['StatementView']>, ParentType, ContextType>;
};

export type StanceEventConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceEventConnection'] = ResolversParentTypes['StanceEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StanceEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StanceEventEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceEventEdge'] = ResolversParentTypes['StanceEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StanceEvent'], ParentType, ContextType>;
};

export type StanceHoldingResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceHolding'] = ResolversParentTypes['StanceHolding']> = {
  general?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['StanceSummary'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type StanceMatrixResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceMatrix'] = ResolversParentTypes['StanceMatrix']> = {
  rows?: Resolver<Array<ResolversTypes['StanceMatrixRow']>, ParentType, ContextType>;
  stances?: Resolver<Array<ResolversTypes['StanceColumn']>, ParentType, ContextType>;
  toward?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type StanceMatrixCellResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceMatrixCell'] = ResolversParentTypes['StanceMatrixCell']> = {
  holdings?: Resolver<Array<ResolversTypes['StanceHolding']>, ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['StanceCode'], ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StanceMatrixRowResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceMatrixRow'] = ResolversParentTypes['StanceMatrixRow']> = {
  actor?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  cells?: Resolver<Array<ResolversTypes['StanceMatrixCell']>, ParentType, ContextType>;
  statementCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StanceSummaryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceSummary'] = ResolversParentTypes['StanceSummary']> = {
  condition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['StanceCode'], ParentType, ContextType>;
  stanceLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toward?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
};

export type StanceTargetResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StanceTarget'] = ResolversParentTypes['StanceTarget']> = {
  __resolveType: TypeResolveFn<'Conflict' | 'Country' | 'Event' | 'Organization' | 'Person', ParentType, ContextType>;
};

export type StatementResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  about?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  aboutProcess?: Resolver<Array<ResolversTypes['NegotiationProcess']>, ParentType, ContextType>;
  atRound?: Resolver<Maybe<ResolversTypes['NegotiationRound']>, ParentType, ContextType>;
  citations?: Resolver<Array<ResolversTypes['Citation']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  deliveredBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  deliveryRole?: Resolver<Maybe<ResolversTypes['DeliveryRole']>, ParentType, ContextType>;
  expresses?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  occasion?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  onBehalfOfAll?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  renderings?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  speakerOffices?: Resolver<Array<ResolversTypes['Office']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatementFeedResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementFeed'] = ResolversParentTypes['StatementFeed']> = {
  edges?: Resolver<Array<ResolversTypes['StatementViewEdge']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['FeedFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementPayload'] = ResolversParentTypes['StatementPayload']> = {
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType>;
};

export type StatementViewResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementView'] = ResolversParentTypes['StatementView']> = {
  about?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  context?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  deliveredBy?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  deliveryRole?: Resolver<Maybe<ResolversTypes['DeliveryRole']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  expresses?: Resolver<Array<ResolversTypes['StanceSummary']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StatementKind'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  occasion?: Resolver<Maybe<ResolversTypes['OccasionView']>, ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  onBehalfOfAll?: Resolver<Array<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  renderings?: Resolver<Array<ResolversTypes['RenderingView']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['EntityRef']>, ParentType, ContextType>;
  speakerOffices?: Resolver<Array<ResolversTypes['OfficeView']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatementViewConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementViewConnection'] = ResolversParentTypes['StatementViewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['StatementViewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsLowerBound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type StatementViewEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['StatementViewEdge'] = ResolversParentTypes['StatementViewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StatementView'], ParentType, ContextType>;
};

export type TalksRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TalksRecord'] = ResolversParentTypes['TalksRecord']> = {
  otherParticipants?: Resolver<Array<ResolversTypes['ParticipantView']>, ParentType, ContextType>;
  process?: Resolver<ResolversTypes['ProcessView'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['ParticipantView']>, ParentType, ContextType>;
  rounds?: Resolver<Array<ResolversTypes['RoundView']>, ParentType, ContextType>;
};

export type TalksRecordConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TalksRecordConnection'] = ResolversParentTypes['TalksRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TalksRecordEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCountIsLowerBound?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type TalksRecordEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TalksRecordEdge'] = ResolversParentTypes['TalksRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TalksRecord'], ParentType, ContextType>;
};

export type TextSpanResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThirdPartyRoleResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThirdPartyRole'] = ResolversParentTypes['ThirdPartyRole']> = {
  actor?: Resolver<ResolversTypes['EntityRef'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  involvedAs?: Resolver<Array<ResolversTypes['ParticipantView']>, ParentType, ContextType>;
  process?: Resolver<ResolversTypes['ProcessView'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ParticipationRole'], ParentType, ContextType>;
  round?: Resolver<Maybe<ResolversTypes['RoundView']>, ParentType, ContextType>;
};

export type ThirdPartyRoleConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThirdPartyRoleConnection'] = ResolversParentTypes['ThirdPartyRoleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ThirdPartyRoleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThirdPartyRoleEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ThirdPartyRoleEdge'] = ResolversParentTypes['ThirdPartyRoleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ThirdPartyRole'], ParentType, ContextType>;
};

export type WrittenRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['WrittenRecord'] = ResolversParentTypes['WrittenRecord']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['WriteOutcome'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  Actor?: ActorResolvers<ContextType>;
  AlternativeClaims?: AlternativeClaimsResolvers<ContextType>;
  AnnotationCue?: AnnotationCueResolvers<ContextType>;
  AnnotationProposal?: AnnotationProposalResolvers<ContextType>;
  AnnotationProposals?: AnnotationProposalsResolvers<ContextType>;
  Attendance?: AttendanceResolvers<ContextType>;
  AttendancePayload?: AttendancePayloadResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  Citation?: CitationResolvers<ContextType>;
  ConfirmAnnotationsPayload?: ConfirmAnnotationsPayloadResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  ConflictConnection?: ConflictConnectionResolvers<ContextType>;
  ConflictEdge?: ConflictEdgeResolvers<ContextType>;
  ConflictPayload?: ConflictPayloadResolvers<ContextType>;
  ConnectionPaths?: ConnectionPathsResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  CountryPayload?: CountryPayloadResolvers<ContextType>;
  DatedTotal?: DatedTotalResolvers<ContextType>;
  Dateline?: DatelineResolvers<ContextType>;
  DatelinePayload?: DatelinePayloadResolvers<ContextType>;
  EntityRef?: EntityRefResolvers<ContextType>;
  EvacuationLeg?: EvacuationLegResolvers<ContextType>;
  EvacuationMovement?: EvacuationMovementResolvers<ContextType>;
  EvacuationMovementPayload?: EvacuationMovementPayloadResolvers<ContextType>;
  EvacuationOperation?: EvacuationOperationResolvers<ContextType>;
  EvacuationOperationConnection?: EvacuationOperationConnectionResolvers<ContextType>;
  EvacuationOperationEdge?: EvacuationOperationEdgeResolvers<ContextType>;
  EvacuationOperationPayload?: EvacuationOperationPayloadResolvers<ContextType>;
  EvacuationRecord?: EvacuationRecordResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  EventConnection?: EventConnectionResolvers<ContextType>;
  EventEdge?: EventEdgeResolvers<ContextType>;
  EventPayload?: EventPayloadResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Export?: ExportResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  FacetCount?: FacetCountResolvers<ContextType>;
  Fact?: FactResolvers<ContextType>;
  FactConnection?: FactConnectionResolvers<ContextType>;
  FactEdge?: FactEdgeResolvers<ContextType>;
  FeedFacets?: FeedFacetsResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphOverview?: GraphOverviewResolvers<ContextType>;
  GraphPath?: GraphPathResolvers<ContextType>;
  HeldStance?: HeldStanceResolvers<ContextType>;
  HeldStanceConnection?: HeldStanceConnectionResolvers<ContextType>;
  HeldStanceEdge?: HeldStanceEdgeResolvers<ContextType>;
  Involvement?: InvolvementResolvers<ContextType>;
  InvolvementPayload?: InvolvementPayloadResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  LegView?: LegViewResolvers<ContextType>;
  LocalizedName?: LocalizedNameResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipPayload?: MembershipPayloadResolvers<ContextType>;
  MovementView?: MovementViewResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NegotiationProcess?: NegotiationProcessResolvers<ContextType>;
  NegotiationProcessConnection?: NegotiationProcessConnectionResolvers<ContextType>;
  NegotiationProcessEdge?: NegotiationProcessEdgeResolvers<ContextType>;
  NegotiationProcessPayload?: NegotiationProcessPayloadResolvers<ContextType>;
  NegotiationRound?: NegotiationRoundResolvers<ContextType>;
  NegotiationRoundConnection?: NegotiationRoundConnectionResolvers<ContextType>;
  NegotiationRoundEdge?: NegotiationRoundEdgeResolvers<ContextType>;
  NegotiationRoundPayload?: NegotiationRoundPayloadResolvers<ContextType>;
  Neighbourhood?: NeighbourhoodResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  OccasionView?: OccasionViewResolvers<ContextType>;
  Office?: OfficeResolvers<ContextType>;
  OfficeConnection?: OfficeConnectionResolvers<ContextType>;
  OfficeEdge?: OfficeEdgeResolvers<ContextType>;
  OfficePayload?: OfficePayloadResolvers<ContextType>;
  OfficeView?: OfficeViewResolvers<ContextType>;
  OntologyMapping?: OntologyMappingResolvers<ContextType>;
  OperationView?: OperationViewResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationPayload?: OrganizationPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: PartialDateResolvers<ContextType>;
  ParticipantView?: ParticipantViewResolvers<ContextType>;
  Participation?: ParticipationResolvers<ContextType>;
  ParticipationConnection?: ParticipationConnectionResolvers<ContextType>;
  ParticipationEdge?: ParticipationEdgeResolvers<ContextType>;
  ParticipationPayload?: ParticipationPayloadResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PersonPayload?: PersonPayloadResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  PlaceConnection?: PlaceConnectionResolvers<ContextType>;
  PlaceEdge?: PlaceEdgeResolvers<ContextType>;
  PlacePayload?: PlacePayloadResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  PositionConnection?: PositionConnectionResolvers<ContextType>;
  PositionEdge?: PositionEdgeResolvers<ContextType>;
  PositionPayload?: PositionPayloadResolvers<ContextType>;
  ProcessView?: ProcessViewResolvers<ContextType>;
  ProposedDate?: ProposedDateResolvers<ContextType>;
  ProposedMention?: ProposedMentionResolvers<ContextType>;
  ProposedOnBehalfOf?: ProposedOnBehalfOfResolvers<ContextType>;
  ProposedSpeaker?: ProposedSpeakerResolvers<ContextType>;
  ProposedStance?: ProposedStanceResolvers<ContextType>;
  ProposedTarget?: ProposedTargetResolvers<ContextType>;
  Quantity?: QuantityResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankedEntity?: RankedEntityResolvers<ContextType>;
  RenderingView?: RenderingViewResolvers<ContextType>;
  RestorationPayload?: RestorationPayloadResolvers<ContextType>;
  Retraction?: RetractionResolvers<ContextType>;
  RetractionConnection?: RetractionConnectionResolvers<ContextType>;
  RetractionEdge?: RetractionEdgeResolvers<ContextType>;
  RetractionPayload?: RetractionPayloadResolvers<ContextType>;
  RoundView?: RoundViewResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchHitConnection?: SearchHitConnectionResolvers<ContextType>;
  SearchHitEdge?: SearchHitEdgeResolvers<ContextType>;
  SharedStance?: SharedStanceResolvers<ContextType>;
  SharedStanceConnection?: SharedStanceConnectionResolvers<ContextType>;
  SharedStanceEdge?: SharedStanceEdgeResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceConnection?: SourceConnectionResolvers<ContextType>;
  SourceEdge?: SourceEdgeResolvers<ContextType>;
  SourcePayload?: SourcePayloadResolvers<ContextType>;
  SourceRef?: SourceRefResolvers<ContextType>;
  Span?: SpanResolvers<ContextType>;
  StanceCode?: GraphQLScalarType;
  StanceColumn?: StanceColumnResolvers<ContextType>;
  StanceComparison?: StanceComparisonResolvers<ContextType>;
  StanceComparisonRow?: StanceComparisonRowResolvers<ContextType>;
  StanceDefinition?: StanceDefinitionResolvers<ContextType>;
  StanceDefinitionPayload?: StanceDefinitionPayloadResolvers<ContextType>;
  StanceEvent?: StanceEventResolvers<ContextType>;
  StanceEventConnection?: StanceEventConnectionResolvers<ContextType>;
  StanceEventEdge?: StanceEventEdgeResolvers<ContextType>;
  StanceHolding?: StanceHoldingResolvers<ContextType>;
  StanceMatrix?: StanceMatrixResolvers<ContextType>;
  StanceMatrixCell?: StanceMatrixCellResolvers<ContextType>;
  StanceMatrixRow?: StanceMatrixRowResolvers<ContextType>;
  StanceSummary?: StanceSummaryResolvers<ContextType>;
  StanceTarget?: StanceTargetResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementFeed?: StatementFeedResolvers<ContextType>;
  StatementPayload?: StatementPayloadResolvers<ContextType>;
  StatementView?: StatementViewResolvers<ContextType>;
  StatementViewConnection?: StatementViewConnectionResolvers<ContextType>;
  StatementViewEdge?: StatementViewEdgeResolvers<ContextType>;
  TalksRecord?: TalksRecordResolvers<ContextType>;
  TalksRecordConnection?: TalksRecordConnectionResolvers<ContextType>;
  TalksRecordEdge?: TalksRecordEdgeResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  ThirdPartyRole?: ThirdPartyRoleResolvers<ContextType>;
  ThirdPartyRoleConnection?: ThirdPartyRoleConnectionResolvers<ContextType>;
  ThirdPartyRoleEdge?: ThirdPartyRoleEdgeResolvers<ContextType>;
  WrittenRecord?: WrittenRecordResolvers<ContextType>;
};

