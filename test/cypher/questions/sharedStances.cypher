// GraphQL:
// { sharedStances(toward: "conflict:middle-east-2026", asOf: "2026-03-03") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { stance stanceLabel toward { id kind name } holders { id stance stanceLabel modality condition conditionMet conditionStatusDate { value } holder { id kind name } toward { id kind name } since { value } until { value } presentedAsUnchanged standing reaffirms { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } reaffirmedBy { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } supersedes { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } supersededBy { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } expressedBy { id kind text language date { value precision } context speaker { id kind name } onBehalfOf { id kind name } speakerOffices { id title organization { id kind name } country { id kind name } start { value } end { value } } occasion { id name kind date { value } place { id kind name } } about { id kind name } mentions { id kind name } expresses { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } renderings { id kind language text evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  CALL () {
    MATCH (p:Position)-[:HELD_BY]->(h:Entity)
    WHERE p.modality <> 'NEGATED'
    AND ($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Conflict {id: $toward}) })
    AND ($asOf = '' OR ((EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st:Statement) WHERE p_st.date <= $standingOn }
          OR ($asOf = '' AND NOT EXISTS { MATCH (p)<-[:EXPRESSES]-(p_st_dated:Statement) WHERE p_st_dated.date IS NOT NULL }))
        AND (p.until IS NULL OR p.until > $standingOn)
        AND NOT EXISTS { MATCH (p)<-[:SUPERSEDES]-(p_next:Position)
          WHERE EXISTS { MATCH (p_next)<-[:EXPRESSES]-(p_next_s:Statement) WHERE p_next_s.date <= $standingOn } }))
    WITH p, h LIMIT 5000
    OPTIONAL MATCH (p)-[:TOWARD]->(t:Entity)
    WITH p.stance AS stance, t, collect(DISTINCT h) AS holders, collect(p) AS held
    WHERE size(holders) >= 2 AND ($actor = '' OR any(x IN holders WHERE x.id = $actor))
    WITH stance, t, held, [stance, coalesce(t.name, '\uFFFF'), coalesce(t.id, '')] AS key
    ORDER BY key
    RETURN collect({key: key, stance: stance, t: t, held: held}) AS found
  }
  CALL (found) {
    WITH found, $after AS anchor
    WITH [r IN found WHERE size($after) = 0 OR r.key > anchor][..$limit + 1] AS rows
    CALL (rows) {
      UNWIND range(0, size(rows[..$limit]) - 1) AS i
      WITH i, rows[i] AS g
      WITH *, g.t AS groupToward
      ORDER BY i
      RETURN collect({stance: g.stance, stanceLabel: coalesce(COLLECT { MATCH (g_stance_def:StanceDefinition {code: g.stance}) RETURN g_stance_def.label }[0], g.stance), toward: CASE WHEN groupToward IS NULL THEN null ELSE {id: groupToward.id, kind: head([typeLabel IN labels(groupToward) WHERE typeLabel <> 'Entity']), name: CASE WHEN groupToward:Statement THEN CASE WHEN size(groupToward.text) > 80 THEN left(groupToward.text, 79) + '…' ELSE groupToward.text END
            ELSE coalesce(groupToward.name, groupToward.title, groupToward.label, groupToward.description, 'Round ' + toString(groupToward.ordinal), groupToward.publisher, groupToward.id) END} END,
          holders: COLLECT { UNWIND g.held AS hp WITH hp ORDER BY head([(hp)-[:HELD_BY]->(x) | x.name]), hp.id LIMIT 50
            RETURN [hp_links IN [COLLECT { MATCH (hp)-[hp_lm_r:HELD_BY|TOWARD]->(hp_lm:Entity)
                  RETURN {t: type(hp_lm_r), ref: CASE WHEN hp_lm IS NULL THEN null ELSE {id: hp_lm.id, kind: head([typeLabel IN labels(hp_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_lm:Statement THEN CASE WHEN size(hp_lm.text) > 80 THEN left(hp_lm.text, 79) + '…' ELSE hp_lm.text END
                      ELSE coalesce(hp_lm.name, hp_lm.title, hp_lm.label, hp_lm.description, 'Round ' + toString(hp_lm.ordinal), hp_lm.publisher, hp_lm.id) END} END} AS item ORDER BY hp_lm_r.seq, hp_lm.id LIMIT 100 }]
              | {id: hp.id, stance: hp.stance, stanceLabel: coalesce(COLLECT { MATCH (hp_stance_def:StanceDefinition {code: hp.stance}) RETURN hp_stance_def.label }[0], hp.stance),
                modality: hp.modality, condition: hp.condition, conditionMet: hp.conditionMet,
                conditionStatusDate: CASE WHEN hp.conditionStatusDateText IS NULL THEN null ELSE {value: hp.conditionStatusDateText} END,
                holder: head([hp_link IN hp_links WHERE hp_link.t = 'HELD_BY' | hp_link.ref]), toward: head([hp_link IN hp_links WHERE hp_link.t = 'TOWARD' | hp_link.ref]),
                since: COLLECT { MATCH (hp)<-[:EXPRESSES]-(hp_first:Statement) RETURN CASE WHEN hp_first.dateText IS NULL THEN null ELSE {value: hp_first.dateText} END AS item ORDER BY hp_first.date LIMIT 1 }[0],
                until: CASE WHEN hp.untilText IS NULL THEN null ELSE {value: hp.untilText} END,
                presentedAsUnchanged: coalesce(hp.presentedAsUnchanged, false),
                standing: ((EXISTS { MATCH (hp)<-[:EXPRESSES]-(hp_st:Statement) WHERE hp_st.date <= $standingOn }
                    OR ($asOf = '' AND NOT EXISTS { MATCH (hp)<-[:EXPRESSES]-(hp_st_dated:Statement) WHERE hp_st_dated.date IS NOT NULL }))
                  AND (hp.until IS NULL OR hp.until > $standingOn)
                  AND NOT EXISTS { MATCH (hp)<-[:SUPERSEDES]-(hp_next:Position)
                    WHERE EXISTS { MATCH (hp_next)<-[:EXPRESSES]-(hp_next_s:Statement) WHERE hp_next_s.date <= $standingOn } }),
                reaffirms: COLLECT { MATCH (hp)-[:REAFFIRMS]->(hp_q:Position) RETURN [hp_q_links IN [COLLECT { MATCH (hp_q)-[hp_q_lm_r:HELD_BY|TOWARD]->(hp_q_lm:Entity)
                        RETURN {t: type(hp_q_lm_r), ref: CASE WHEN hp_q_lm IS NULL THEN null ELSE {id: hp_q_lm.id, kind: head([typeLabel IN labels(hp_q_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_q_lm:Statement THEN CASE WHEN size(hp_q_lm.text) > 80 THEN left(hp_q_lm.text, 79) + '…' ELSE hp_q_lm.text END
                            ELSE coalesce(hp_q_lm.name, hp_q_lm.title, hp_q_lm.label, hp_q_lm.description, 'Round ' + toString(hp_q_lm.ordinal), hp_q_lm.publisher, hp_q_lm.id) END} END} AS item ORDER BY hp_q_lm_r.seq, hp_q_lm.id LIMIT 100 }]
                    | {id: hp_q.id, stance: hp_q.stance, stanceLabel: coalesce(COLLECT { MATCH (hp_q_stance_def:StanceDefinition {code: hp_q.stance}) RETURN hp_q_stance_def.label }[0], hp_q.stance),
                      modality: hp_q.modality, condition: hp_q.condition, holder: head([hp_q_link IN hp_q_links WHERE hp_q_link.t = 'HELD_BY' | hp_q_link.ref]), toward: head([hp_q_link IN hp_q_links WHERE hp_q_link.t = 'TOWARD' | hp_q_link.ref])}][0] AS item ORDER BY hp_q.id LIMIT 50 },
                reaffirmedBy: COLLECT { MATCH (hp)<-[:REAFFIRMS]-(hp_q:Position) RETURN [hp_q_links IN [COLLECT { MATCH (hp_q)-[hp_q_lm_r:HELD_BY|TOWARD]->(hp_q_lm:Entity)
                        RETURN {t: type(hp_q_lm_r), ref: CASE WHEN hp_q_lm IS NULL THEN null ELSE {id: hp_q_lm.id, kind: head([typeLabel IN labels(hp_q_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_q_lm:Statement THEN CASE WHEN size(hp_q_lm.text) > 80 THEN left(hp_q_lm.text, 79) + '…' ELSE hp_q_lm.text END
                            ELSE coalesce(hp_q_lm.name, hp_q_lm.title, hp_q_lm.label, hp_q_lm.description, 'Round ' + toString(hp_q_lm.ordinal), hp_q_lm.publisher, hp_q_lm.id) END} END} AS item ORDER BY hp_q_lm_r.seq, hp_q_lm.id LIMIT 100 }]
                    | {id: hp_q.id, stance: hp_q.stance, stanceLabel: coalesce(COLLECT { MATCH (hp_q_stance_def:StanceDefinition {code: hp_q.stance}) RETURN hp_q_stance_def.label }[0], hp_q.stance),
                      modality: hp_q.modality, condition: hp_q.condition, holder: head([hp_q_link IN hp_q_links WHERE hp_q_link.t = 'HELD_BY' | hp_q_link.ref]), toward: head([hp_q_link IN hp_q_links WHERE hp_q_link.t = 'TOWARD' | hp_q_link.ref])}][0] AS item ORDER BY hp_q.id LIMIT 50 },
                supersedes: COLLECT { MATCH (hp)-[:SUPERSEDES]->(hp_q:Position) RETURN [hp_q_links IN [COLLECT { MATCH (hp_q)-[hp_q_lm_r:HELD_BY|TOWARD]->(hp_q_lm:Entity)
                        RETURN {t: type(hp_q_lm_r), ref: CASE WHEN hp_q_lm IS NULL THEN null ELSE {id: hp_q_lm.id, kind: head([typeLabel IN labels(hp_q_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_q_lm:Statement THEN CASE WHEN size(hp_q_lm.text) > 80 THEN left(hp_q_lm.text, 79) + '…' ELSE hp_q_lm.text END
                            ELSE coalesce(hp_q_lm.name, hp_q_lm.title, hp_q_lm.label, hp_q_lm.description, 'Round ' + toString(hp_q_lm.ordinal), hp_q_lm.publisher, hp_q_lm.id) END} END} AS item ORDER BY hp_q_lm_r.seq, hp_q_lm.id LIMIT 100 }]
                    | {id: hp_q.id, stance: hp_q.stance, stanceLabel: coalesce(COLLECT { MATCH (hp_q_stance_def:StanceDefinition {code: hp_q.stance}) RETURN hp_q_stance_def.label }[0], hp_q.stance),
                      modality: hp_q.modality, condition: hp_q.condition, holder: head([hp_q_link IN hp_q_links WHERE hp_q_link.t = 'HELD_BY' | hp_q_link.ref]), toward: head([hp_q_link IN hp_q_links WHERE hp_q_link.t = 'TOWARD' | hp_q_link.ref])}][0] AS item  LIMIT 1 }[0],
                supersededBy: COLLECT { MATCH (hp)<-[:SUPERSEDES]-(hp_q:Position) RETURN [hp_q_links IN [COLLECT { MATCH (hp_q)-[hp_q_lm_r:HELD_BY|TOWARD]->(hp_q_lm:Entity)
                        RETURN {t: type(hp_q_lm_r), ref: CASE WHEN hp_q_lm IS NULL THEN null ELSE {id: hp_q_lm.id, kind: head([typeLabel IN labels(hp_q_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_q_lm:Statement THEN CASE WHEN size(hp_q_lm.text) > 80 THEN left(hp_q_lm.text, 79) + '…' ELSE hp_q_lm.text END
                            ELSE coalesce(hp_q_lm.name, hp_q_lm.title, hp_q_lm.label, hp_q_lm.description, 'Round ' + toString(hp_q_lm.ordinal), hp_q_lm.publisher, hp_q_lm.id) END} END} AS item ORDER BY hp_q_lm_r.seq, hp_q_lm.id LIMIT 100 }]
                    | {id: hp_q.id, stance: hp_q.stance, stanceLabel: coalesce(COLLECT { MATCH (hp_q_stance_def:StanceDefinition {code: hp_q.stance}) RETURN hp_q_stance_def.label }[0], hp_q.stance),
                      modality: hp_q.modality, condition: hp_q.condition, holder: head([hp_q_link IN hp_q_links WHERE hp_q_link.t = 'HELD_BY' | hp_q_link.ref]), toward: head([hp_q_link IN hp_q_links WHERE hp_q_link.t = 'TOWARD' | hp_q_link.ref])}][0] AS item ORDER BY hp_q.id LIMIT 1 }[0],
                expressedBy: CASE WHEN true THEN COLLECT { MATCH (hp)<-[:EXPRESSES]-(hp_by:Statement) RETURN [hp_by_links IN [COLLECT { MATCH (hp_by)-[hp_by_lm_r:SPOKEN_BY|ON_BEHALF_OF|DELIVERED_BY|ABOUT|MENTIONS]->(hp_by_lm:Entity)
                        RETURN {t: type(hp_by_lm_r), ref: CASE WHEN hp_by_lm IS NULL THEN null ELSE {id: hp_by_lm.id, kind: head([typeLabel IN labels(hp_by_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_by_lm:Statement THEN CASE WHEN size(hp_by_lm.text) > 80 THEN left(hp_by_lm.text, 79) + '…' ELSE hp_by_lm.text END
                            ELSE coalesce(hp_by_lm.name, hp_by_lm.title, hp_by_lm.label, hp_by_lm.description, 'Round ' + toString(hp_by_lm.ordinal), hp_by_lm.publisher, hp_by_lm.id) END} END} AS item ORDER BY hp_by_lm_r.seq, hp_by_lm.id LIMIT 250 }]
                    | {id: hp_by.id, kind: hp_by.kind, text: hp_by.text, language: hp_by.language, date: CASE WHEN hp_by.dateText IS NULL THEN null ELSE {value: hp_by.dateText} END,
                      context: hp_by.context, speaker: head([hp_by_link IN hp_by_links WHERE hp_by_link.t = 'SPOKEN_BY' | hp_by_link.ref]), onBehalfOf: head([hp_by_link IN hp_by_links WHERE hp_by_link.t = 'ON_BEHALF_OF' | hp_by_link.ref]), onBehalfOfAll: [hp_by_link IN hp_by_links WHERE hp_by_link.t = 'ON_BEHALF_OF' | hp_by_link.ref][..50],
                      deliveredBy: head([hp_by_link IN hp_by_links WHERE hp_by_link.t = 'DELIVERED_BY' | hp_by_link.ref]), deliveryRole: hp_by.deliveryRole,
                      about: [hp_by_link IN hp_by_links WHERE hp_by_link.t = 'ABOUT' | hp_by_link.ref][..50], mentions: [hp_by_link IN hp_by_links WHERE hp_by_link.t = 'MENTIONS' | hp_by_link.ref][..50],
                      speakerOffices: COLLECT { MATCH (hp_by)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(hp_by_off:Office) WHERE hp_by.date IS NOT NULL AND (hp_by_off.start IS NULL OR hp_by_off.start <= hp_by.dateLast)
                        AND (hp_by_off.end IS NULL OR hp_by_off.endLast >= hp_by.date)
                        RETURN {id: hp_by_off.id, title: hp_by_off.title, start: CASE WHEN hp_by_off.startText IS NULL THEN null ELSE {value: hp_by_off.startText} END, end: CASE WHEN hp_by_off.endText IS NULL THEN null ELSE {value: hp_by_off.endText} END,
                          held: CASE WHEN (hp_by.date IS NOT NULL AND hp_by_off.start IS NOT NULL AND hp_by_off.end IS NOT NULL
                            AND hp_by_off.startLast <= hp_by.date AND hp_by_off.end >= hp_by.dateLast) THEN 'CERTAINLY' ELSE 'POSSIBLY' END,
                          organization: COLLECT { MATCH (hp_by_off)-[hp_by_off_org_r:IN_ORGANIZATION]->(hp_by_off_org:Entity) RETURN CASE WHEN hp_by_off_org IS NULL THEN null ELSE {id: hp_by_off_org.id, kind: head([typeLabel IN labels(hp_by_off_org) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_by_off_org:Statement THEN CASE WHEN size(hp_by_off_org.text) > 80 THEN left(hp_by_off_org.text, 79) + '…' ELSE hp_by_off_org.text END
                              ELSE coalesce(hp_by_off_org.name, hp_by_off_org.title, hp_by_off_org.label, hp_by_off_org.description, 'Round ' + toString(hp_by_off_org.ordinal), hp_by_off_org.publisher, hp_by_off_org.id) END} END AS item ORDER BY hp_by_off_org_r.seq LIMIT 1 }[0],
                          country: COLLECT { MATCH (hp_by_off)-[:IN_ORGANIZATION]->(hp_by_off_org:Organization)-[:OF_COUNTRY]->(hp_by_off_org_c:Country) RETURN CASE WHEN hp_by_off_org_c IS NULL THEN null ELSE {id: hp_by_off_org_c.id, kind: head([typeLabel IN labels(hp_by_off_org_c) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_by_off_org_c:Statement THEN CASE WHEN size(hp_by_off_org_c.text) > 80 THEN left(hp_by_off_org_c.text, 79) + '…' ELSE hp_by_off_org_c.text END
                              ELSE coalesce(hp_by_off_org_c.name, hp_by_off_org_c.title, hp_by_off_org_c.label, hp_by_off_org_c.description, 'Round ' + toString(hp_by_off_org_c.ordinal), hp_by_off_org_c.publisher, hp_by_off_org_c.id) END} END AS item  LIMIT 1 }[0]} AS item ORDER BY hp_by_off.start, hp_by_off.id LIMIT 50 },
                      occasion: COLLECT { MATCH (hp_by)-[:AT_EVENT]->(hp_by_ev:Event) RETURN {id: hp_by_ev.id, name: hp_by_ev.name, kind: hp_by_ev.kind, date: CASE WHEN hp_by_ev.dateText IS NULL THEN null ELSE {value: hp_by_ev.dateText} END, place: COLLECT { MATCH (hp_by_ev)-[hp_by_ev_place_r:HELD_IN]->(hp_by_ev_place:Entity) RETURN CASE WHEN hp_by_ev_place IS NULL THEN null ELSE {id: hp_by_ev_place.id, kind: head([typeLabel IN labels(hp_by_ev_place) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_by_ev_place:Statement THEN CASE WHEN size(hp_by_ev_place.text) > 80 THEN left(hp_by_ev_place.text, 79) + '…' ELSE hp_by_ev_place.text END
                              ELSE coalesce(hp_by_ev_place.name, hp_by_ev_place.title, hp_by_ev_place.label, hp_by_ev_place.description, 'Round ' + toString(hp_by_ev_place.ordinal), hp_by_ev_place.publisher, hp_by_ev_place.id) END} END AS item ORDER BY hp_by_ev_place_r.seq LIMIT 1 }[0]} AS item  LIMIT 1 }[0],
                      expresses: COLLECT { MATCH (hp_by)-[hp_by_pos_r:EXPRESSES]->(hp_by_pos:Position) RETURN [hp_by_pos_links IN [COLLECT { MATCH (hp_by_pos)-[hp_by_pos_lm_r:HELD_BY|TOWARD]->(hp_by_pos_lm:Entity)
                              RETURN {t: type(hp_by_pos_lm_r), ref: CASE WHEN hp_by_pos_lm IS NULL THEN null ELSE {id: hp_by_pos_lm.id, kind: head([typeLabel IN labels(hp_by_pos_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN hp_by_pos_lm:Statement THEN CASE WHEN size(hp_by_pos_lm.text) > 80 THEN left(hp_by_pos_lm.text, 79) + '…' ELSE hp_by_pos_lm.text END
                                  ELSE coalesce(hp_by_pos_lm.name, hp_by_pos_lm.title, hp_by_pos_lm.label, hp_by_pos_lm.description, 'Round ' + toString(hp_by_pos_lm.ordinal), hp_by_pos_lm.publisher, hp_by_pos_lm.id) END} END} AS item ORDER BY hp_by_pos_lm_r.seq, hp_by_pos_lm.id LIMIT 100 }]
                          | {id: hp_by_pos.id, stance: hp_by_pos.stance, stanceLabel: coalesce(COLLECT { MATCH (hp_by_pos_stance_def:StanceDefinition {code: hp_by_pos.stance}) RETURN hp_by_pos_stance_def.label }[0], hp_by_pos.stance),
                            modality: hp_by_pos.modality, condition: hp_by_pos.condition, holder: head([hp_by_pos_link IN hp_by_pos_links WHERE hp_by_pos_link.t = 'HELD_BY' | hp_by_pos_link.ref]), toward: head([hp_by_pos_link IN hp_by_pos_links WHERE hp_by_pos_link.t = 'TOWARD' | hp_by_pos_link.ref])}][0] AS item
                        ORDER BY hp_by_pos_r.seq LIMIT 50 },
                      renderings: COLLECT { MATCH hp_by_ren_path = (hp_by)-[:RENDERS]-{1,8}(hp_by_ren:Statement)
                        WHERE hp_by_ren <> hp_by AND none(hp_by_ren_i IN range(1, length(hp_by_ren_path) - 1)
                          WHERE startNode(relationships(hp_by_ren_path)[hp_by_ren_i - 1]) = startNode(relationships(hp_by_ren_path)[hp_by_ren_i])) WITH DISTINCT hp_by_ren ORDER BY hp_by_ren.language, hp_by_ren.id LIMIT 50
                        RETURN {id: hp_by_ren.id, kind: hp_by_ren.kind, language: hp_by_ren.language, text: hp_by_ren.text, evidence: COLLECT { MATCH (hp_by_ren)-[hp_by_ren_cit:CITES]->(hp_by_ren_src:Source)
                            RETURN {source: {id: hp_by_ren_src.id, title: hp_by_ren_src.title, publisher: hp_by_ren_src.publisher, url: hp_by_ren_src.url, published: CASE WHEN hp_by_ren_src.publishedText IS NULL THEN null ELSE {value: hp_by_ren_src.publishedText} END,
                                language: hp_by_ren_src.language, kind: hp_by_ren_src.kind, hypothetical: hp_by_ren_src.hypothetical},
                              span: CASE WHEN hp_by_ren_cit.start IS NULL THEN null ELSE {start: hp_by_ren_cit.start, end: hp_by_ren_cit.end, match: hp_by_ren_cit.match} END,
                              excerpt: CASE WHEN hp_by_ren_cit.start IS NOT NULL AND hp_by_ren_src.text IS NOT NULL THEN substring(hp_by_ren_src.text, hp_by_ren_cit.start, hp_by_ren_cit.end - hp_by_ren_cit.start) END,
                              note: hp_by_ren_cit.note} AS item
                            LIMIT 50 }} AS item },
                      evidence: COLLECT { MATCH (hp_by)-[hp_by_cit:CITES]->(hp_by_src:Source)
                        RETURN {source: {id: hp_by_src.id, title: hp_by_src.title, publisher: hp_by_src.publisher, url: hp_by_src.url, published: CASE WHEN hp_by_src.publishedText IS NULL THEN null ELSE {value: hp_by_src.publishedText} END,
                            language: hp_by_src.language, kind: hp_by_src.kind, hypothetical: hp_by_src.hypothetical},
                          span: CASE WHEN hp_by_cit.start IS NULL THEN null ELSE {start: hp_by_cit.start, end: hp_by_cit.end, match: hp_by_cit.match} END,
                          excerpt: CASE WHEN hp_by_cit.start IS NOT NULL AND hp_by_src.text IS NOT NULL THEN substring(hp_by_src.text, hp_by_cit.start, hp_by_cit.end - hp_by_cit.start) END,
                          note: hp_by_cit.note} AS item
                        LIMIT 50 }}][0] AS item
                  ORDER BY hp_by.date, hp_by.id LIMIT 20 } ELSE [] END,
                evidence: COLLECT { MATCH (hp)-[hp_cit:CITES]->(hp_src:Source)
                  RETURN {source: {id: hp_src.id, title: hp_src.title, publisher: hp_src.publisher, url: hp_src.url, published: CASE WHEN hp_src.publishedText IS NULL THEN null ELSE {value: hp_src.publishedText} END,
                      language: hp_src.language, kind: hp_src.kind, hypothetical: hp_src.hypothetical},
                    span: CASE WHEN hp_cit.start IS NULL THEN null ELSE {start: hp_cit.start, end: hp_cit.end, match: hp_cit.match} END,
                    excerpt: CASE WHEN hp_cit.start IS NOT NULL AND hp_src.text IS NOT NULL THEN substring(hp_src.text, hp_cit.start, hp_cit.end - hp_cit.start) END,
                    note: hp_cit.note} AS item
                  LIMIT 50 }}][0] AS item }}) AS items, collect(g.key) AS keys
    }
    RETURN items, keys, size(rows) > $limit AS more
  }
  RETURN size(found) AS total, items, keys, more } RETURN *
// parameters:
//   $actor = ""
//   $after = []
//   $anchors = [{"field":"toward","id":"conflict:middle-east-2026"}]
//   $asOf = "2026-03-03"
//   $limit = 20
//   $standingOn = "2026-03-03"
//   $toward = "conflict:middle-east-2026"
