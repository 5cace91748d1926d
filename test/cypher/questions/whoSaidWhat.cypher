// GraphQL:
// { whoSaidWhat(by: "country:KZ", about: "conflict:middle-east-2026", from: "2026", to: "2026-03-03", first: 20) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id kind text language date { value precision } context speaker { id kind name } onBehalfOf { id kind name } speakerOffices { id title organization { id kind name } country { id kind name } start { value } end { value } } occasion { id name kind date { value } place { id kind name } } about { id kind name } mentions { id kind name } expresses { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } renderings { id kind language text evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  MATCH (a:Entity {id: $by})
  CALL (a) {
    WITH a WHERE $unfiltered
    RETURN COUNT { (a)<-[:MADE_FOR]-() } AS total, false AS lowerBound
    UNION
    WITH a WHERE NOT $unfiltered
    CALL () {
      MATCH (s)-[r:MADE_FOR]->() WHERE r.actor = $by AND r.date >= $low AND r.date <= $rangeHigh
      WITH s, r ORDER BY r.actor DESC, r.date DESC LIMIT $countScan + 1
      // Read once into a map: the filters read each property several times, a db hit each from the link.
      WITH s, r {.kind, .date, .dateLast} AS link
      RETURN count(*) AS scanned, count(CASE WHEN ($kind = '' OR link.kind = $kind) AND (($from = '' AND $to = '') OR (link.date IS NOT NULL AND CASE $dateMatch
            WHEN 'POSSIBLY' THEN ($from = '' OR link.dateLast >= $from) AND ($to = '' OR link.date <= $to)
            ELSE ($from = '' OR link.date >= $from) AND ($to = '' OR link.dateLast <= $to) END))
        AND ($about = '' OR EXISTS { MATCH (s)-[:ABOUT|MENTIONS]->(:Entity {id: $about}) }) THEN 1 END) AS matched
    }
    RETURN matched AS total, scanned > $countScan AS lowerBound
  }
  CALL () {
    MATCH (s)-[r:MADE_FOR]->() WHERE r.actor = $by AND r.date >= $low AND r.date <= $pageHigh AND ($afterId = '' OR r.date < $afterDate OR s.id > $afterId) AND ($kind = '' OR r.kind = $kind) AND (($from = '' AND $to = '') OR (r.date IS NOT NULL AND CASE $dateMatch
        WHEN 'POSSIBLY' THEN ($from = '' OR r.dateLast >= $from) AND ($to = '' OR r.date <= $to)
        ELSE ($from = '' OR r.date >= $from) AND ($to = '' OR r.dateLast <= $to) END))
    AND ($about = '' OR EXISTS { MATCH (s)-[:ABOUT|MENTIONS]->(:Entity {id: $about}) })
    WITH s, r ORDER BY r.actor DESC, r.date DESC, s.id LIMIT $limit + 1
    RETURN collect({date: r.date, s: s}) AS found
  }
  CALL (found) {
    UNWIND range(0, size(found[..$limit]) - 1) AS i
    WITH i, found[i].s AS s, found[i].date AS date ORDER BY i
    RETURN collect({date: date, id: s.id, view: [s_links IN [COLLECT { MATCH (s)-[s_lm_r:SPOKEN_BY|ON_BEHALF_OF|DELIVERED_BY|ABOUT|MENTIONS]->(s_lm:Entity)
              RETURN {t: type(s_lm_r), ref: CASE WHEN s_lm IS NULL THEN null ELSE {id: s_lm.id, kind: head([typeLabel IN labels(s_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN s_lm:Statement THEN CASE WHEN size(s_lm.text) > 80 THEN left(s_lm.text, 79) + '…' ELSE s_lm.text END
                  ELSE coalesce(s_lm.name, s_lm.title, s_lm.label, s_lm.description, 'Round ' + toString(s_lm.ordinal), s_lm.publisher, s_lm.id) END} END} AS item ORDER BY s_lm_r.seq, s_lm.id LIMIT 250 }]
          | {id: s.id, kind: s.kind, text: s.text, language: s.language, date: CASE WHEN s.dateText IS NULL THEN null ELSE {value: s.dateText} END,
            context: s.context, speaker: head([s_link IN s_links WHERE s_link.t = 'SPOKEN_BY' | s_link.ref]), onBehalfOf: head([s_link IN s_links WHERE s_link.t = 'ON_BEHALF_OF' | s_link.ref]), onBehalfOfAll: [s_link IN s_links WHERE s_link.t = 'ON_BEHALF_OF' | s_link.ref][..50],
            deliveredBy: head([s_link IN s_links WHERE s_link.t = 'DELIVERED_BY' | s_link.ref]), deliveryRole: s.deliveryRole,
            about: [s_link IN s_links WHERE s_link.t = 'ABOUT' | s_link.ref][..50], mentions: [s_link IN s_links WHERE s_link.t = 'MENTIONS' | s_link.ref][..50],
            speakerOffices: COLLECT { MATCH (s)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(s_off:Office) WHERE s.date IS NOT NULL AND (s_off.start IS NULL OR s_off.start <= s.dateLast)
              AND (s_off.end IS NULL OR s_off.endLast >= s.date)
              RETURN {id: s_off.id, title: s_off.title, start: CASE WHEN s_off.startText IS NULL THEN null ELSE {value: s_off.startText} END, end: CASE WHEN s_off.endText IS NULL THEN null ELSE {value: s_off.endText} END,
                held: CASE WHEN (s.date IS NOT NULL AND s_off.start IS NOT NULL AND s_off.end IS NOT NULL
                  AND s_off.startLast <= s.date AND s_off.end >= s.dateLast) THEN 'CERTAINLY' ELSE 'POSSIBLY' END,
                organization: COLLECT { MATCH (s_off)-[s_off_org_r:IN_ORGANIZATION]->(s_off_org:Entity) RETURN CASE WHEN s_off_org IS NULL THEN null ELSE {id: s_off_org.id, kind: head([typeLabel IN labels(s_off_org) WHERE typeLabel <> 'Entity']), name: CASE WHEN s_off_org:Statement THEN CASE WHEN size(s_off_org.text) > 80 THEN left(s_off_org.text, 79) + '…' ELSE s_off_org.text END
                    ELSE coalesce(s_off_org.name, s_off_org.title, s_off_org.label, s_off_org.description, 'Round ' + toString(s_off_org.ordinal), s_off_org.publisher, s_off_org.id) END} END AS item ORDER BY s_off_org_r.seq LIMIT 1 }[0],
                country: COLLECT { MATCH (s_off)-[:IN_ORGANIZATION]->(s_off_org:Organization)-[:OF_COUNTRY]->(s_off_org_c:Country) RETURN CASE WHEN s_off_org_c IS NULL THEN null ELSE {id: s_off_org_c.id, kind: head([typeLabel IN labels(s_off_org_c) WHERE typeLabel <> 'Entity']), name: CASE WHEN s_off_org_c:Statement THEN CASE WHEN size(s_off_org_c.text) > 80 THEN left(s_off_org_c.text, 79) + '…' ELSE s_off_org_c.text END
                    ELSE coalesce(s_off_org_c.name, s_off_org_c.title, s_off_org_c.label, s_off_org_c.description, 'Round ' + toString(s_off_org_c.ordinal), s_off_org_c.publisher, s_off_org_c.id) END} END AS item  LIMIT 1 }[0]} AS item ORDER BY s_off.start, s_off.id LIMIT 50 },
            occasion: COLLECT { MATCH (s)-[:AT_EVENT]->(s_ev:Event) RETURN {id: s_ev.id, name: s_ev.name, kind: s_ev.kind, date: CASE WHEN s_ev.dateText IS NULL THEN null ELSE {value: s_ev.dateText} END, place: COLLECT { MATCH (s_ev)-[s_ev_place_r:HELD_IN]->(s_ev_place:Entity) RETURN CASE WHEN s_ev_place IS NULL THEN null ELSE {id: s_ev_place.id, kind: head([typeLabel IN labels(s_ev_place) WHERE typeLabel <> 'Entity']), name: CASE WHEN s_ev_place:Statement THEN CASE WHEN size(s_ev_place.text) > 80 THEN left(s_ev_place.text, 79) + '…' ELSE s_ev_place.text END
                    ELSE coalesce(s_ev_place.name, s_ev_place.title, s_ev_place.label, s_ev_place.description, 'Round ' + toString(s_ev_place.ordinal), s_ev_place.publisher, s_ev_place.id) END} END AS item ORDER BY s_ev_place_r.seq LIMIT 1 }[0]} AS item  LIMIT 1 }[0],
            expresses: COLLECT { MATCH (s)-[s_pos_r:EXPRESSES]->(s_pos:Position) RETURN [s_pos_links IN [COLLECT { MATCH (s_pos)-[s_pos_lm_r:HELD_BY|TOWARD]->(s_pos_lm:Entity)
                    RETURN {t: type(s_pos_lm_r), ref: CASE WHEN s_pos_lm IS NULL THEN null ELSE {id: s_pos_lm.id, kind: head([typeLabel IN labels(s_pos_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN s_pos_lm:Statement THEN CASE WHEN size(s_pos_lm.text) > 80 THEN left(s_pos_lm.text, 79) + '…' ELSE s_pos_lm.text END
                        ELSE coalesce(s_pos_lm.name, s_pos_lm.title, s_pos_lm.label, s_pos_lm.description, 'Round ' + toString(s_pos_lm.ordinal), s_pos_lm.publisher, s_pos_lm.id) END} END} AS item ORDER BY s_pos_lm_r.seq, s_pos_lm.id LIMIT 100 }]
                | {id: s_pos.id, stance: s_pos.stance, stanceLabel: coalesce(COLLECT { MATCH (s_pos_stance_def:StanceDefinition {code: s_pos.stance}) RETURN s_pos_stance_def.label }[0], s_pos.stance),
                  modality: s_pos.modality, condition: s_pos.condition, holder: head([s_pos_link IN s_pos_links WHERE s_pos_link.t = 'HELD_BY' | s_pos_link.ref]), toward: head([s_pos_link IN s_pos_links WHERE s_pos_link.t = 'TOWARD' | s_pos_link.ref])}][0] AS item
              ORDER BY s_pos_r.seq LIMIT 50 },
            renderings: COLLECT { MATCH s_ren_path = (s)-[:RENDERS]-{1,8}(s_ren:Statement)
              WHERE s_ren <> s AND none(s_ren_i IN range(1, length(s_ren_path) - 1)
                WHERE startNode(relationships(s_ren_path)[s_ren_i - 1]) = startNode(relationships(s_ren_path)[s_ren_i])) WITH DISTINCT s_ren ORDER BY s_ren.language, s_ren.id LIMIT 50
              RETURN {id: s_ren.id, kind: s_ren.kind, language: s_ren.language, text: s_ren.text, evidence: COLLECT { MATCH (s_ren)-[s_ren_cit:CITES]->(s_ren_src:Source)
                  RETURN {source: {id: s_ren_src.id, title: s_ren_src.title, publisher: s_ren_src.publisher, url: s_ren_src.url, published: CASE WHEN s_ren_src.publishedText IS NULL THEN null ELSE {value: s_ren_src.publishedText} END,
                      language: s_ren_src.language, kind: s_ren_src.kind, hypothetical: s_ren_src.hypothetical},
                    span: CASE WHEN s_ren_cit.start IS NULL THEN null ELSE {start: s_ren_cit.start, end: s_ren_cit.end, match: s_ren_cit.match} END,
                    excerpt: CASE WHEN s_ren_cit.start IS NOT NULL AND s_ren_src.text IS NOT NULL THEN substring(s_ren_src.text, s_ren_cit.start, s_ren_cit.end - s_ren_cit.start) END,
                    note: s_ren_cit.note} AS item
                  LIMIT 50 }} AS item },
            evidence: COLLECT { MATCH (s)-[s_cit:CITES]->(s_src:Source)
              RETURN {source: {id: s_src.id, title: s_src.title, publisher: s_src.publisher, url: s_src.url, published: CASE WHEN s_src.publishedText IS NULL THEN null ELSE {value: s_src.publishedText} END,
                  language: s_src.language, kind: s_src.kind, hypothetical: s_src.hypothetical},
                span: CASE WHEN s_cit.start IS NULL THEN null ELSE {start: s_cit.start, end: s_cit.end, match: s_cit.match} END,
                excerpt: CASE WHEN s_cit.start IS NOT NULL AND s_src.text IS NOT NULL THEN substring(s_src.text, s_cit.start, s_cit.end - s_cit.start) END,
                note: s_cit.note} AS item
              LIMIT 50 }}][0]}) AS items
  }
  RETURN total, lowerBound, items, size(found) > $limit AS hasNextPage } RETURN *
// parameters:
//   $about = "conflict:middle-east-2026"
//   $afterDate = ""
//   $afterId = ""
//   $anchors = [{"field":"by","id":"country:KZ"},"… 1 more"]
//   $by = "country:KZ"
//   $countScan = 5000
//   $dateMatch = "CERTAINLY"
//   $from = "2026-01-01"
//   $kind = ""
//   $limit = 20
//   $low = "2026-01-01"
//   $pageHigh = "2026-03-03"
//   $rangeHigh = "2026-03-03"
//   $to = "2026-03-03"
//   $unfiltered = false
