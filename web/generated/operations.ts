/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type AcceptedProposalInput = {
  /** What prompted it, when the source says (a journalist's question). */
  context?: string | null | undefined;
  /** Defaults to the source's publication date. */
  date?: PartialDateInput | null | undefined;
  end: number;
  kind: StatementKind;
  /** Entities the statement names: actors become mentions, conflicts what it is about; other ids are not linked. */
  mentions?: Array<string | number> | null | undefined;
  /**
   * The state or body spoken for: an id from the graph, or a new organization by name. A speaker that is an
   * organization or a country speaks for itself when this is left out; when it is given, the statement
   * mentions the speaker.
   */
  onBehalfOf?: ProposedActorInput | null | undefined;
  /** Statements already held that render the same utterance (another outlet's quote, the original of a translation). */
  renders?: Array<string | number> | null | undefined;
  /** Who spoke: an id from the graph, or a new person (or organization) by the name as written. */
  speaker?: ProposedActorInput | null | undefined;
  stances?: Array<ProposedStanceInput> | null | undefined;
  /** The span in code points of the source text, as the proposer gave it. */
  start: number;
  /** The words: a quote's as the source prints them, a paraphrase's span of what was said. */
  text: string;
};

/**
 * The article. A source already held under the same `url` is the one written to: its metadata are kept and
 * only what it lacks is filled in; its text may change only if every span that cites it still reads the same.
 */
export type AnnotatedSourceInput = {
  /** Defaults to NEWS_ARTICLE. */
  kind?: SourceKind | null | undefined;
  language: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; a statement without a date of its own is dated so. */
  published?: string | null | undefined;
  publisher?: string | null | undefined;
  /** The full text, exactly as annotated: every span counts code points of it. */
  text: string;
  title?: string | null | undefined;
  url?: string | null | undefined;
};

export type ConfirmAnnotationsInput = {
  /** The accepted proposals; an empty list writes the source alone. */
  proposals: Array<AcceptedProposalInput>;
  source: AnnotatedSourceInput;
};

export type CueKind =
  | 'ATTRIBUTION'
  | 'CONDITION'
  | 'DATE'
  | 'FUTURE'
  | 'NEGATION'
  | 'STANCE';

export type DatePrecision =
  /** A date open on one side: on or before, or on or after, the date written. */
  | 'BOUND'
  | 'DAY'
  | 'MONTH'
  /** A range of two dates, each end inclusive and as precise as written. */
  | 'RANGE'
  | 'YEAR';

export type EventKind =
  /** Something done rather than said (strikes, a seizure, a test), with its actors and targets. */
  | 'ACT'
  | 'BRIEFING'
  | 'INTERVIEW'
  | 'MEETING'
  | 'OTHER'
  | 'PRESS_CONFERENCE'
  | 'SPEECH';

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

export type OnBehalfOfBasis =
  /** The speaker's office on the statement's date, in the graph. */
  | 'OFFICE'
  /** The country of the organization that spoke. */
  | 'ORGANIZATION'
  /** The words around the speaker's name ("Kazakh Deputy Foreign Minister"). */
  | 'TEXT';

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

export type PartialDateInput = {
  precision?: DatePrecision | null | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD; the form gives the precision. */
  value: string;
};

/**
 * An actor in the graph (`id`), or a new one by the name as written: a person unless `kind` says otherwise (for
 * whom one spoke, an organization). A new one's name is cited where the text names it (`span`, as proposed;
 * else where the name first occurs).
 */
export type ProposedActorInput = {
  id?: string | number | null | undefined;
  /** A country must be in the graph. */
  kind?: ProposedSpeakerKind | null | undefined;
  name: string;
  /** For a new organization; defaults to OTHER. */
  organizationKind?: OrganizationKind | null | undefined;
  span?: TextSpanInput | null | undefined;
};

export type ProposedDateBasis =
  /** The article's publication date. */
  | 'PUBLISHED'
  /** A date the text gives ("on Wednesday", "сегодня"), resolved against the publication date. */
  | 'TEXT';

export type ProposedSpeakerKind =
  | 'COUNTRY'
  | 'ORGANIZATION'
  | 'PERSON';

/** A stance the statement expresses, held by the actor spoken for (or the speaker, when no one else is). */
export type ProposedStanceInput = {
  code: string;
  /** Required for CONDITIONAL: the condition in the source's words. */
  condition?: string | null | undefined;
  modality: Modality;
  /** The conflict it is toward; defaults to the one conflict the statement mentions, if exactly one. */
  toward?: string | number | null | undefined;
};

export type SearchField =
  | 'NAME'
  | 'PARAPHRASE'
  | 'QUOTE';

export type SourceKind =
  /** A reference dataset, such as ISO 3166 country codes and names. */
  | 'DATASET'
  | 'NEWS_ARTICLE'
  | 'OFFICIAL_DOCUMENT'
  /** Notes compiled by the maintainers from the sources they cite. */
  | 'RESEARCH_NOTES'
  | 'WEB_PAGE';

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

export type StanceEventKind =
  /** A stance that replaces an earlier one. */
  | 'CHANGED'
  /** Expressed again: a later statement, an explicit reaffirmation, or a stance presented as unchanged. */
  | 'REAFFIRMED'
  /** First expressed, not presented as continuing anything. */
  | 'STATED'
  /** The stance ended with nothing replacing it: the holder withdrew it, or a one-off commitment ran its course. */
  | 'WITHDRAWN';

export type StatementKind =
  | 'PARAPHRASE'
  | 'QUOTE';

/** A span in code points: [start, end). */
export type TextSpanInput = {
  end: number;
  start: number;
};

export type WriteOutcome =
  | 'CREATED'
  /** A retracted record was put back. */
  | 'RESTORED'
  /** The record was taken out of the graph (see `reason`); `record` keeps what it said. */
  | 'RETRACTED'
  /** The record was already stored exactly so; nothing was written. */
  | 'UNCHANGED'
  | 'UPDATED';

export type CueFragment = { kind: CueKind, start: number, end: number, text: string };

export type AnnotateProposeQueryVariables = Exact<{
  text: string;
  language: string;
  published?: string | null | undefined;
}>;


export type AnnotateProposeQuery = { proposeAnnotations: { proposals: Array<{ kind: StatementKind, start: number, end: number, text: string, speaker: { id: string | null, name: string, kind: ProposedSpeakerKind, match: SpeakerMatch, title: string | null, span: { start: number, end: number } | null } | null, onBehalfOf: { id: string | null, name: string, basis: OnBehalfOfBasis, span: { start: number, end: number } | null } | null, date: { value: string, precision: DatePrecision, basis: ProposedDateBasis, span: { start: number, end: number } | null } | null, mentions: Array<{ id: string, name: string, kind: MentionKind, start: number, end: number, text: string }>, stances: Array<{ code: string, modality: Modality, condition: string | null, conditionSpan: { start: number, end: number } | null, toward: { id: string, name: string } | null, cues: Array<{ kind: CueKind, start: number, end: number, text: string }> }>, cues: Array<{ kind: CueKind, start: number, end: number, text: string }> }> } };

export type AnnotateCodebookQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnotateCodebookQuery = { stanceCodes: Array<{ code: string, label: string, definition: string }> };

export type AnnotateConfirmMutationVariables = Exact<{
  input: ConfirmAnnotationsInput;
}>;


export type AnnotateConfirmMutation = { confirmAnnotations: { relocated: Array<number>, source: { id: string }, statements: Array<{ id: string }>, records: Array<{ id: string, type: string, outcome: WriteOutcome }> } };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<string> | string | null | undefined;
}>;


export type ExplorerSearchQuery = { search: { edges: Array<{ node: { matchedField: SearchField, matchedText: string, language: string, entity: { id: string, kind: string, name: string } } }> } };

export type ExplorerNeighbourhoodQueryVariables = Exact<{
  id: string | number;
  depth: number;
  limit: number;
  after?: string | null | undefined;
}>;


export type ExplorerNeighbourhoodQuery = { neighbourhood: { totalNodes: number, truncated: boolean, center: { id: string, kind: string, label: string, depth: number }, nodes: Array<{ id: string, kind: string, label: string, depth: number }>, edges: Array<{ id: string, source: string, target: string, type: string, label: string, qualifier: string | null, factId: string | null, modality: Modality | null, conditional: boolean, condition: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExplorerStatementQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerStatementQuery = { statement: { id: string, kind: StatementKind, text: string, language: string, context: string | null, date: { value: string, precision: DatePrecision } | null, speaker: { id: string, name: string } | null, onBehalfOf:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, speakerOffices: Array<{ title: string, organization: { name: string }, start: { value: string } | null, end: { value: string } | null }>, occasion: { id: string, name: string, kind: EventKind, date: { value: string }, place: { name: string } | null } | null, expresses: Array<{ id: string, stance: string, modality: Modality, condition: string | null, stanceDefinition: { label: string } }>, citations: Array<{ excerpt: string | null, note: string | null, span: { start: number, end: number, match: SpanMatch } | null, source: { id: string, title: string | null, publisher: string | null, url: string | null, language: string, textHeld: boolean, text: string | null, published: { value: string } | null } }>, renderings: Array<{ id: string, language: string, kind: StatementKind, text: string, citations: Array<{ source: { id: string, title: string | null, publisher: string | null, url: string | null } }> }> } | null };

export type ExplorerPositionQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerPositionQuery = { position: { id: string, stance: string, modality: Modality, condition: string | null, stanceDefinition: { label: string, definition: string }, since: { value: string } | null, until: { value: string } | null, holder:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , toward:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     | null, expressedBy: Array<{ id: string, text: string, date: { value: string } | null }> } | null };

export type ExplorerTimelineQueryVariables = Exact<{
  actor: string | number;
}>;


export type ExplorerTimelineQuery = { stanceTimeline: { edges: Array<{ node: { kind: StanceEventKind, presentedAsUnchanged: boolean, date: { value: string, precision: DatePrecision } | null, stance: { id: string, stance: string, stanceLabel: string, modality: Modality, condition: string | null, toward: { id: string, name: string } | null }, previous: Array<{ id: string, stanceLabel: string }>, statement: { id: string, text: string } | null } }> }, whoSaidWhat: { edges: Array<{ node: { id: string, kind: StatementKind, text: string, language: string, date: { value: string, precision: DatePrecision } | null, speaker: { id: string, name: string } | null, renderings: Array<{ id: string }> } }> } };

export type ExplorerConnectionsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type ExplorerConnectionsQuery = { connections: { from: { id: string, kind: string, name: string }, to: { id: string, kind: string, name: string }, paths: Array<{ length: number, nodes: Array<{ id: string, kind: string, name: string }>, steps: Array<{ type: string, label: string, forward: boolean, from: { id: string, kind: string, name: string }, to: { id: string, kind: string, name: string }, fact: { id: string, kind: string, name: string }, evidence: Array<{ excerpt: string | null, source: { id: string, title: string | null, publisher: string | null, url: string | null }, span: { start: number, end: number } | null }> }> }> } };

type FacetFields_Attendance_Fragment = { id: string };

type FacetFields_Conflict_Fragment = { id: string };

type FacetFields_Country_Fragment = { id: string };

type FacetFields_Dateline_Fragment = { id: string };

type FacetFields_EvacuationMovement_Fragment = { id: string };

type FacetFields_EvacuationOperation_Fragment = { id: string };

type FacetFields_Event_Fragment = { id: string };

type FacetFields_Involvement_Fragment = { id: string };

type FacetFields_Membership_Fragment = { id: string };

type FacetFields_NegotiationProcess_Fragment = { id: string };

type FacetFields_NegotiationRound_Fragment = { id: string };

type FacetFields_Office_Fragment = { id: string };

type FacetFields_Organization_Fragment = { id: string };

type FacetFields_Participation_Fragment = { id: string };

type FacetFields_Person_Fragment = { id: string };

type FacetFields_Place_Fragment = { id: string };

type FacetFields_Position_Fragment = { stance: string, id: string, since: { value: string } | null, toward:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, holder:
    | { id: string }
    | { id: string, country: { id: string } | null }
    | { id: string }
   };

type FacetFields_Source_Fragment = { id: string };

type FacetFields_StanceDefinition_Fragment = { id: string };

type FacetFields_Statement_Fragment = { kind: StatementKind, language: string, id: string, date: { value: string } | null, about: Array<{ id: string }>, onBehalfOf:
    | { id: string }
    | { id: string, country: { id: string } | null }
    | { id: string }
   | null, speakerOffices: Array<{ organization: { country: { id: string } | null } }>, expresses: Array<{ stance: string, toward:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null }> };

export type FacetFieldsFragment =
  | FacetFields_Attendance_Fragment
  | FacetFields_Conflict_Fragment
  | FacetFields_Country_Fragment
  | FacetFields_Dateline_Fragment
  | FacetFields_EvacuationMovement_Fragment
  | FacetFields_EvacuationOperation_Fragment
  | FacetFields_Event_Fragment
  | FacetFields_Involvement_Fragment
  | FacetFields_Membership_Fragment
  | FacetFields_NegotiationProcess_Fragment
  | FacetFields_NegotiationRound_Fragment
  | FacetFields_Office_Fragment
  | FacetFields_Organization_Fragment
  | FacetFields_Participation_Fragment
  | FacetFields_Person_Fragment
  | FacetFields_Place_Fragment
  | FacetFields_Position_Fragment
  | FacetFields_Source_Fragment
  | FacetFields_StanceDefinition_Fragment
  | FacetFields_Statement_Fragment
;

export type ExplorerStanceCodesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerStanceCodesQuery = { stanceCodes: Array<{ code: string, label: string }> };

export type ExplorerEntityNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerEntityNameQuery = { node:
    | { id: string }
    | { name: string, id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { name: string, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type StatementCardFragment = { id: string, kind: StatementKind, text: string, language: string, date: { value: string, precision: DatePrecision } | null, speaker: { id: string, name: string } | null, speakerOffices: Array<{ title: string, organization: { name: string } }>, onBehalfOf: { id: string, name: string } | null, occasion: { id: string, name: string, kind: EventKind, place: { name: string } | null } | null, expresses: Array<{ id: string, stance: string, stanceLabel: string, modality: Modality, condition: string | null, toward: { id: string, name: string } | null }>, renderings: Array<{ id: string, kind: StatementKind, language: string, text: string }>, evidence: Array<{ excerpt: string | null, note: string | null, source: { id: string, title: string | null, publisher: string | null, url: string | null }, span: { start: number, end: number, match: SpanMatch } | null }> };

export type ExplorerFeedQueryVariables = Exact<{
  entity: string | number;
  stance?: string | null | undefined;
  conflict?: string | number | null | undefined;
  kind?: StatementKind | null | undefined;
  language?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerFeedQuery = { statementFeed: { totalCount: number, entity: { id: string, kind: string, name: string }, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { stances: Array<{ value: string, label: string, count: number }>, conflicts: Array<{ value: string, label: string, count: number }>, kinds: Array<{ value: string, label: string, count: number }>, languages: Array<{ value: string, label: string, count: number }> }, edges: Array<{ node: { id: string, kind: StatementKind, text: string, language: string, date: { value: string, precision: DatePrecision } | null, speaker: { id: string, name: string } | null, speakerOffices: Array<{ title: string, organization: { name: string } }>, onBehalfOf: { id: string, name: string } | null, occasion: { id: string, name: string, kind: EventKind, place: { name: string } | null } | null, expresses: Array<{ id: string, stance: string, stanceLabel: string, modality: Modality, condition: string | null, toward: { id: string, name: string } | null }>, renderings: Array<{ id: string, kind: StatementKind, language: string, text: string }>, evidence: Array<{ excerpt: string | null, note: string | null, source: { id: string, title: string | null, publisher: string | null, url: string | null }, span: { start: number, end: number, match: SpanMatch } | null }> } }> } };

export type ExplorerMatrixQueryVariables = Exact<{
  toward?: string | number | null | undefined;
  actors?: Array<string | number> | string | number | null | undefined;
}>;


export type ExplorerMatrixQuery = { stanceMatrix: { toward: { id: string, kind: string, name: string } | null, stances: Array<{ code: string, label: string }>, rows: Array<{ statementCount: number, actor: { id: string, kind: string, name: string }, cells: Array<{ stance: string, statementCount: number, holdings: Array<{ general: boolean, statementCount: number, since: { value: string } | null, latest: { value: string } | null, statements: Array<{ id: string, name: string }>, position: { id: string, stance: string, stanceLabel: string, modality: Modality, condition: string | null, toward: { id: string, name: string } | null } }> }> }> } };

export type HeldBriefFragment = { id: string, modality: Modality, condition: string | null, standing: boolean, since: { value: string } | null, until: { value: string } | null, toward: { id: string, name: string } | null, expressedBy: Array<{ id: string }> };

export type ExplorerCompareQueryVariables = Exact<{
  first: string | number;
  second: string | number;
  toward?: string | number | null | undefined;
}>;


export type ExplorerCompareQuery = { compareStances: { first: { id: string, kind: string, name: string }, second: { id: string, kind: string, name: string }, rows: Array<{ stance: string, stanceLabel: string, agreement: StanceAgreement, toward: { id: string, name: string } | null, first: { id: string, modality: Modality, condition: string | null, standing: boolean, since: { value: string } | null, until: { value: string } | null, toward: { id: string, name: string } | null, expressedBy: Array<{ id: string }> } | null, second: { id: string, modality: Modality, condition: string | null, standing: boolean, since: { value: string } | null, until: { value: string } | null, toward: { id: string, name: string } | null, expressedBy: Array<{ id: string }> } | null }> } };

export type ExplorerOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerOverviewQuery = { graphOverview: { counts: Array<{ kind: string, count: number }>, recentStatements: Array<{ id: string, kind: StatementKind, text: string, language: string, date: { value: string, precision: DatePrecision } | null, speaker: { id: string, name: string } | null, speakerOffices: Array<{ title: string, organization: { name: string } }>, onBehalfOf: { id: string, name: string } | null, occasion: { id: string, name: string, kind: EventKind, place: { name: string } | null } | null, expresses: Array<{ id: string, stance: string, stanceLabel: string, modality: Modality, condition: string | null, toward: { id: string, name: string } | null }>, renderings: Array<{ id: string, kind: StatementKind, language: string, text: string }>, evidence: Array<{ excerpt: string | null, note: string | null, source: { id: string, title: string | null, publisher: string | null, url: string | null }, span: { start: number, end: number, match: SpanMatch } | null }> }>, topConflicts: Array<{ statementCount: number, statementCountIsLowerBound: boolean, entity: { id: string, kind: string, name: string }, latest: { value: string } | null }>, topProcesses: Array<{ statementCount: number, statementCountIsLowerBound: boolean, rounds: number | null, entity: { id: string, kind: string, name: string }, latest: { value: string } | null }> } };
