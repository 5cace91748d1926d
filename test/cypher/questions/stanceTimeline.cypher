// GraphQL:
// { stanceTimeline(actor: "country:KZ", first: 50) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { date { value precision } kind stance { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } previous { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } presentedAsUnchanged statement { id kind text language date { value precision } context speaker { id kind name } onBehalfOf { id kind name } speakerOffices { id title organization { id kind name } country { id kind name } start { value } end { value } } occasion { id name kind date { value } place { id kind name } } about { id kind name } mentions { id kind name } expresses { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } renderings { id kind language text evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  MATCH (a:Entity {id: $actor})
  CALL (a) {
    MATCH (a)<-[:HELD_BY]-(p:Position)
    WHERE ($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Conflict {id: $toward}) })
    AND ($stance = '' OR p.stance = $stance)
    WITH p ORDER BY p.id LIMIT 5000
    CALL (p) {
      MATCH (s:Statement)-[:EXPRESSES]->(p)
      WHERE NOT EXISTS { MATCH earlier_path = (s)-[:RENDERS]-{1,8}(earlier:Statement)
        WHERE earlier <> s AND none(earlier_i IN range(1, length(earlier_path) - 1)
          WHERE startNode(relationships(earlier_path)[earlier_i - 1]) = startNode(relationships(earlier_path)[earlier_i])) AND earlier.id < s.id AND EXISTS { (earlier)-[:EXPRESSES]->(p) } }
      WITH p, s ORDER BY s.date, s.id LIMIT 50
      WITH p, collect(s) AS said
      UNWIND range(0, size(said) - 1) AS i
      WITH p, said[i] AS s, i,
      CASE WHEN i > 0 THEN 'REAFFIRMED'
      WHEN EXISTS { MATCH (p)-[:SUPERSEDES]->(:Position) } THEN 'CHANGED'
      WHEN EXISTS { MATCH (p)-[:REAFFIRMS]->(:Position) } OR p.presentedAsUnchanged THEN 'REAFFIRMED'
      ELSE 'STATED' END AS kind
      RETURN s.date AS day, kind, s
      UNION
      WITH p WHERE p.until IS NOT NULL AND NOT EXISTS { MATCH (p)<-[:SUPERSEDES]-(:Position) }
      RETURN p.until AS day, 'WITHDRAWN' AS kind, null AS s }
    WITH day, kind, p, s, [coalesce(day, '\uFFFF'), CASE kind WHEN 'STATED' THEN 0 WHEN 'CHANGED' THEN 1 WHEN 'REAFFIRMED' THEN 2 ELSE 3 END, p.id, coalesce(s.id, '')] AS key
    ORDER BY key LIMIT 5000
    RETURN collect({key: key, kind: kind, p: p, s: s,
        first: s IS NOT NULL AND NOT EXISTS { MATCH (p)<-[:EXPRESSES]-(said:Statement) WHERE said.date < s.date OR (said.date = s.date AND said.id < s.id) }}) AS found
  }
  CALL (found) {
    WITH found, $after AS anchor
    WITH [r IN found WHERE size($after) = 0 OR r.key > anchor][..$limit + 1] AS rows
    CALL (rows) {
      UNWIND range(0, size(rows[..$limit]) - 1) AS i
      WITH i, rows[i] AS e
      WITH *, e.p AS ep, e.s AS es
      ORDER BY i
      RETURN collect({
          date: CASE WHEN e.kind = 'WITHDRAWN' THEN CASE WHEN ep.untilText IS NULL THEN null ELSE {value: ep.untilText} END ELSE CASE WHEN es.dateText IS NULL THEN null ELSE {value: es.dateText} END END,
          kind: e.kind,
          stance: [ep_links IN [COLLECT { MATCH (ep)-[ep_lm_r:HELD_BY|TOWARD]->(ep_lm:Entity)
                RETURN {t: type(ep_lm_r), ref: CASE WHEN ep_lm IS NULL THEN null ELSE {id: ep_lm.id, kind: head([typeLabel IN labels(ep_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN ep_lm:Statement THEN CASE WHEN size(ep_lm.text) > 80 THEN left(ep_lm.text, 79) + '…' ELSE ep_lm.text END
                    ELSE coalesce(ep_lm.name, ep_lm.title, ep_lm.label, ep_lm.description, 'Round ' + toString(ep_lm.ordinal), ep_lm.publisher, ep_lm.id) END} END} AS item ORDER BY ep_lm_r.seq, ep_lm.id LIMIT 100 }]
            | {id: ep.id, stance: ep.stance, stanceLabel: coalesce(COLLECT { MATCH (ep_stance_def:StanceDefinition {code: ep.stance}) RETURN ep_stance_def.label }[0], ep.stance),
              modality: ep.modality, condition: ep.condition, holder: head([ep_link IN ep_links WHERE ep_link.t = 'HELD_BY' | ep_link.ref]), toward: head([ep_link IN ep_links WHERE ep_link.t = 'TOWARD' | ep_link.ref])}][0],
          previous: CASE e.kind
          WHEN 'CHANGED' THEN COLLECT { MATCH (ep)-[:SUPERSEDES]->(prev:Position) RETURN [prev_links IN [COLLECT { MATCH (prev)-[prev_lm_r:HELD_BY|TOWARD]->(prev_lm:Entity)
                  RETURN {t: type(prev_lm_r), ref: CASE WHEN prev_lm IS NULL THEN null ELSE {id: prev_lm.id, kind: head([typeLabel IN labels(prev_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN prev_lm:Statement THEN CASE WHEN size(prev_lm.text) > 80 THEN left(prev_lm.text, 79) + '…' ELSE prev_lm.text END
                      ELSE coalesce(prev_lm.name, prev_lm.title, prev_lm.label, prev_lm.description, 'Round ' + toString(prev_lm.ordinal), prev_lm.publisher, prev_lm.id) END} END} AS item ORDER BY prev_lm_r.seq, prev_lm.id LIMIT 100 }]
              | {id: prev.id, stance: prev.stance, stanceLabel: coalesce(COLLECT { MATCH (prev_stance_def:StanceDefinition {code: prev.stance}) RETURN prev_stance_def.label }[0], prev.stance),
                modality: prev.modality, condition: prev.condition, holder: head([prev_link IN prev_links WHERE prev_link.t = 'HELD_BY' | prev_link.ref]), toward: head([prev_link IN prev_links WHERE prev_link.t = 'TOWARD' | prev_link.ref])}][0] AS item LIMIT 1 }
          WHEN 'REAFFIRMED' THEN COLLECT { MATCH (ep)-[:REAFFIRMS]->(prev:Position) WHERE e.first
            RETURN [prev_links IN [COLLECT { MATCH (prev)-[prev_lm_r:HELD_BY|TOWARD]->(prev_lm:Entity)
                  RETURN {t: type(prev_lm_r), ref: CASE WHEN prev_lm IS NULL THEN null ELSE {id: prev_lm.id, kind: head([typeLabel IN labels(prev_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN prev_lm:Statement THEN CASE WHEN size(prev_lm.text) > 80 THEN left(prev_lm.text, 79) + '…' ELSE prev_lm.text END
                      ELSE coalesce(prev_lm.name, prev_lm.title, prev_lm.label, prev_lm.description, 'Round ' + toString(prev_lm.ordinal), prev_lm.publisher, prev_lm.id) END} END} AS item ORDER BY prev_lm_r.seq, prev_lm.id LIMIT 100 }]
              | {id: prev.id, stance: prev.stance, stanceLabel: coalesce(COLLECT { MATCH (prev_stance_def:StanceDefinition {code: prev.stance}) RETURN prev_stance_def.label }[0], prev.stance),
                modality: prev.modality, condition: prev.condition, holder: head([prev_link IN prev_links WHERE prev_link.t = 'HELD_BY' | prev_link.ref]), toward: head([prev_link IN prev_links WHERE prev_link.t = 'TOWARD' | prev_link.ref])}][0] AS item ORDER BY prev.id LIMIT 50 }
          ELSE [] END,
          presentedAsUnchanged: e.kind <> 'WITHDRAWN' AND coalesce(ep.presentedAsUnchanged, false),
          statement: CASE WHEN es IS NULL THEN null ELSE [es_links IN [COLLECT { MATCH (es)-[es_lm_r:SPOKEN_BY|ON_BEHALF_OF|DELIVERED_BY|ABOUT|MENTIONS]->(es_lm:Entity)
                RETURN {t: type(es_lm_r), ref: CASE WHEN es_lm IS NULL THEN null ELSE {id: es_lm.id, kind: head([typeLabel IN labels(es_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN es_lm:Statement THEN CASE WHEN size(es_lm.text) > 80 THEN left(es_lm.text, 79) + '…' ELSE es_lm.text END
                    ELSE coalesce(es_lm.name, es_lm.title, es_lm.label, es_lm.description, 'Round ' + toString(es_lm.ordinal), es_lm.publisher, es_lm.id) END} END} AS item ORDER BY es_lm_r.seq, es_lm.id LIMIT 250 }]
            | {id: es.id, kind: es.kind, text: es.text, language: es.language, date: CASE WHEN es.dateText IS NULL THEN null ELSE {value: es.dateText} END,
              context: es.context, speaker: head([es_link IN es_links WHERE es_link.t = 'SPOKEN_BY' | es_link.ref]), onBehalfOf: head([es_link IN es_links WHERE es_link.t = 'ON_BEHALF_OF' | es_link.ref]), onBehalfOfAll: [es_link IN es_links WHERE es_link.t = 'ON_BEHALF_OF' | es_link.ref][..50],
              deliveredBy: head([es_link IN es_links WHERE es_link.t = 'DELIVERED_BY' | es_link.ref]), deliveryRole: es.deliveryRole,
              about: [es_link IN es_links WHERE es_link.t = 'ABOUT' | es_link.ref][..50], mentions: [es_link IN es_links WHERE es_link.t = 'MENTIONS' | es_link.ref][..50],
              speakerOffices: COLLECT { MATCH (es)-[:SPOKEN_BY]->(:Person)<-[:HELD_BY]-(es_off:Office) WHERE es.date IS NOT NULL AND (es_off.start IS NULL OR es_off.start <= es.dateLast)
                AND (es_off.end IS NULL OR es_off.endLast >= es.date)
                RETURN {id: es_off.id, title: es_off.title, start: CASE WHEN es_off.startText IS NULL THEN null ELSE {value: es_off.startText} END, end: CASE WHEN es_off.endText IS NULL THEN null ELSE {value: es_off.endText} END,
                  held: CASE WHEN (es.date IS NOT NULL AND es_off.start IS NOT NULL AND es_off.end IS NOT NULL
                    AND es_off.startLast <= es.date AND es_off.end >= es.dateLast) THEN 'CERTAINLY' ELSE 'POSSIBLY' END,
                  organization: COLLECT { MATCH (es_off)-[es_off_org_r:IN_ORGANIZATION]->(es_off_org:Entity) RETURN CASE WHEN es_off_org IS NULL THEN null ELSE {id: es_off_org.id, kind: head([typeLabel IN labels(es_off_org) WHERE typeLabel <> 'Entity']), name: CASE WHEN es_off_org:Statement THEN CASE WHEN size(es_off_org.text) > 80 THEN left(es_off_org.text, 79) + '…' ELSE es_off_org.text END
                      ELSE coalesce(es_off_org.name, es_off_org.title, es_off_org.label, es_off_org.description, 'Round ' + toString(es_off_org.ordinal), es_off_org.publisher, es_off_org.id) END} END AS item ORDER BY es_off_org_r.seq LIMIT 1 }[0],
                  country: COLLECT { MATCH (es_off)-[:IN_ORGANIZATION]->(es_off_org:Organization)-[:OF_COUNTRY]->(es_off_org_c:Country) RETURN CASE WHEN es_off_org_c IS NULL THEN null ELSE {id: es_off_org_c.id, kind: head([typeLabel IN labels(es_off_org_c) WHERE typeLabel <> 'Entity']), name: CASE WHEN es_off_org_c:Statement THEN CASE WHEN size(es_off_org_c.text) > 80 THEN left(es_off_org_c.text, 79) + '…' ELSE es_off_org_c.text END
                      ELSE coalesce(es_off_org_c.name, es_off_org_c.title, es_off_org_c.label, es_off_org_c.description, 'Round ' + toString(es_off_org_c.ordinal), es_off_org_c.publisher, es_off_org_c.id) END} END AS item  LIMIT 1 }[0]} AS item ORDER BY es_off.start, es_off.id LIMIT 50 },
              occasion: COLLECT { MATCH (es)-[:AT_EVENT]->(es_ev:Event) RETURN {id: es_ev.id, name: es_ev.name, kind: es_ev.kind, date: CASE WHEN es_ev.dateText IS NULL THEN null ELSE {value: es_ev.dateText} END, place: COLLECT { MATCH (es_ev)-[es_ev_place_r:HELD_IN]->(es_ev_place:Entity) RETURN CASE WHEN es_ev_place IS NULL THEN null ELSE {id: es_ev_place.id, kind: head([typeLabel IN labels(es_ev_place) WHERE typeLabel <> 'Entity']), name: CASE WHEN es_ev_place:Statement THEN CASE WHEN size(es_ev_place.text) > 80 THEN left(es_ev_place.text, 79) + '…' ELSE es_ev_place.text END
                      ELSE coalesce(es_ev_place.name, es_ev_place.title, es_ev_place.label, es_ev_place.description, 'Round ' + toString(es_ev_place.ordinal), es_ev_place.publisher, es_ev_place.id) END} END AS item ORDER BY es_ev_place_r.seq LIMIT 1 }[0]} AS item  LIMIT 1 }[0],
              expresses: COLLECT { MATCH (es)-[es_pos_r:EXPRESSES]->(es_pos:Position) RETURN [es_pos_links IN [COLLECT { MATCH (es_pos)-[es_pos_lm_r:HELD_BY|TOWARD]->(es_pos_lm:Entity)
                      RETURN {t: type(es_pos_lm_r), ref: CASE WHEN es_pos_lm IS NULL THEN null ELSE {id: es_pos_lm.id, kind: head([typeLabel IN labels(es_pos_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN es_pos_lm:Statement THEN CASE WHEN size(es_pos_lm.text) > 80 THEN left(es_pos_lm.text, 79) + '…' ELSE es_pos_lm.text END
                          ELSE coalesce(es_pos_lm.name, es_pos_lm.title, es_pos_lm.label, es_pos_lm.description, 'Round ' + toString(es_pos_lm.ordinal), es_pos_lm.publisher, es_pos_lm.id) END} END} AS item ORDER BY es_pos_lm_r.seq, es_pos_lm.id LIMIT 100 }]
                  | {id: es_pos.id, stance: es_pos.stance, stanceLabel: coalesce(COLLECT { MATCH (es_pos_stance_def:StanceDefinition {code: es_pos.stance}) RETURN es_pos_stance_def.label }[0], es_pos.stance),
                    modality: es_pos.modality, condition: es_pos.condition, holder: head([es_pos_link IN es_pos_links WHERE es_pos_link.t = 'HELD_BY' | es_pos_link.ref]), toward: head([es_pos_link IN es_pos_links WHERE es_pos_link.t = 'TOWARD' | es_pos_link.ref])}][0] AS item
                ORDER BY es_pos_r.seq LIMIT 50 },
              renderings: COLLECT { MATCH es_ren_path = (es)-[:RENDERS]-{1,8}(es_ren:Statement)
                WHERE es_ren <> es AND none(es_ren_i IN range(1, length(es_ren_path) - 1)
                  WHERE startNode(relationships(es_ren_path)[es_ren_i - 1]) = startNode(relationships(es_ren_path)[es_ren_i])) WITH DISTINCT es_ren ORDER BY es_ren.language, es_ren.id LIMIT 50
                RETURN {id: es_ren.id, kind: es_ren.kind, language: es_ren.language, text: es_ren.text, evidence: COLLECT { MATCH (es_ren)-[es_ren_cit:CITES]->(es_ren_src:Source)
                    RETURN {source: {id: es_ren_src.id, title: es_ren_src.title, publisher: es_ren_src.publisher, url: es_ren_src.url, published: CASE WHEN es_ren_src.publishedText IS NULL THEN null ELSE {value: es_ren_src.publishedText} END,
                        language: es_ren_src.language, kind: es_ren_src.kind, hypothetical: es_ren_src.hypothetical},
                      span: CASE WHEN es_ren_cit.start IS NULL THEN null ELSE {start: es_ren_cit.start, end: es_ren_cit.end, match: es_ren_cit.match} END,
                      excerpt: CASE WHEN es_ren_cit.start IS NOT NULL AND es_ren_src.text IS NOT NULL THEN substring(es_ren_src.text, es_ren_cit.start, es_ren_cit.end - es_ren_cit.start) END,
                      note: es_ren_cit.note} AS item
                    LIMIT 50 }} AS item },
              evidence: COLLECT { MATCH (es)-[es_cit:CITES]->(es_src:Source)
                RETURN {source: {id: es_src.id, title: es_src.title, publisher: es_src.publisher, url: es_src.url, published: CASE WHEN es_src.publishedText IS NULL THEN null ELSE {value: es_src.publishedText} END,
                    language: es_src.language, kind: es_src.kind, hypothetical: es_src.hypothetical},
                  span: CASE WHEN es_cit.start IS NULL THEN null ELSE {start: es_cit.start, end: es_cit.end, match: es_cit.match} END,
                  excerpt: CASE WHEN es_cit.start IS NOT NULL AND es_src.text IS NOT NULL THEN substring(es_src.text, es_cit.start, es_cit.end - es_cit.start) END,
                  note: es_cit.note} AS item
                LIMIT 50 }}][0] END,
          evidence: CASE WHEN es IS NULL THEN COLLECT { MATCH (ep)-[ep_cit:CITES]->(ep_src:Source)
            RETURN {source: {id: ep_src.id, title: ep_src.title, publisher: ep_src.publisher, url: ep_src.url, published: CASE WHEN ep_src.publishedText IS NULL THEN null ELSE {value: ep_src.publishedText} END,
                language: ep_src.language, kind: ep_src.kind, hypothetical: ep_src.hypothetical},
              span: CASE WHEN ep_cit.start IS NULL THEN null ELSE {start: ep_cit.start, end: ep_cit.end, match: ep_cit.match} END,
              excerpt: CASE WHEN ep_cit.start IS NOT NULL AND ep_src.text IS NOT NULL THEN substring(ep_src.text, ep_cit.start, ep_cit.end - ep_cit.start) END,
              note: ep_cit.note} AS item
            LIMIT 50 } ELSE COLLECT { MATCH (es)-[es_cit:CITES]->(es_src:Source)
            RETURN {source: {id: es_src.id, title: es_src.title, publisher: es_src.publisher, url: es_src.url, published: CASE WHEN es_src.publishedText IS NULL THEN null ELSE {value: es_src.publishedText} END,
                language: es_src.language, kind: es_src.kind, hypothetical: es_src.hypothetical},
              span: CASE WHEN es_cit.start IS NULL THEN null ELSE {start: es_cit.start, end: es_cit.end, match: es_cit.match} END,
              excerpt: CASE WHEN es_cit.start IS NOT NULL AND es_src.text IS NOT NULL THEN substring(es_src.text, es_cit.start, es_cit.end - es_cit.start) END,
              note: es_cit.note} AS item
            LIMIT 50 } END
        }) AS items, collect(e.key) AS keys
    }
    RETURN items, keys, size(rows) > $limit AS more
  }
  RETURN size(found) AS total, items, keys, more } RETURN *
// parameters:
//   $actor = "country:KZ"
//   $after = []
//   $anchors = [{"field":"actor","id":"country:KZ"}]
//   $limit = 50
//   $stance = ""
//   $toward = ""
