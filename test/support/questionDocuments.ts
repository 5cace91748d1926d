import type { QuestionName } from '../../src/data/read/questions/registry.js';

/** Each relationship question asked about the seed with everything it can answer selected. */
const REF = 'id kind name';
const EVIDENCE = `evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note }`;
const SUMMARY = `id stance stanceLabel modality condition holder { ${REF} } toward { ${REF} }`;
const STATEMENT = `id kind text language date { value precision } context speaker { ${REF} } onBehalfOf { ${REF} }
  speakerOffices { id title organization { ${REF} } country { ${REF} } start { value } end { value } }
  occasion { id name kind date { value } place { ${REF} } } about { ${REF} } mentions { ${REF} } expresses { ${SUMMARY} }
  renderings { id kind language text ${EVIDENCE} } ${EVIDENCE}`;
const HELD = `id stance stanceLabel modality condition conditionMet conditionStatusDate { value } holder { ${REF} } toward { ${REF} }
  since { value } until { value } presentedAsUnchanged standing reaffirms { ${SUMMARY} } reaffirmedBy { ${SUMMARY} }
  supersedes { ${SUMMARY} } supersededBy { ${SUMMARY} } expressedBy { ${STATEMENT} } ${EVIDENCE}`;
const PARTICIPANT = `participationId actor { ${REF} } role round { ${REF} } ledBy { ${REF} } ${EVIDENCE}`;
const ROUND = `id ordinal label start { value } end { value } venue { ${REF} } venueName outcome participants { ${PARTICIPANT} } ${EVIDENCE}`;
const PROCESS = `id name start { value } end { value } concerns { ${REF} }`;
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

export const QUESTION_DOCUMENTS: Record<QuestionName, string> = {
  whoSaidWhat: `whoSaidWhat(by: "country:KZ", about: "conflict:middle-east-2026", from: "2026", to: "2026-03-03", first: 20) { ${PAGE} edges { cursor node { ${STATEMENT} } } }`,
  stanceHolders: `stanceHolders(stance: OFFER_TO_HOST_TALKS, toward: "conflict:middle-east-2026", asOf: "2026-03") { ${PAGE} edges { node { ${HELD} } } }`,
  stancesOf: `stancesOf(actor: "country:KZ", first: 50) { ${PAGE} edges { node { ${HELD} } } }`,
  stanceTimeline: `stanceTimeline(actor: "country:KZ", first: 50) { ${PAGE} edges { node { date { value precision } kind stance { ${SUMMARY} }
    previous { ${SUMMARY} } presentedAsUnchanged statement { ${STATEMENT} } ${EVIDENCE} } } }`,
  mediationRecord: `mediationRecord(actor: "country:KZ") { ${PAGE} edges { node { process { ${PROCESS} } roles { ${PARTICIPANT} }
    rounds { ${ROUND} } otherParticipants { ${PARTICIPANT} } } } }`,
  thirdPartiesInTalks: `thirdPartiesInTalks(involving: "country:IR", roles: [HOST, MEDIATOR, GUARANTOR]) { ${PAGE} edges { node { actor { ${REF} } role
    process { ${PROCESS} } round { ${ROUND} } involvedAs { ${PARTICIPANT} } ${EVIDENCE} } } }`,
  connections: `connections(from: "person:alibek-bakayev", to: "country:IR", maxLength: 6, first: 25) { from { ${REF} } to { ${REF} } maxLength
    paths { length nodes { ${REF} } steps { from { ${REF} } to { ${REF} } type label forward fact { ${REF} } ${EVIDENCE} } } }`,
  neighbourhood: `neighbourhood(id: "country:KZ", depth: 2, limit: 500) { center { id kind label depth } totalNodes truncated
    pageInfo { hasNextPage endCursor } nodes { id kind label depth } edges { id source target type label qualifier factId modality conditional condition } }`,
  sharedStances: `sharedStances(toward: "conflict:middle-east-2026", asOf: "2026-03-03") { ${PAGE} edges { node { stance stanceLabel toward { ${REF} } holders { ${HELD} } } } }`,
  compareStances: `compareStances(first: "country:KZ", second: "country:IR", asOf: "2026-03-03") { first { ${REF} } second { ${REF} }
    rows { stance stanceLabel toward { ${REF} } agreement first { ${HELD} } second { ${HELD} } } }`,
  evacuationRecord: `evacuationRecord(actor: "country:KZ", from: "2026") { actor { ${REF} } totalsByDate { date { value } countUnit status total movements movementsWithoutCount }
    operations { id name conflict { ${REF} } priorityGroups totalsByDate { total } ${EVIDENCE}
      movements { id description count countUnit date { value } status reportedOn { value } transitCountries { ${REF} }
        legs { sequence mode from { ${REF} } to { ${REF} } via { ${REF} } carrier { ${REF} } note } ${EVIDENCE} } } }`,
  search: `search(text: "Бақаев", kinds: ["Person", "Statement"], first: 50) { ${PAGE} edges { node { entity { ${REF} } matchedField matchedText language score } } }`,
  statementFeed: `statementFeed(entity: "country:KZ", stance: NOT_TAKING_SIDES, conflict: "conflict:middle-east-2026", kind: QUOTE, language: "en", from: "2026",
    to: "2026-03-03", first: 50) { entity { ${REF} } ${PAGE}
    facets { stances { value label count } conflicts { value label count } kinds { value label count } languages { value label count } }
    edges { cursor node { ${STATEMENT} } } }`,
  stanceMatrix: `stanceMatrix(toward: "conflict:middle-east-2026", actors: ["country:IR"]) { toward { ${REF} } stances { code label }
    rows { actor { ${REF} } statementCount cells { stance statementCount holdings { position { ${SUMMARY} } general statementCount
      since { value precision } latest { value precision } statements { ${REF} } } } } }`,
  graphOverview: `graphOverview(top: 20) { counts { kind count } recentStatements { ${STATEMENT} }
    topConflicts { entity { ${REF} } statementCount latest { value } rounds } topProcesses { entity { ${REF} } statementCount latest { value } rounds } }`,
};

