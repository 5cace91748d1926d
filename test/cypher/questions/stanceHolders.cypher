// GraphQL:
// { stanceHolders(stance: OFFER_TO_HOST_TALKS, toward: "conflict:middle-east-2026", asOf: "2026-03") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id stance stanceLabel modality condition conditionMet conditionStatusDate { value } holder { id kind name } toward { id kind name } since { value } until { value } presentedAsUnchanged standing reaffirms { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } reaffirmedBy { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } supersedes { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } supersededBy { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } expressedBy { id kind text language date { value precision } context speaker { id kind name } onBehalfOf { id kind name } speakerOffices { id title organization { id kind name } country { id kind name } start { value } end { value } } occasion { id name kind date { value } place { id kind name } } about { id kind name } mentions { id kind name } expresses { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } renderings { id kind language text evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  CALL () {
    MATCH (p:Position) WHERE p.stance = $stance AND p.holderName >= $afterName
    WITH p ORDER BY p.stance, p.holderName
    WITH p WHERE ($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Entity {id: $toward}) })
    AND ($modality = '' OR p.modality = $modality)
    AND ($asOf = '' OR ((EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st:Statement) WHERE p_st.date <= $standingOn }
          OR ($asOf = '' AND NOT EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st_dated:Statement) WHERE p_st_dated.date IS NOT NULL }))
        AND (p.until IS NULL OR p.until > $standingOn)
        AND NOT EXISTS { MATCH (p)<-[:SUPERSEDES]-(p_next:Position)
          WHERE EXISTS { MATCH (p_next)<-[:EXPRESSES]-(p_next_s:Statement) WHERE p_next_s.date <= $standingOn } })) AND CASE WHEN p.holderName > $afterName THEN true
    ELSE [since IN [coalesce(COLLECT { MATCH (p)<-[:EXPRESSES]-(p_first:Statement) RETURN p_first.date AS item ORDER BY item LIMIT 1 }[0], '~')] | since > $afterSince OR (since = $afterSince AND p.id > $afterId)][0] END
    WITH p LIMIT $limit + 1
    RETURN collect(p) AS head
  }
  WITH head, CASE WHEN size(head) > $limit THEN last(head).holderName END AS edge
  CALL (edge) {
    MATCH (p:Position) WHERE edge IS NOT NULL AND p.stance = $stance AND p.holderName = edge
    WITH p WHERE ($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Entity {id: $toward}) })
    AND ($modality = '' OR p.modality = $modality)
    AND ($asOf = '' OR ((EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st:Statement) WHERE p_st.date <= $standingOn }
          OR ($asOf = '' AND NOT EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st_dated:Statement) WHERE p_st_dated.date IS NOT NULL }))
        AND (p.until IS NULL OR p.until > $standingOn)
        AND NOT EXISTS { MATCH (p)<-[:SUPERSEDES]-(p_next:Position)
          WHERE EXISTS { MATCH (p_next)<-[:EXPRESSES]-(p_next_s:Statement) WHERE p_next_s.date <= $standingOn } })) AND CASE WHEN p.holderName > $afterName THEN true
    ELSE [since IN [coalesce(COLLECT { MATCH (p)<-[:EXPRESSES]-(p_first:Statement) RETURN p_first.date AS item ORDER BY item LIMIT 1 }[0], '~')] | since > $afterSince OR (since = $afterSince AND p.id > $afterId)][0] END
    RETURN collect(p) AS tail
  }
  CALL (head, edge, tail) {
    UNWIND [x IN head WHERE edge IS NULL OR x.holderName <> edge] + tail AS p
    WITH p, coalesce(COLLECT { MATCH (p)<-[:EXPRESSES]-(p_first:Statement) RETURN p_first.date AS item ORDER BY item LIMIT 1 }[0], '~') AS since ORDER BY p.holderName, since, p.id LIMIT $limit + 1
    RETURN collect({p: p, since: since}) AS rows
  }
  CALL () {
    MATCH (p:Position) WHERE p.stance = $stance
    WITH p LIMIT 201
    WITH collect(p) AS seen
    RETURN seen[..200] AS counted, size(seen) > 200 AS partial
  }
  CALL (counted) {
    UNWIND counted AS p
    WITH p WHERE ($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Entity {id: $toward}) })
    AND ($modality = '' OR p.modality = $modality)
    AND ($asOf = '' OR ((EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st:Statement) WHERE p_st.date <= $standingOn }
          OR ($asOf = '' AND NOT EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st_dated:Statement) WHERE p_st_dated.date IS NOT NULL }))
        AND (p.until IS NULL OR p.until > $standingOn)
        AND NOT EXISTS { MATCH (p)<-[:SUPERSEDES]-(p_next:Position)
          WHERE EXISTS { MATCH (p_next)<-[:EXPRESSES]-(p_next_s:Statement) WHERE p_next_s.date <= $standingOn } }))
    RETURN count(p) AS total
  }
  CALL (rows) {
    UNWIND range(0, size(rows[..$limit]) - 1) AS i
    WITH i, rows[i].p AS p, rows[i].since AS since
    ORDER BY i
    RETURN collect({node: [p_links IN [COLLECT { MATCH (p)-[p_lm_r:HELD_BY|TOWARD]->(p_lm:Entity)
              RETURN {t: type(p_lm_r), ref: CASE WHEN p_lm IS NULL THEN null ELSE {id: p_lm.id, kind: head([typeLabel IN labels(p_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_lm:Statement THEN CASE WHEN size(p_lm.text) > 80 THEN left(p_lm.text, 79) + '…' ELSE p_lm.text END
                  ELSE coalesce(p_lm.name, p_lm.title, p_lm.label, p_lm.description, 'Round ' + toString(p_lm.ordinal), p_lm.publisher, p_lm.id) END} END} AS item ORDER BY p_lm_r.seq, p_lm.id LIMIT 100 }]
          | {id: p.id, stance: p.stance, stanceLabel: coalesce(COLLECT { MATCH (p_stance_def:StanceDefinition {code: p.stance}) RETURN p_stance_def.label }[0], p.stance),
            modality: p.modality, condition: p.condition, conditionMet: p.conditionMet,
            conditionStatusDate: CASE WHEN p.conditionStatusDateText IS NULL THEN null ELSE {value: p.conditionStatusDateText} END,
            holder: head([p_link IN p_links WHERE p_link.t = 'HELD_BY' | p_link.ref]), toward: head([p_link IN p_links WHERE p_link.t = 'TOWARD' | p_link.ref]),
            since: COLLECT { MATCH (p)<-[:EXPRESSES]-(p_first:Statement) RETURN CASE WHEN p_first.dateText IS NULL THEN null ELSE {value: p_first.dateText} END AS item ORDER BY p_first.date LIMIT 1 }[0],
            until: CASE WHEN p.untilText IS NULL THEN null ELSE {value: p.untilText} END,
            presentedAsUnchanged: coalesce(p.presentedAsUnchanged, false),
            standing: ((EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st:Statement) WHERE p_st.date <= $standingOn }
                OR ($asOf = '' AND NOT EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st_dated:Statement) WHERE p_st_dated.date IS NOT NULL }))
              AND (p.until IS NULL OR p.until > $standingOn)
              AND NOT EXISTS { MATCH (p)<-[:SUPERSEDES]-(p_next:Position)
                WHERE EXISTS { MATCH (p_next)<-[:EXPRESSES]-(p_next_s:Statement) WHERE p_next_s.date <= $standingOn } }),
            reaffirms: COLLECT { MATCH (p)-[:REAFFIRMS]->(p_q:Position) RETURN [p_q_links IN [COLLECT { MATCH (p_q)-[p_q_lm_r:HELD_BY|TOWARD]->(p_q_lm:Entity)
                    RETURN {t: type(p_q_lm_r), ref: CASE WHEN p_q_lm IS NULL THEN null ELSE {id: p_q_lm.id, kind: head([typeLabel IN labels(p_q_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_q_lm:Statement THEN CASE WHEN size(p_q_lm.text) > 80 THEN left(p_q_lm.text, 79) + '…' ELSE p_q_lm.text END
                        ELSE coalesce(p_q_lm.name, p_q_lm.title, p_q_lm.label, p_q_lm.description, 'Round ' + toString(p_q_lm.ordinal), p_q_lm.publisher, p_q_lm.id) END} END} AS item ORDER BY p_q_lm_r.seq, p_q_lm.id LIMIT 100 }]
                | {id: p_q.id, stance: p_q.stance, stanceLabel: coalesce(COLLECT { MATCH (p_q_stance_def:StanceDefinition {code: p_q.stance}) RETURN p_q_stance_def.label }[0], p_q.stance),
                  modality: p_q.modality, condition: p_q.condition, holder: head([p_q_link IN p_q_links WHERE p_q_link.t = 'HELD_BY' | p_q_link.ref]), toward: head([p_q_link IN p_q_links WHERE p_q_link.t = 'TOWARD' | p_q_link.ref])}][0] AS item ORDER BY p_q.id LIMIT 50 },
            reaffirmedBy: COLLECT { MATCH (p)<-[:REAFFIRMS]-(p_q:Position) RETURN [p_q_links IN [COLLECT { MATCH (p_q)-[p_q_lm_r:HELD_BY|TOWARD]->(p_q_lm:Entity)
                    RETURN {t: type(p_q_lm_r), ref: CASE WHEN p_q_lm IS NULL THEN null ELSE {id: p_q_lm.id, kind: head([typeLabel IN labels(p_q_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_q_lm:Statement THEN CASE WHEN size(p_q_lm.text) > 80 THEN left(p_q_lm.text, 79) + '…' ELSE p_q_lm.text END
                        ELSE coalesce(p_q_lm.name, p_q_lm.title, p_q_lm.label, p_q_lm.description, 'Round ' + toString(p_q_lm.ordinal), p_q_lm.publisher, p_q_lm.id) END} END} AS item ORDER BY p_q_lm_r.seq, p_q_lm.id LIMIT 100 }]
                | {id: p_q.id, stance: p_q.stance, stanceLabel: coalesce(COLLECT { MATCH (p_q_stance_def:StanceDefinition {code: p_q.stance}) RETURN p_q_stance_def.label }[0], p_q.stance),
                  modality: p_q.modality, condition: p_q.condition, holder: head([p_q_link IN p_q_links WHERE p_q_link.t = 'HELD_BY' | p_q_link.ref]), toward: head([p_q_link IN p_q_links WHERE p_q_link.t = 'TOWARD' | p_q_link.ref])}][0] AS item ORDER BY p_q.id LIMIT 50 },
            supersedes: COLLECT { MATCH (p)-[:SUPERSEDES]->(p_q:Position) RETURN [p_q_links IN [COLLECT { MATCH (p_q)-[p_q_lm_r:HELD_BY|TOWARD]->(p_q_lm:Entity)
                    RETURN {t: type(p_q_lm_r), ref: CASE WHEN p_q_lm IS NULL THEN null ELSE {id: p_q_lm.id, kind: head([typeLabel IN labels(p_q_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_q_lm:Statement THEN CASE WHEN size(p_q_lm.text) > 80 THEN left(p_q_lm.text, 79) + '…' ELSE p_q_lm.text END
                        ELSE coalesce(p_q_lm.name, p_q_lm.title, p_q_lm.label, p_q_lm.description, 'Round ' + toString(p_q_lm.ordinal), p_q_lm.publisher, p_q_lm.id) END} END} AS item ORDER BY p_q_lm_r.seq, p_q_lm.id LIMIT 100 }]
                | {id: p_q.id, stance: p_q.stance, stanceLabel: coalesce(COLLECT { MATCH (p_q_stance_def:StanceDefinition {code: p_q.stance}) RETURN p_q_stance_def.label }[0], p_q.stance),
                  modality: p_q.modality, condition: p_q.condition, holder: head([p_q_link IN p_q_links WHERE p_q_link.t = 'HELD_BY' | p_q_link.ref]), toward: head([p_q_link IN p_q_links WHERE p_q_link.t = 'TOWARD' | p_q_link.ref])}][0] AS item  LIMIT 1 }[0],
            supersededBy: COLLECT { MATCH (p)<-[:SUPERSEDES]-(p_q:Position) RETURN [p_q_links IN [COLLECT { MATCH (p_q)-[p_q_lm_r:HELD_BY|TOWARD]->(p_q_lm:Entity)
                    RETURN {t: type(p_q_lm_r), ref: CASE WHEN p_q_lm IS NULL THEN null ELSE {id: p_q_lm.id, kind: head([typeLabel IN labels(p_q_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_q_lm:Statement THEN CASE WHEN size(p_q_lm.text) > 80 THEN left(p_q_lm.text, 79) + '…' ELSE p_q_lm.text END
                        ELSE coalesce(p_q_lm.name, p_q_lm.title, p_q_lm.label, p_q_lm.description, 'Round ' + toString(p_q_lm.ordinal), p_q_lm.publisher, p_q_lm.id) END} END} AS item ORDER BY p_q_lm_r.seq, p_q_lm.id LIMIT 100 }]
                | {id: p_q.id, stance: p_q.stance, stanceLabel: coalesce(COLLECT { MATCH (p_q_stance_def:StanceDefinition {code: p_q.stance}) RETURN p_q_stance_def.label }[0], p_q.stance),
                  modality: p_q.modality, condition: p_q.condition, holder: head([p_q_link IN p_q_links WHERE p_q_link.t = 'HELD_BY' | p_q_link.ref]), toward: head([p_q_link IN p_q_links WHERE p_q_link.t = 'TOWARD' | p_q_link.ref])}][0] AS item ORDER BY p_q.id LIMIT 1 }[0],
            expressedBy: CASE WHEN $withStatements THEN COLLECT { MATCH (p)<-[:EXPRESSES]-(p_by:Statement) RETURN [p_by_links IN [COLLECT { MATCH (p_by)-[p_by_lm_r:SPOKEN_BY|ON_BEHALF_OF|DELIVERED_BY|ABOUT|MENTIONS]->(p_by_lm:Entity)
                    RETURN {t: type(p_by_lm_r), ref: CASE WHEN p_by_lm IS NULL THEN null ELSE {id: p_by_lm.id, kind: head([typeLabel IN labels(p_by_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_by_lm:Statement THEN CASE WHEN size(p_by_lm.text) > 80 THEN left(p_by_lm.text, 79) + '…' ELSE p_by_lm.text END
                        ELSE coalesce(p_by_lm.name, p_by_lm.title, p_by_lm.label, p_by_lm.description, 'Round ' + toString(p_by_lm.ordinal), p_by_lm.publisher, p_by_lm.id) END} END} AS item ORDER BY p_by_lm_r.seq, p_by_lm.id LIMIT 250 }]
                | {id: p_by.id, kind: p_by.kind, text: p_by.text, language: p_by.language, date: CASE WHEN p_by.dateText IS NULL THEN null ELSE {value: p_by.dateText} END,
                  context: p_by.context, speaker: head([p_by_link IN p_by_links WHERE p_by_link.t = 'SPOKEN_BY' | p_by_link.ref]), onBehalfOf: head([p_by_link IN p_by_links WHERE p_by_link.t = 'ON_BEHALF_OF' | p_by_link.ref]), onBehalfOfAll: [p_by_link IN p_by_links WHERE p_by_link.t = 'ON_BEHALF_OF' | p_by_link.ref][..50],
                  deliveredBy: head([p_by_link IN p_by_links WHERE p_by_link.t = 'DELIVERED_BY' | p_by_link.ref]), deliveryRole: p_by.deliveryRole,
                  about: [p_by_link IN p_by_links WHERE p_by_link.t = 'ABOUT' | p_by_link.ref][..50], mentions: [p_by_link IN p_by_links WHERE p_by_link.t = 'MENTIONS' | p_by_link.ref][..50],
                  speakerOffices: COLLECT { MATCH (p_by)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(p_by_off:Office) WHERE p_by.date IS NOT NULL AND (p_by_off.start IS NULL OR p_by_off.start <= p_by.dateLast)
                    AND (p_by_off.end IS NULL OR p_by_off.endLast >= p_by.date)
                    RETURN {id: p_by_off.id, title: p_by_off.title, start: CASE WHEN p_by_off.startText IS NULL THEN null ELSE {value: p_by_off.startText} END, end: CASE WHEN p_by_off.endText IS NULL THEN null ELSE {value: p_by_off.endText} END,
                      held: CASE WHEN (p_by.date IS NOT NULL AND p_by_off.start IS NOT NULL AND p_by_off.end IS NOT NULL
                        AND p_by_off.startLast <= p_by.date AND p_by_off.end >= p_by.dateLast) THEN 'CERTAINLY' ELSE 'POSSIBLY' END,
                      organization: COLLECT { MATCH (p_by_off)-[p_by_off_org_r:IN_ORGANIZATION]->(p_by_off_org:Entity) RETURN CASE WHEN p_by_off_org IS NULL THEN null ELSE {id: p_by_off_org.id, kind: head([typeLabel IN labels(p_by_off_org) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_by_off_org:Statement THEN CASE WHEN size(p_by_off_org.text) > 80 THEN left(p_by_off_org.text, 79) + '…' ELSE p_by_off_org.text END
                          ELSE coalesce(p_by_off_org.name, p_by_off_org.title, p_by_off_org.label, p_by_off_org.description, 'Round ' + toString(p_by_off_org.ordinal), p_by_off_org.publisher, p_by_off_org.id) END} END AS item ORDER BY p_by_off_org_r.seq LIMIT 1 }[0],
                      country: COLLECT { MATCH (p_by_off)-[:IN_ORGANIZATION]->(p_by_off_org:Organization)-[:OF_COUNTRY]->(p_by_off_org_c:Country) RETURN CASE WHEN p_by_off_org_c IS NULL THEN null ELSE {id: p_by_off_org_c.id, kind: head([typeLabel IN labels(p_by_off_org_c) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_by_off_org_c:Statement THEN CASE WHEN size(p_by_off_org_c.text) > 80 THEN left(p_by_off_org_c.text, 79) + '…' ELSE p_by_off_org_c.text END
                          ELSE coalesce(p_by_off_org_c.name, p_by_off_org_c.title, p_by_off_org_c.label, p_by_off_org_c.description, 'Round ' + toString(p_by_off_org_c.ordinal), p_by_off_org_c.publisher, p_by_off_org_c.id) END} END AS item  LIMIT 1 }[0]} AS item ORDER BY p_by_off.start, p_by_off.id LIMIT 50 },
                  occasion: COLLECT { MATCH (p_by)-[:AT_EVENT]->(p_by_ev:Event) RETURN {id: p_by_ev.id, name: p_by_ev.name, kind: p_by_ev.kind, date: CASE WHEN p_by_ev.dateText IS NULL THEN null ELSE {value: p_by_ev.dateText} END, place: COLLECT { MATCH (p_by_ev)-[p_by_ev_place_r:HELD_IN]->(p_by_ev_place:Entity) RETURN CASE WHEN p_by_ev_place IS NULL THEN null ELSE {id: p_by_ev_place.id, kind: head([typeLabel IN labels(p_by_ev_place) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_by_ev_place:Statement THEN CASE WHEN size(p_by_ev_place.text) > 80 THEN left(p_by_ev_place.text, 79) + '…' ELSE p_by_ev_place.text END
                          ELSE coalesce(p_by_ev_place.name, p_by_ev_place.title, p_by_ev_place.label, p_by_ev_place.description, 'Round ' + toString(p_by_ev_place.ordinal), p_by_ev_place.publisher, p_by_ev_place.id) END} END AS item ORDER BY p_by_ev_place_r.seq LIMIT 1 }[0]} AS item  LIMIT 1 }[0],
                  expresses: COLLECT { MATCH (p_by)-[p_by_pos_r:EXPRESSES]->(p_by_pos:Position) RETURN [p_by_pos_links IN [COLLECT { MATCH (p_by_pos)-[p_by_pos_lm_r:HELD_BY|TOWARD]->(p_by_pos_lm:Entity)
                          RETURN {t: type(p_by_pos_lm_r), ref: CASE WHEN p_by_pos_lm IS NULL THEN null ELSE {id: p_by_pos_lm.id, kind: head([typeLabel IN labels(p_by_pos_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_by_pos_lm:Statement THEN CASE WHEN size(p_by_pos_lm.text) > 80 THEN left(p_by_pos_lm.text, 79) + '…' ELSE p_by_pos_lm.text END
                              ELSE coalesce(p_by_pos_lm.name, p_by_pos_lm.title, p_by_pos_lm.label, p_by_pos_lm.description, 'Round ' + toString(p_by_pos_lm.ordinal), p_by_pos_lm.publisher, p_by_pos_lm.id) END} END} AS item ORDER BY p_by_pos_lm_r.seq, p_by_pos_lm.id LIMIT 100 }]
                      | {id: p_by_pos.id, stance: p_by_pos.stance, stanceLabel: coalesce(COLLECT { MATCH (p_by_pos_stance_def:StanceDefinition {code: p_by_pos.stance}) RETURN p_by_pos_stance_def.label }[0], p_by_pos.stance),
                        modality: p_by_pos.modality, condition: p_by_pos.condition, holder: head([p_by_pos_link IN p_by_pos_links WHERE p_by_pos_link.t = 'HELD_BY' | p_by_pos_link.ref]), toward: head([p_by_pos_link IN p_by_pos_links WHERE p_by_pos_link.t = 'TOWARD' | p_by_pos_link.ref])}][0] AS item
                    ORDER BY p_by_pos_r.seq LIMIT 50 },
                  renderings: COLLECT { MATCH p_by_ren_path = (p_by)-[:RENDERS]-{1,8}(p_by_ren:Statement)
                    WHERE p_by_ren <> p_by AND none(p_by_ren_i IN range(1, length(p_by_ren_path) - 1)
                      WHERE startNode(relationships(p_by_ren_path)[p_by_ren_i - 1]) = startNode(relationships(p_by_ren_path)[p_by_ren_i])) WITH DISTINCT p_by_ren ORDER BY p_by_ren.language, p_by_ren.id LIMIT 50
                    RETURN {id: p_by_ren.id, kind: p_by_ren.kind, language: p_by_ren.language, text: p_by_ren.text, evidence: COLLECT { MATCH (p_by_ren)-[p_by_ren_cit:CITES]->(p_by_ren_src:Source)
                        RETURN {source: {id: p_by_ren_src.id, title: p_by_ren_src.title, publisher: p_by_ren_src.publisher, url: p_by_ren_src.url, published: CASE WHEN p_by_ren_src.publishedText IS NULL THEN null ELSE {value: p_by_ren_src.publishedText} END,
                            language: p_by_ren_src.language, kind: p_by_ren_src.kind, hypothetical: p_by_ren_src.hypothetical},
                          span: CASE WHEN p_by_ren_cit.start IS NULL THEN null ELSE {start: p_by_ren_cit.start, end: p_by_ren_cit.end, match: p_by_ren_cit.match} END,
                          excerpt: CASE WHEN p_by_ren_cit.start IS NOT NULL AND p_by_ren_src.text IS NOT NULL THEN substring(p_by_ren_src.text, p_by_ren_cit.start, p_by_ren_cit.end - p_by_ren_cit.start) END,
                          note: p_by_ren_cit.note} AS item
                        LIMIT 50 }} AS item },
                  evidence: COLLECT { MATCH (p_by)-[p_by_cit:CITES]->(p_by_src:Source)
                    RETURN {source: {id: p_by_src.id, title: p_by_src.title, publisher: p_by_src.publisher, url: p_by_src.url, published: CASE WHEN p_by_src.publishedText IS NULL THEN null ELSE {value: p_by_src.publishedText} END,
                        language: p_by_src.language, kind: p_by_src.kind, hypothetical: p_by_src.hypothetical},
                      span: CASE WHEN p_by_cit.start IS NULL THEN null ELSE {start: p_by_cit.start, end: p_by_cit.end, match: p_by_cit.match} END,
                      excerpt: CASE WHEN p_by_cit.start IS NOT NULL AND p_by_src.text IS NOT NULL THEN substring(p_by_src.text, p_by_cit.start, p_by_cit.end - p_by_cit.start) END,
                      note: p_by_cit.note} AS item
                    LIMIT 50 }}][0] AS item
              ORDER BY p_by.date, p_by.id LIMIT 20 } ELSE [] END,
            evidence: COLLECT { MATCH (p)-[p_cit:CITES]->(p_src:Source)
              RETURN {source: {id: p_src.id, title: p_src.title, publisher: p_src.publisher, url: p_src.url, published: CASE WHEN p_src.publishedText IS NULL THEN null ELSE {value: p_src.publishedText} END,
                  language: p_src.language, kind: p_src.kind, hypothetical: p_src.hypothetical},
                span: CASE WHEN p_cit.start IS NULL THEN null ELSE {start: p_cit.start, end: p_cit.end, match: p_cit.match} END,
                excerpt: CASE WHEN p_cit.start IS NOT NULL AND p_src.text IS NOT NULL THEN substring(p_src.text, p_cit.start, p_cit.end - p_cit.start) END,
                note: p_cit.note} AS item
              LIMIT 50 }}][0], name: p.holderName, since: since, id: p.id}) AS items
  }
  RETURN total, partial, items, size(rows) > $limit AS more } RETURN *
// parameters:
//   $afterId = ""
//   $afterName = ""
//   $afterSince = ""
//   $anchors = [{"field":"toward","id":"conflict:middle-east-2026"}]
//   $asOf = "2026-03-01"
//   $limit = 20
//   $modality = ""
//   $stance = "OFFER_TO_HOST_TALKS"
//   $standingOn = "2026-03-31"
//   $toward = "conflict:middle-east-2026"
//   $withStatements = true
