// GraphQL:
// { thirdPartiesInTalks(involving: "country:IR", roles: [HOST, MEDIATOR, GUARANTOR]) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { actor { id kind name } role process { id name start { value } end { value } concerns { id kind name } } round { id ordinal label start { value } end { value } venue { id kind name } venueName outcome participants { participationId actor { id kind name } role round { id kind name } ledBy { id kind name } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } involvedAs { participationId actor { id kind name } role round { id kind name } ledBy { id kind name } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  MATCH (inv:Entity {id: $involving})
  CALL (inv) {
    CALL (inv) {
      MATCH (inv)<-[:OF_ACTOR]-(:Participation)-[:IN_PROCESS]->(proc:NegotiationProcess) RETURN proc
      UNION
      MATCH (inv)<-[:OF_MEMBER]-(:Membership)-[:IN_GROUP]->(:Organization)<-[:OF_ACTOR]-(:Participation)-[:IN_PROCESS]->(proc:NegotiationProcess)
      RETURN proc
    }
    WITH DISTINCT proc LIMIT 5000
    MATCH (proc)<-[:IN_PROCESS]-(pt:Participation)-[:OF_ACTOR]->(t)
    WHERE t <> inv AND pt.role IN $roles AND ($kind = '' OR $kind IN labels(t))
    AND NOT EXISTS { MATCH (inv)<-[:OF_MEMBER]-(:Membership)-[:IN_GROUP]->(t) }
    OPTIONAL MATCH (pt)-[:IN_ROUND]->(rnd:NegotiationRound)
    WITH proc, pt, t, rnd, [coalesce(coalesce(proc.start, COLLECT { MATCH (proc)<-[:OF_PROCESS]-(proc_r:NegotiationRound) RETURN proc_r.start AS item ORDER BY item LIMIT 1 }[0]), '\uFFFF'), proc.id, rnd IS NOT NULL, coalesce(rnd.start, '\uFFFF'),
      coalesce(t.name, '\uFFFF'), pt.role, pt.id, coalesce(rnd.id, '')] AS key
    ORDER BY key LIMIT 5000
    RETURN collect({key: key, proc: proc, pt: pt, t: t, rnd: rnd}) AS found
  }
  CALL (found, inv) {
    WITH found, inv, $after AS anchor
    WITH inv, [r IN found WHERE size($after) = 0 OR r.key > anchor][..$limit + 1] AS rows
    CALL (rows, inv) {
      UNWIND range(0, size(rows[..$limit]) - 1) AS i
      WITH i, rows[i] AS e
      WITH *, e.proc AS tpProc, e.pt AS tpPart, e.t AS tp, e.rnd AS tpRound
      ORDER BY i
      RETURN collect({actor: CASE WHEN tp IS NULL THEN null ELSE {id: tp.id, kind: head([typeLabel IN labels(tp) WHERE typeLabel <> 'Entity']), name: CASE WHEN tp:Statement THEN CASE WHEN size(tp.text) > 80 THEN left(tp.text, 79) + '…' ELSE tp.text END
            ELSE coalesce(tp.name, tp.title, tp.label, tp.description, 'Round ' + toString(tp.ordinal), tp.publisher, tp.id) END} END, role: tpPart.role, process: {id: tpProc.id, name: tpProc.name, start: CASE WHEN tpProc.startText IS NULL THEN null ELSE {value: tpProc.startText} END, end: CASE WHEN tpProc.endText IS NULL THEN null ELSE {value: tpProc.endText} END,
            concerns: COLLECT { MATCH (tpProc)-[tpProc_concerns_r:CONCERNS]->(tpProc_concerns:Entity) RETURN CASE WHEN tpProc_concerns IS NULL THEN null ELSE {id: tpProc_concerns.id, kind: head([typeLabel IN labels(tpProc_concerns) WHERE typeLabel <> 'Entity']), name: CASE WHEN tpProc_concerns:Statement THEN CASE WHEN size(tpProc_concerns.text) > 80 THEN left(tpProc_concerns.text, 79) + '…' ELSE tpProc_concerns.text END
                ELSE coalesce(tpProc_concerns.name, tpProc_concerns.title, tpProc_concerns.label, tpProc_concerns.description, 'Round ' + toString(tpProc_concerns.ordinal), tpProc_concerns.publisher, tpProc_concerns.id) END} END AS item ORDER BY tpProc_concerns_r.seq, tpProc_concerns.id LIMIT 50 }},
          round: CASE WHEN tpRound IS NULL THEN null ELSE {id: tpRound.id, ordinal: tpRound.ordinal, label: tpRound.label, start: CASE WHEN tpRound.startText IS NULL THEN null ELSE {value: tpRound.startText} END, end: CASE WHEN tpRound.endText IS NULL THEN null ELSE {value: tpRound.endText} END,
            outcome: tpRound.outcome,
            venue: COLLECT { MATCH (tpRound)-[tpRound_place_r:HELD_IN]->(tpRound_place:Entity) RETURN CASE WHEN tpRound_place IS NULL THEN null ELSE {id: tpRound_place.id, kind: head([typeLabel IN labels(tpRound_place) WHERE typeLabel <> 'Entity']), name: CASE WHEN tpRound_place:Statement THEN CASE WHEN size(tpRound_place.text) > 80 THEN left(tpRound_place.text, 79) + '…' ELSE tpRound_place.text END
                ELSE coalesce(tpRound_place.name, tpRound_place.title, tpRound_place.label, tpRound_place.description, 'Round ' + toString(tpRound_place.ordinal), tpRound_place.publisher, tpRound_place.id) END} END AS item ORDER BY tpRound_place_r.seq LIMIT 1 }[0],
            venueName: COLLECT { MATCH (tpRound)-[:HELD_IN]->(tpRound_venue:Place) RETURN CASE WHEN tpRound_venue IS NULL THEN null WHEN tpRound.start IS NULL THEN tpRound_venue.name ELSE coalesce(
                COLLECT { MATCH (tpRound_venue)-[:HAS_NAME]->(tpRound_venue_nm:Name)
                  WHERE tpRound_venue_nm.language = 'en' AND (tpRound_venue_nm.validFrom IS NULL OR tpRound_venue_nm.validFrom <= tpRound.start)
                  AND (tpRound_venue_nm.validTo IS NULL OR tpRound_venue_nm.validTo > tpRound.start)
                  RETURN tpRound_venue_nm.value AS item ORDER BY CASE tpRound_venue_nm.kind WHEN 'OFFICIAL' THEN 0 ELSE 1 END, tpRound_venue_nm.value LIMIT 1 }[0],
                tpRound_venue.name) END AS item  LIMIT 1 }[0],
            participants: COLLECT { MATCH (tpRound)<-[:IN_ROUND]-(tpRound_pt:Participation) RETURN [tpRound_pt_links IN [COLLECT { MATCH (tpRound_pt)-[tpRound_pt_lm_r:OF_ACTOR|IN_ROUND|LED_BY]->(tpRound_pt_lm:Entity)
                    RETURN {t: type(tpRound_pt_lm_r), ref: CASE WHEN tpRound_pt_lm IS NULL THEN null ELSE {id: tpRound_pt_lm.id, kind: head([typeLabel IN labels(tpRound_pt_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN tpRound_pt_lm:Statement THEN CASE WHEN size(tpRound_pt_lm.text) > 80 THEN left(tpRound_pt_lm.text, 79) + '…' ELSE tpRound_pt_lm.text END
                        ELSE coalesce(tpRound_pt_lm.name, tpRound_pt_lm.title, tpRound_pt_lm.label, tpRound_pt_lm.description, 'Round ' + toString(tpRound_pt_lm.ordinal), tpRound_pt_lm.publisher, tpRound_pt_lm.id) END} END} AS item ORDER BY tpRound_pt_lm_r.seq, tpRound_pt_lm.id LIMIT 150 }]
                | {participationId: tpRound_pt.id, role: tpRound_pt.role, actor: head([tpRound_pt_link IN tpRound_pt_links WHERE tpRound_pt_link.t = 'OF_ACTOR' | tpRound_pt_link.ref]), round: head([tpRound_pt_link IN tpRound_pt_links WHERE tpRound_pt_link.t = 'IN_ROUND' | tpRound_pt_link.ref]),
                  ledBy: head([tpRound_pt_link IN tpRound_pt_links WHERE tpRound_pt_link.t = 'LED_BY' | tpRound_pt_link.ref]), evidence: COLLECT { MATCH (tpRound_pt)-[tpRound_pt_cit:CITES]->(tpRound_pt_src:Source)
                    RETURN {source: {id: tpRound_pt_src.id, title: tpRound_pt_src.title, publisher: tpRound_pt_src.publisher, url: tpRound_pt_src.url, published: CASE WHEN tpRound_pt_src.publishedText IS NULL THEN null ELSE {value: tpRound_pt_src.publishedText} END,
                        language: tpRound_pt_src.language, kind: tpRound_pt_src.kind, hypothetical: tpRound_pt_src.hypothetical},
                      span: CASE WHEN tpRound_pt_cit.start IS NULL THEN null ELSE {start: tpRound_pt_cit.start, end: tpRound_pt_cit.end, match: tpRound_pt_cit.match} END,
                      excerpt: CASE WHEN tpRound_pt_cit.start IS NOT NULL AND tpRound_pt_src.text IS NOT NULL THEN substring(tpRound_pt_src.text, tpRound_pt_cit.start, tpRound_pt_cit.end - tpRound_pt_cit.start) END,
                      note: tpRound_pt_cit.note} AS item
                    LIMIT 50 }}][0] AS item
              ORDER BY tpRound_pt.role, tpRound_pt.id LIMIT 50 },
            evidence: COLLECT { MATCH (tpRound)-[tpRound_cit:CITES]->(tpRound_src:Source)
              RETURN {source: {id: tpRound_src.id, title: tpRound_src.title, publisher: tpRound_src.publisher, url: tpRound_src.url, published: CASE WHEN tpRound_src.publishedText IS NULL THEN null ELSE {value: tpRound_src.publishedText} END,
                  language: tpRound_src.language, kind: tpRound_src.kind, hypothetical: tpRound_src.hypothetical},
                span: CASE WHEN tpRound_cit.start IS NULL THEN null ELSE {start: tpRound_cit.start, end: tpRound_cit.end, match: tpRound_cit.match} END,
                excerpt: CASE WHEN tpRound_cit.start IS NOT NULL AND tpRound_src.text IS NOT NULL THEN substring(tpRound_src.text, tpRound_cit.start, tpRound_cit.end - tpRound_cit.start) END,
                note: tpRound_cit.note} AS item
              LIMIT 50 }} END,
          involvedAs: COLLECT { MATCH (tpProc)<-[:IN_PROCESS]-(own:Participation)-[:OF_ACTOR]->(who)
            WHERE (who = inv OR EXISTS { MATCH (inv)<-[:OF_MEMBER]-(:Membership)-[:IN_GROUP]->(who) })
            AND (tpRound IS NULL OR NOT EXISTS { (own)-[:IN_ROUND]->() } OR EXISTS { (own)-[:IN_ROUND]->(tpRound) })
            RETURN [own_links IN [COLLECT { MATCH (own)-[own_lm_r:OF_ACTOR|IN_ROUND|LED_BY]->(own_lm:Entity)
                  RETURN {t: type(own_lm_r), ref: CASE WHEN own_lm IS NULL THEN null ELSE {id: own_lm.id, kind: head([typeLabel IN labels(own_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN own_lm:Statement THEN CASE WHEN size(own_lm.text) > 80 THEN left(own_lm.text, 79) + '…' ELSE own_lm.text END
                      ELSE coalesce(own_lm.name, own_lm.title, own_lm.label, own_lm.description, 'Round ' + toString(own_lm.ordinal), own_lm.publisher, own_lm.id) END} END} AS item ORDER BY own_lm_r.seq, own_lm.id LIMIT 150 }]
              | {participationId: own.id, role: own.role, actor: head([own_link IN own_links WHERE own_link.t = 'OF_ACTOR' | own_link.ref]), round: head([own_link IN own_links WHERE own_link.t = 'IN_ROUND' | own_link.ref]),
                ledBy: head([own_link IN own_links WHERE own_link.t = 'LED_BY' | own_link.ref]), evidence: COLLECT { MATCH (own)-[own_cit:CITES]->(own_src:Source)
                  RETURN {source: {id: own_src.id, title: own_src.title, publisher: own_src.publisher, url: own_src.url, published: CASE WHEN own_src.publishedText IS NULL THEN null ELSE {value: own_src.publishedText} END,
                      language: own_src.language, kind: own_src.kind, hypothetical: own_src.hypothetical},
                    span: CASE WHEN own_cit.start IS NULL THEN null ELSE {start: own_cit.start, end: own_cit.end, match: own_cit.match} END,
                    excerpt: CASE WHEN own_cit.start IS NOT NULL AND own_src.text IS NOT NULL THEN substring(own_src.text, own_cit.start, own_cit.end - own_cit.start) END,
                    note: own_cit.note} AS item
                  LIMIT 50 }}][0] AS item ORDER BY own.role, own.id LIMIT 50 },
          evidence: COLLECT { MATCH (tpPart)-[tpPart_cit:CITES]->(tpPart_src:Source)
            RETURN {source: {id: tpPart_src.id, title: tpPart_src.title, publisher: tpPart_src.publisher, url: tpPart_src.url, published: CASE WHEN tpPart_src.publishedText IS NULL THEN null ELSE {value: tpPart_src.publishedText} END,
                language: tpPart_src.language, kind: tpPart_src.kind, hypothetical: tpPart_src.hypothetical},
              span: CASE WHEN tpPart_cit.start IS NULL THEN null ELSE {start: tpPart_cit.start, end: tpPart_cit.end, match: tpPart_cit.match} END,
              excerpt: CASE WHEN tpPart_cit.start IS NOT NULL AND tpPart_src.text IS NOT NULL THEN substring(tpPart_src.text, tpPart_cit.start, tpPart_cit.end - tpPart_cit.start) END,
              note: tpPart_cit.note} AS item
            LIMIT 50 }}) AS items, collect(e.key) AS keys
    }
    RETURN items, keys, size(rows) > $limit AS more
  }
  RETURN size(found) AS total, items, keys, more } RETURN *
// parameters:
//   $after = []
//   $anchors = [{"field":"involving","id":"country:IR"}]
//   $involving = "country:IR"
//   $kind = ""
//   $limit = 20
//   $roles = ["HOST","… 2 more"]
