// GraphQL:
// { graphOverview(top: 20) { counts { kind count } recentStatements { id kind text language date { value precision } context speaker { id kind name } onBehalfOf { id kind name } speakerOffices { id title organization { id kind name } country { id kind name } start { value } end { value } } occasion { id name kind date { value } place { id kind name } } about { id kind name } mentions { id kind name } expresses { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } renderings { id kind language text evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } topConflicts { entity { id kind name } statementCount latest { value } rounds } topProcesses { entity { id kind name } statementCount latest { value } rounds } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  CALL () {
    MATCH (s:Statement) WHERE $top > 0 AND s.date IS NOT NULL
    WITH s ORDER BY s.date DESC, s.id LIMIT $top
    RETURN collect([s_links IN [COLLECT { MATCH (s)-[s_lm_r:SPOKEN_BY|ON_BEHALF_OF|DELIVERED_BY|ABOUT|MENTIONS]->(s_lm:Entity)
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
            LIMIT 50 }}][0]) AS recent
  }
  CALL () {
    MATCH (c:Conflict) WHERE $top > 0
    WITH c, COUNT { (c)<-[:ABOUT]-() } AS about
    CALL (c, about) {
      WITH c WHERE about <= $bound
      MATCH (c)<-[:TOWARD]-(p:Position)
      RETURN collect(COUNT { (p)<-[:EXPRESSES]-() }) AS expressing
    }
    WITH c, [about] + expressing AS degrees
    RETURN collect({c: c, upper: reduce(t = 0, d IN degrees | t + d), lower: reduce(m = 0, d IN degrees | CASE WHEN d > m THEN d ELSE m END)}) AS figures
  }
  CALL (figures) {
    UNWIND figures AS f
    WITH f.c AS c, f.upper AS upper, f.lower AS lower
    WITH c, lower, upper <= $bound AS exact
    CALL (c, exact) {
      WITH c WHERE exact
      CALL (c) { MATCH (s:Statement)-[:ABOUT]->(c) RETURN s
        UNION
        MATCH (s:Statement)-[:EXPRESSES]->(:Position)-[:TOWARD]->(c) RETURN s }
      RETURN collect(DISTINCT s) AS said
    }
    WITH c, exact, CASE WHEN exact THEN size(said) ELSE lower END AS statementCount, said
    ORDER BY statementCount DESC, c.name, c.id LIMIT $top
    OPTIONAL CALL (c, exact) {
      WITH c WHERE NOT exact
      MATCH (s:Statement) WHERE s.date IS NOT NULL
      WITH c, s ORDER BY s.date DESC LIMIT $bound
      WITH s WHERE c IN [(s)-[:ABOUT]->(x:Conflict) | x] + [(s)-[:EXPRESSES]->(:Position)-[:TOWARD]->(x:Conflict) | x]
      RETURN s AS sampled ORDER BY s.date DESC LIMIT 1
    }
    WITH c, exact, statementCount, CASE WHEN exact
    THEN COLLECT { UNWIND said AS x WITH x WHERE x.date IS NOT NULL RETURN x ORDER BY x.date DESC LIMIT 1 }[0]
    ELSE sampled END AS newest
    ORDER BY statementCount DESC, c.name, c.id
    RETURN collect({entity: CASE WHEN c IS NULL THEN null ELSE {id: c.id, kind: head([typeLabel IN labels(c) WHERE typeLabel <> 'Entity']), name: CASE WHEN c:Statement THEN CASE WHEN size(c.text) > 80 THEN left(c.text, 79) + '…' ELSE c.text END
          ELSE coalesce(c.name, c.title, c.label, c.description, 'Round ' + toString(c.ordinal), c.publisher, c.id) END} END, statementCount: statementCount, statementCountIsLowerBound: NOT exact,
        latest: CASE WHEN newest.dateText IS NULL THEN null ELSE {value: newest.dateText} END}) AS conflicts
  }
  CALL (figures) {
    MATCH (n:NegotiationProcess) WHERE $top > 0
    WITH n, figures,
    [COUNT { (n)<-[:ABOUT]-() }, COUNT { (n)<-[:MENTIONS]-() }, COUNT { (n)<-[:ABOUT_PROCESS]-() }]
    + COLLECT { MATCH (n)<-[:OF_PROCESS]-(r:NegotiationRound) RETURN COUNT { (r)<-[:AT_ROUND]-() } } AS own,
    COLLECT { MATCH (n)-[:CONCERNS]->(c:Conflict) RETURN c } AS concerned
    WITH n, own, [f IN figures WHERE f.c IN concerned] AS onConflicts
    WITH n, reduce(t = 0, d IN own | t + d) + reduce(t = 0, d IN [f IN onConflicts | f.upper] | t + d) AS upper, reduce(m = 0, d IN own + [f IN onConflicts | f.lower] | CASE WHEN d > m THEN d ELSE m END) AS lower
    WITH n, lower, upper <= $bound AS exact
    CALL (n, exact) {
      WITH n WHERE exact
      CALL (n) { MATCH (s:Statement)-[:ABOUT|MENTIONS|ABOUT_PROCESS]->(n) RETURN s
        UNION
        MATCH (s:Statement)-[:AT_ROUND]->(:NegotiationRound)-[:OF_PROCESS]->(n) RETURN s
        UNION
        MATCH (n)-[:CONCERNS]->(c:Conflict) CALL (c) { MATCH (s:Statement)-[:ABOUT]->(c) RETURN s
          UNION
          MATCH (s:Statement)-[:EXPRESSES]->(:Position)-[:TOWARD]->(c) RETURN s } RETURN s }
      RETURN collect(DISTINCT s) AS said
    }
    WITH n, exact, CASE WHEN exact THEN size(said) ELSE lower END AS statementCount, said
    ORDER BY statementCount DESC, n.name, n.id LIMIT $top
    OPTIONAL CALL (n, exact) {
      WITH n WHERE NOT exact
      MATCH (s:Statement) WHERE s.date IS NOT NULL
      WITH n, s ORDER BY s.date DESC LIMIT $bound
      WITH s WHERE n IN [(s)-[:ABOUT|MENTIONS|ABOUT_PROCESS]->(x) | x] + [(s)-[:AT_ROUND]->(:NegotiationRound)-[:OF_PROCESS]->(x) | x]
      OR any(x IN [(s)-[:ABOUT]->(x:Conflict) | x] + [(s)-[:EXPRESSES]->(:Position)-[:TOWARD]->(x:Conflict) | x] WHERE (x)<-[:CONCERNS]-(n))
      RETURN s AS sampled ORDER BY s.date DESC LIMIT 1
    }
    WITH n, exact, statementCount, CASE WHEN exact
    THEN COLLECT { UNWIND said AS x WITH x WHERE x.date IS NOT NULL RETURN x ORDER BY x.date DESC LIMIT 1 }[0]
    ELSE sampled END AS newest
    ORDER BY statementCount DESC, n.name, n.id
    RETURN collect({entity: CASE WHEN n IS NULL THEN null ELSE {id: n.id, kind: head([typeLabel IN labels(n) WHERE typeLabel <> 'Entity']), name: CASE WHEN n:Statement THEN CASE WHEN size(n.text) > 80 THEN left(n.text, 79) + '…' ELSE n.text END
          ELSE coalesce(n.name, n.title, n.label, n.description, 'Round ' + toString(n.ordinal), n.publisher, n.id) END} END, statementCount: statementCount, statementCountIsLowerBound: NOT exact,
        latest: CASE WHEN newest.dateText IS NULL THEN null ELSE {value: newest.dateText} END, rounds: COUNT { (n)<-[:OF_PROCESS]-(:NegotiationRound) }}) AS processes
  }
  RETURN [{kind: 'Source', count: COUNT { (:Source) }}, {kind: 'Country', count: COUNT { (:Country) }}, {kind: 'Person', count: COUNT { (:Person) }}, {kind: 'Organization', count: COUNT { (:Organization) }}, {kind: 'Place', count: COUNT { (:Place) }}, {kind: 'Dateline', count: COUNT { (:Dateline) }}, {kind: 'Membership', count: COUNT { (:Membership) }}, {kind: 'Office', count: COUNT { (:Office) }}, {kind: 'Event', count: COUNT { (:Event) }}, {kind: 'Attendance', count: COUNT { (:Attendance) }}, {kind: 'Conflict', count: COUNT { (:Conflict) }}, {kind: 'Involvement', count: COUNT { (:Involvement) }}, {kind: 'NegotiationProcess', count: COUNT { (:NegotiationProcess) }}, {kind: 'NegotiationRound', count: COUNT { (:NegotiationRound) }}, {kind: 'StanceDefinition', count: COUNT { (:StanceDefinition) }}, {kind: 'Position', count: COUNT { (:Position) }}, {kind: 'Statement', count: COUNT { (:Statement) }}, {kind: 'Participation', count: COUNT { (:Participation) }}, {kind: 'EvacuationOperation', count: COUNT { (:EvacuationOperation) }}, {kind: 'EvacuationMovement', count: COUNT { (:EvacuationMovement) }}] AS counts, recent, conflicts, processes } RETURN *
// parameters:
//   $anchors = []
//   $bound = 1000
//   $top = 20
