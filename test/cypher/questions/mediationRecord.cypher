// GraphQL:
// { mediationRecord(actor: "country:KZ") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { process { id name start { value } end { value } concerns { id kind name } } roles { participationId actor { id kind name } role round { id kind name } ledBy { id kind name } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } rounds { id ordinal label start { value } end { value } venue { id kind name } venueName outcome participants { participationId actor { id kind name } role round { id kind name } ledBy { id kind name } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } otherParticipants { participationId actor { id kind name } role round { id kind name } ledBy { id kind name } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  MATCH (a:Entity {id: $actor})
  CALL (a) {
    MATCH (a)<-[:OF_ACTOR]-(mine:Participation)-[:IN_PROCESS]->(proc)
    WHERE $role = '' OR mine.role = $role
    WITH proc, collect(mine) AS mine LIMIT 5001
    RETURN collect({proc: proc, mine: mine}) AS candidates
  }
  WITH a, candidates[..5000] AS found, size(candidates) > 5000 AS partial
  CALL (found) {
    UNWIND found AS x
    WITH x.proc AS proc, x.mine AS mine
    WITH proc, mine, coalesce(coalesce(proc.start, COLLECT { MATCH (proc)<-[:OF_PROCESS]-(proc_r:NegotiationRound) RETURN proc_r.start AS item ORDER BY item LIMIT 1 }[0]), '~') AS start, coalesce(proc.name, '') AS name
    WHERE $afterId = '' OR start > $afterStart OR (start = $afterStart AND (name > $afterName OR (name = $afterName AND proc.id > $afterId)))
    WITH proc, mine, start, name ORDER BY start, name, proc.id LIMIT $limit + 1
    RETURN collect({proc: proc, mine: mine, start: start, name: name}) AS ranked
  }
  CALL (a, ranked) {
    UNWIND range(0, size(ranked[..$limit]) - 1) AS i
    WITH a, i, ranked[i].proc AS proc, ranked[i].mine AS mine, ranked[i] AS key
    ORDER BY i
    RETURN collect({node: {
          process: {id: proc.id, name: proc.name, start: CASE WHEN proc.startText IS NULL THEN null ELSE {value: proc.startText} END, end: CASE WHEN proc.endText IS NULL THEN null ELSE {value: proc.endText} END,
            concerns: COLLECT { MATCH (proc)-[proc_concerns_r:CONCERNS]->(proc_concerns:Entity) RETURN CASE WHEN proc_concerns IS NULL THEN null ELSE {id: proc_concerns.id, kind: head([typeLabel IN labels(proc_concerns) WHERE typeLabel <> 'Entity']), name: CASE WHEN proc_concerns:Statement THEN CASE WHEN size(proc_concerns.text) > 80 THEN left(proc_concerns.text, 79) + '…' ELSE proc_concerns.text END
                ELSE coalesce(proc_concerns.name, proc_concerns.title, proc_concerns.label, proc_concerns.description, 'Round ' + toString(proc_concerns.ordinal), proc_concerns.publisher, proc_concerns.id) END} END AS item ORDER BY proc_concerns_r.seq, proc_concerns.id LIMIT 50 }},
          roles: COLLECT { UNWIND mine AS role
            RETURN [role_links IN [COLLECT { MATCH (role)-[role_lm_r:OF_ACTOR|IN_ROUND|LED_BY]->(role_lm:Entity)
                  RETURN {t: type(role_lm_r), ref: CASE WHEN role_lm IS NULL THEN null ELSE {id: role_lm.id, kind: head([typeLabel IN labels(role_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN role_lm:Statement THEN CASE WHEN size(role_lm.text) > 80 THEN left(role_lm.text, 79) + '…' ELSE role_lm.text END
                      ELSE coalesce(role_lm.name, role_lm.title, role_lm.label, role_lm.description, 'Round ' + toString(role_lm.ordinal), role_lm.publisher, role_lm.id) END} END} AS item ORDER BY role_lm_r.seq, role_lm.id LIMIT 150 }]
              | {participationId: role.id, role: role.role, actor: head([role_link IN role_links WHERE role_link.t = 'OF_ACTOR' | role_link.ref]), round: head([role_link IN role_links WHERE role_link.t = 'IN_ROUND' | role_link.ref]),
                ledBy: head([role_link IN role_links WHERE role_link.t = 'LED_BY' | role_link.ref]), evidence: CASE WHEN $withEvidence THEN COLLECT { MATCH (role)-[role_cit:CITES]->(role_src:Source)
                  RETURN {source: {id: role_src.id, title: role_src.title, publisher: role_src.publisher, url: role_src.url, published: CASE WHEN role_src.publishedText IS NULL THEN null ELSE {value: role_src.publishedText} END,
                      language: role_src.language, kind: role_src.kind, hypothetical: role_src.hypothetical},
                    span: CASE WHEN role_cit.start IS NULL THEN null ELSE {start: role_cit.start, end: role_cit.end, match: role_cit.match} END,
                    excerpt: CASE WHEN role_cit.start IS NOT NULL AND role_src.text IS NOT NULL THEN substring(role_src.text, role_cit.start, role_cit.end - role_cit.start) END,
                    note: role_cit.note} AS item
                  LIMIT 50 } ELSE [] END}][0] AS item
            ORDER BY COLLECT { MATCH (role)-[:IN_ROUND]->(r) RETURN r.start AS d LIMIT 1 }[0], role.role, role.id LIMIT 50 },
          rounds: CASE WHEN any(role IN mine WHERE NOT EXISTS { (role)-[:IN_ROUND]->() })
          THEN COLLECT { MATCH (proc)<-[:OF_PROCESS]-(rnd:NegotiationRound)
            RETURN {id: rnd.id, ordinal: rnd.ordinal, label: rnd.label, start: CASE WHEN rnd.startText IS NULL THEN null ELSE {value: rnd.startText} END, end: CASE WHEN rnd.endText IS NULL THEN null ELSE {value: rnd.endText} END,
              outcome: rnd.outcome,
              venue: COLLECT { MATCH (rnd)-[rnd_place_r:HELD_IN]->(rnd_place:Entity) RETURN CASE WHEN rnd_place IS NULL THEN null ELSE {id: rnd_place.id, kind: head([typeLabel IN labels(rnd_place) WHERE typeLabel <> 'Entity']), name: CASE WHEN rnd_place:Statement THEN CASE WHEN size(rnd_place.text) > 80 THEN left(rnd_place.text, 79) + '…' ELSE rnd_place.text END
                  ELSE coalesce(rnd_place.name, rnd_place.title, rnd_place.label, rnd_place.description, 'Round ' + toString(rnd_place.ordinal), rnd_place.publisher, rnd_place.id) END} END AS item ORDER BY rnd_place_r.seq LIMIT 1 }[0],
              venueName: COLLECT { MATCH (rnd)-[:HELD_IN]->(rnd_venue:Place) RETURN CASE WHEN rnd_venue IS NULL THEN null WHEN rnd.start IS NULL THEN rnd_venue.name ELSE coalesce(
                  COLLECT { MATCH (rnd_venue)-[:HAS_NAME]->(rnd_venue_nm:Name)
                    WHERE rnd_venue_nm.language = 'en' AND (rnd_venue_nm.validFrom IS NULL OR rnd_venue_nm.validFrom <= rnd.start)
                    AND (rnd_venue_nm.validTo IS NULL OR rnd_venue_nm.validTo > rnd.start)
                    RETURN rnd_venue_nm.value AS item ORDER BY CASE rnd_venue_nm.kind WHEN 'OFFICIAL' THEN 0 ELSE 1 END, rnd_venue_nm.value LIMIT 1 }[0],
                  rnd_venue.name) END AS item  LIMIT 1 }[0],
              participants: COLLECT { MATCH (rnd)<-[:IN_ROUND]-(rnd_pt:Participation) RETURN [rnd_pt_links IN [COLLECT { MATCH (rnd_pt)-[rnd_pt_lm_r:OF_ACTOR|IN_ROUND|LED_BY]->(rnd_pt_lm:Entity)
                      RETURN {t: type(rnd_pt_lm_r), ref: CASE WHEN rnd_pt_lm IS NULL THEN null ELSE {id: rnd_pt_lm.id, kind: head([typeLabel IN labels(rnd_pt_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN rnd_pt_lm:Statement THEN CASE WHEN size(rnd_pt_lm.text) > 80 THEN left(rnd_pt_lm.text, 79) + '…' ELSE rnd_pt_lm.text END
                          ELSE coalesce(rnd_pt_lm.name, rnd_pt_lm.title, rnd_pt_lm.label, rnd_pt_lm.description, 'Round ' + toString(rnd_pt_lm.ordinal), rnd_pt_lm.publisher, rnd_pt_lm.id) END} END} AS item ORDER BY rnd_pt_lm_r.seq, rnd_pt_lm.id LIMIT 150 }]
                  | {participationId: rnd_pt.id, role: rnd_pt.role, actor: head([rnd_pt_link IN rnd_pt_links WHERE rnd_pt_link.t = 'OF_ACTOR' | rnd_pt_link.ref]), round: head([rnd_pt_link IN rnd_pt_links WHERE rnd_pt_link.t = 'IN_ROUND' | rnd_pt_link.ref]),
                    ledBy: head([rnd_pt_link IN rnd_pt_links WHERE rnd_pt_link.t = 'LED_BY' | rnd_pt_link.ref]), evidence: CASE WHEN $withEvidence THEN COLLECT { MATCH (rnd_pt)-[rnd_pt_cit:CITES]->(rnd_pt_src:Source)
                      RETURN {source: {id: rnd_pt_src.id, title: rnd_pt_src.title, publisher: rnd_pt_src.publisher, url: rnd_pt_src.url, published: CASE WHEN rnd_pt_src.publishedText IS NULL THEN null ELSE {value: rnd_pt_src.publishedText} END,
                          language: rnd_pt_src.language, kind: rnd_pt_src.kind, hypothetical: rnd_pt_src.hypothetical},
                        span: CASE WHEN rnd_pt_cit.start IS NULL THEN null ELSE {start: rnd_pt_cit.start, end: rnd_pt_cit.end, match: rnd_pt_cit.match} END,
                        excerpt: CASE WHEN rnd_pt_cit.start IS NOT NULL AND rnd_pt_src.text IS NOT NULL THEN substring(rnd_pt_src.text, rnd_pt_cit.start, rnd_pt_cit.end - rnd_pt_cit.start) END,
                        note: rnd_pt_cit.note} AS item
                      LIMIT 50 } ELSE [] END}][0] AS item
                ORDER BY rnd_pt.role, rnd_pt.id LIMIT 50 },
              evidence: CASE WHEN $withEvidence THEN COLLECT { MATCH (rnd)-[rnd_cit:CITES]->(rnd_src:Source)
                RETURN {source: {id: rnd_src.id, title: rnd_src.title, publisher: rnd_src.publisher, url: rnd_src.url, published: CASE WHEN rnd_src.publishedText IS NULL THEN null ELSE {value: rnd_src.publishedText} END,
                    language: rnd_src.language, kind: rnd_src.kind, hypothetical: rnd_src.hypothetical},
                  span: CASE WHEN rnd_cit.start IS NULL THEN null ELSE {start: rnd_cit.start, end: rnd_cit.end, match: rnd_cit.match} END,
                  excerpt: CASE WHEN rnd_cit.start IS NOT NULL AND rnd_src.text IS NOT NULL THEN substring(rnd_src.text, rnd_cit.start, rnd_cit.end - rnd_cit.start) END,
                  note: rnd_cit.note} AS item
                LIMIT 50 } ELSE [] END} AS item ORDER BY rnd.start, rnd.ordinal, rnd.id LIMIT 50 }
          ELSE COLLECT { UNWIND mine AS role MATCH (role)-[:IN_ROUND]->(rnd:NegotiationRound)-[:OF_PROCESS]->(proc) WITH DISTINCT rnd
            RETURN {id: rnd.id, ordinal: rnd.ordinal, label: rnd.label, start: CASE WHEN rnd.startText IS NULL THEN null ELSE {value: rnd.startText} END, end: CASE WHEN rnd.endText IS NULL THEN null ELSE {value: rnd.endText} END,
              outcome: rnd.outcome,
              venue: COLLECT { MATCH (rnd)-[rnd_place_r:HELD_IN]->(rnd_place:Entity) RETURN CASE WHEN rnd_place IS NULL THEN null ELSE {id: rnd_place.id, kind: head([typeLabel IN labels(rnd_place) WHERE typeLabel <> 'Entity']), name: CASE WHEN rnd_place:Statement THEN CASE WHEN size(rnd_place.text) > 80 THEN left(rnd_place.text, 79) + '…' ELSE rnd_place.text END
                  ELSE coalesce(rnd_place.name, rnd_place.title, rnd_place.label, rnd_place.description, 'Round ' + toString(rnd_place.ordinal), rnd_place.publisher, rnd_place.id) END} END AS item ORDER BY rnd_place_r.seq LIMIT 1 }[0],
              venueName: COLLECT { MATCH (rnd)-[:HELD_IN]->(rnd_venue:Place) RETURN CASE WHEN rnd_venue IS NULL THEN null WHEN rnd.start IS NULL THEN rnd_venue.name ELSE coalesce(
                  COLLECT { MATCH (rnd_venue)-[:HAS_NAME]->(rnd_venue_nm:Name)
                    WHERE rnd_venue_nm.language = 'en' AND (rnd_venue_nm.validFrom IS NULL OR rnd_venue_nm.validFrom <= rnd.start)
                    AND (rnd_venue_nm.validTo IS NULL OR rnd_venue_nm.validTo > rnd.start)
                    RETURN rnd_venue_nm.value AS item ORDER BY CASE rnd_venue_nm.kind WHEN 'OFFICIAL' THEN 0 ELSE 1 END, rnd_venue_nm.value LIMIT 1 }[0],
                  rnd_venue.name) END AS item  LIMIT 1 }[0],
              participants: COLLECT { MATCH (rnd)<-[:IN_ROUND]-(rnd_pt:Participation) RETURN [rnd_pt_links IN [COLLECT { MATCH (rnd_pt)-[rnd_pt_lm_r:OF_ACTOR|IN_ROUND|LED_BY]->(rnd_pt_lm:Entity)
                      RETURN {t: type(rnd_pt_lm_r), ref: CASE WHEN rnd_pt_lm IS NULL THEN null ELSE {id: rnd_pt_lm.id, kind: head([typeLabel IN labels(rnd_pt_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN rnd_pt_lm:Statement THEN CASE WHEN size(rnd_pt_lm.text) > 80 THEN left(rnd_pt_lm.text, 79) + '…' ELSE rnd_pt_lm.text END
                          ELSE coalesce(rnd_pt_lm.name, rnd_pt_lm.title, rnd_pt_lm.label, rnd_pt_lm.description, 'Round ' + toString(rnd_pt_lm.ordinal), rnd_pt_lm.publisher, rnd_pt_lm.id) END} END} AS item ORDER BY rnd_pt_lm_r.seq, rnd_pt_lm.id LIMIT 150 }]
                  | {participationId: rnd_pt.id, role: rnd_pt.role, actor: head([rnd_pt_link IN rnd_pt_links WHERE rnd_pt_link.t = 'OF_ACTOR' | rnd_pt_link.ref]), round: head([rnd_pt_link IN rnd_pt_links WHERE rnd_pt_link.t = 'IN_ROUND' | rnd_pt_link.ref]),
                    ledBy: head([rnd_pt_link IN rnd_pt_links WHERE rnd_pt_link.t = 'LED_BY' | rnd_pt_link.ref]), evidence: CASE WHEN $withEvidence THEN COLLECT { MATCH (rnd_pt)-[rnd_pt_cit:CITES]->(rnd_pt_src:Source)
                      RETURN {source: {id: rnd_pt_src.id, title: rnd_pt_src.title, publisher: rnd_pt_src.publisher, url: rnd_pt_src.url, published: CASE WHEN rnd_pt_src.publishedText IS NULL THEN null ELSE {value: rnd_pt_src.publishedText} END,
                          language: rnd_pt_src.language, kind: rnd_pt_src.kind, hypothetical: rnd_pt_src.hypothetical},
                        span: CASE WHEN rnd_pt_cit.start IS NULL THEN null ELSE {start: rnd_pt_cit.start, end: rnd_pt_cit.end, match: rnd_pt_cit.match} END,
                        excerpt: CASE WHEN rnd_pt_cit.start IS NOT NULL AND rnd_pt_src.text IS NOT NULL THEN substring(rnd_pt_src.text, rnd_pt_cit.start, rnd_pt_cit.end - rnd_pt_cit.start) END,
                        note: rnd_pt_cit.note} AS item
                      LIMIT 50 } ELSE [] END}][0] AS item
                ORDER BY rnd_pt.role, rnd_pt.id LIMIT 50 },
              evidence: CASE WHEN $withEvidence THEN COLLECT { MATCH (rnd)-[rnd_cit:CITES]->(rnd_src:Source)
                RETURN {source: {id: rnd_src.id, title: rnd_src.title, publisher: rnd_src.publisher, url: rnd_src.url, published: CASE WHEN rnd_src.publishedText IS NULL THEN null ELSE {value: rnd_src.publishedText} END,
                    language: rnd_src.language, kind: rnd_src.kind, hypothetical: rnd_src.hypothetical},
                  span: CASE WHEN rnd_cit.start IS NULL THEN null ELSE {start: rnd_cit.start, end: rnd_cit.end, match: rnd_cit.match} END,
                  excerpt: CASE WHEN rnd_cit.start IS NOT NULL AND rnd_src.text IS NOT NULL THEN substring(rnd_src.text, rnd_cit.start, rnd_cit.end - rnd_cit.start) END,
                  note: rnd_cit.note} AS item
                LIMIT 50 } ELSE [] END} AS item ORDER BY rnd.start, rnd.ordinal, rnd.id LIMIT 50 }
          END,
          otherParticipants: COLLECT { MATCH (proc)<-[:IN_PROCESS]-(other:Participation)-[:OF_ACTOR]->(o)
            WHERE o <> a AND NOT EXISTS { (other)-[:IN_ROUND]->() }
            RETURN [other_links IN [COLLECT { MATCH (other)-[other_lm_r:OF_ACTOR|IN_ROUND|LED_BY]->(other_lm:Entity)
                  RETURN {t: type(other_lm_r), ref: CASE WHEN other_lm IS NULL THEN null ELSE {id: other_lm.id, kind: head([typeLabel IN labels(other_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN other_lm:Statement THEN CASE WHEN size(other_lm.text) > 80 THEN left(other_lm.text, 79) + '…' ELSE other_lm.text END
                      ELSE coalesce(other_lm.name, other_lm.title, other_lm.label, other_lm.description, 'Round ' + toString(other_lm.ordinal), other_lm.publisher, other_lm.id) END} END} AS item ORDER BY other_lm_r.seq, other_lm.id LIMIT 150 }]
              | {participationId: other.id, role: other.role, actor: head([other_link IN other_links WHERE other_link.t = 'OF_ACTOR' | other_link.ref]), round: head([other_link IN other_links WHERE other_link.t = 'IN_ROUND' | other_link.ref]),
                ledBy: head([other_link IN other_links WHERE other_link.t = 'LED_BY' | other_link.ref]), evidence: CASE WHEN $withEvidence THEN COLLECT { MATCH (other)-[other_cit:CITES]->(other_src:Source)
                  RETURN {source: {id: other_src.id, title: other_src.title, publisher: other_src.publisher, url: other_src.url, published: CASE WHEN other_src.publishedText IS NULL THEN null ELSE {value: other_src.publishedText} END,
                      language: other_src.language, kind: other_src.kind, hypothetical: other_src.hypothetical},
                    span: CASE WHEN other_cit.start IS NULL THEN null ELSE {start: other_cit.start, end: other_cit.end, match: other_cit.match} END,
                    excerpt: CASE WHEN other_cit.start IS NOT NULL AND other_src.text IS NOT NULL THEN substring(other_src.text, other_cit.start, other_cit.end - other_cit.start) END,
                    note: other_cit.note} AS item
                  LIMIT 50 } ELSE [] END}][0] AS item ORDER BY other.role, o.name, other.id LIMIT 50 }
        }, start: key.start, name: key.name, id: proc.id}) AS items
  }
  RETURN size(found) AS total, partial, items, size(ranked) > $limit AS hasNextPage } RETURN *
// parameters:
//   $actor = "country:KZ"
//   $afterId = ""
//   $afterName = ""
//   $afterStart = ""
//   $anchors = [{"field":"actor","id":"country:KZ"}]
//   $limit = 20
//   $role = ""
//   $withEvidence = true
