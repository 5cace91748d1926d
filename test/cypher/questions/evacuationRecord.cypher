// GraphQL:
// { evacuationRecord(actor: "country:KZ", from: "2026") { actor { id kind name } totalsByDate { date { value } countUnit status total movements movementsWithoutCount } operations { id name conflict { id kind name } priorityGroups totalsByDate { total } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } movements { id description count countUnit date { value } status reportedOn { value } transitCountries { id kind name } legs { sequence mode from { id kind name } to { id kind name } via { id kind name } carrier { id kind name } note } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  MATCH (a:Entity {id: $actor})
  RETURN CASE WHEN a IS NULL THEN null ELSE {id: a.id, kind: head([typeLabel IN labels(a) WHERE typeLabel <> 'Entity']), name: CASE WHEN a:Statement THEN CASE WHEN size(a.text) > 80 THEN left(a.text, 79) + '…' ELSE a.text END
    ELSE coalesce(a.name, a.title, a.label, a.description, 'Round ' + toString(a.ordinal), a.publisher, a.id) END} END AS actorRef, COLLECT {
    MATCH (a)<-[:CONDUCTED_BY]-(op:EvacuationOperation)
    RETURN {id: op.id, name: op.name, priorityGroups: coalesce(op.priorityGroups, []),
      conflict: COLLECT { MATCH (op)-[op_conflict_r:PROMPTED_BY]->(op_conflict:Entity) RETURN CASE WHEN op_conflict IS NULL THEN null ELSE {id: op_conflict.id, kind: head([typeLabel IN labels(op_conflict) WHERE typeLabel <> 'Entity']), name: CASE WHEN op_conflict:Statement THEN CASE WHEN size(op_conflict.text) > 80 THEN left(op_conflict.text, 79) + '…' ELSE op_conflict.text END
          ELSE coalesce(op_conflict.name, op_conflict.title, op_conflict.label, op_conflict.description, 'Round ' + toString(op_conflict.ordinal), op_conflict.publisher, op_conflict.id) END} END AS item ORDER BY op_conflict_r.seq LIMIT 1 }[0], evidence: COLLECT { MATCH (op)-[op_cit:CITES]->(op_src:Source)
        RETURN {source: {id: op_src.id, title: op_src.title, publisher: op_src.publisher, url: op_src.url, published: CASE WHEN op_src.publishedText IS NULL THEN null ELSE {value: op_src.publishedText} END,
            language: op_src.language, kind: op_src.kind, hypothetical: op_src.hypothetical},
          span: CASE WHEN op_cit.start IS NULL THEN null ELSE {start: op_cit.start, end: op_cit.end, match: op_cit.match} END,
          excerpt: CASE WHEN op_cit.start IS NOT NULL AND op_src.text IS NOT NULL THEN substring(op_src.text, op_cit.start, op_cit.end - op_cit.start) END,
          note: op_cit.note} AS item
        LIMIT 50 },
      movements: COLLECT { MATCH (op)<-[:OF_OPERATION]-(mv:EvacuationMovement)
        WHERE (($from = '' AND $to = '') OR (mv.date IS NOT NULL AND CASE $dateMatch
            WHEN 'POSSIBLY' THEN ($from = '' OR mv.dateLast >= $from) AND ($to = '' OR mv.date <= $to)
            ELSE ($from = '' OR mv.date >= $from) AND ($to = '' OR mv.dateLast <= $to) END))
        RETURN {id: mv.id, description: mv.description, count: mv.count, countUnit: mv.countUnit, status: mv.status,
          countQualifier: CASE WHEN mv.count IS NULL THEN null ELSE coalesce(mv.countQualifier, 'EXACT') END,
          countKind: coalesce(mv.countKind, 'INCREMENT'),
          date: CASE WHEN mv.dateText IS NULL THEN null ELSE {value: mv.dateText} END, reportedOn: CASE WHEN mv.reportedOnText IS NULL THEN null ELSE {value: mv.reportedOnText} END,
          legs: COLLECT { MATCH (mv)-[:HAS_LEG]->(l:EvacuationLeg) RETURN {sequence: l.sequence, mode: l.mode, note: l.note,
              from: COLLECT { MATCH (l)-[:FROM]->(lf:Entity) RETURN CASE WHEN lf IS NULL THEN null ELSE {id: lf.id, kind: head([typeLabel IN labels(lf) WHERE typeLabel <> 'Entity']), name: CASE WHEN lf:Statement THEN CASE WHEN size(lf.text) > 80 THEN left(lf.text, 79) + '…' ELSE lf.text END
                  ELSE coalesce(lf.name, lf.title, lf.label, lf.description, 'Round ' + toString(lf.ordinal), lf.publisher, lf.id) END} END AS item  LIMIT 1 }[0],
              to: COLLECT { MATCH (l)-[l_to_r:TO]->(l_to:Entity) RETURN CASE WHEN l_to IS NULL THEN null ELSE {id: l_to.id, kind: head([typeLabel IN labels(l_to) WHERE typeLabel <> 'Entity']), name: CASE WHEN l_to:Statement THEN CASE WHEN size(l_to.text) > 80 THEN left(l_to.text, 79) + '…' ELSE l_to.text END
                  ELSE coalesce(l_to.name, l_to.title, l_to.label, l_to.description, 'Round ' + toString(l_to.ordinal), l_to.publisher, l_to.id) END} END AS item ORDER BY l_to_r.seq, l_to.id LIMIT 50 }, via: COLLECT { MATCH (l)-[l_via_r:VIA]->(l_via:Entity) RETURN CASE WHEN l_via IS NULL THEN null ELSE {id: l_via.id, kind: head([typeLabel IN labels(l_via) WHERE typeLabel <> 'Entity']), name: CASE WHEN l_via:Statement THEN CASE WHEN size(l_via.text) > 80 THEN left(l_via.text, 79) + '…' ELSE l_via.text END
                  ELSE coalesce(l_via.name, l_via.title, l_via.label, l_via.description, 'Round ' + toString(l_via.ordinal), l_via.publisher, l_via.id) END} END AS item ORDER BY l_via_r.seq, l_via.id LIMIT 50 },
              carrier: COLLECT { MATCH (l)-[l_carrier_r:CARRIED_BY]->(l_carrier:Entity) RETURN CASE WHEN l_carrier IS NULL THEN null ELSE {id: l_carrier.id, kind: head([typeLabel IN labels(l_carrier) WHERE typeLabel <> 'Entity']), name: CASE WHEN l_carrier:Statement THEN CASE WHEN size(l_carrier.text) > 80 THEN left(l_carrier.text, 79) + '…' ELSE l_carrier.text END
                  ELSE coalesce(l_carrier.name, l_carrier.title, l_carrier.label, l_carrier.description, 'Round ' + toString(l_carrier.ordinal), l_carrier.publisher, l_carrier.id) END} END AS item ORDER BY l_carrier_r.seq LIMIT 1 }[0]} AS item ORDER BY l.sequence LIMIT 50 },
          transitCountries: COLLECT {
            MATCH (mv)-[:HAS_LEG]->(l:EvacuationLeg)-[lr:VIA|TO]->(stop:Entity)
            WHERE type(lr) = 'VIA' OR EXISTS { MATCH (mv)-[:HAS_LEG]->(later:EvacuationLeg) WHERE later.sequence > l.sequence }
            WITH DISTINCT CASE WHEN stop:Country THEN stop ELSE head([(stop)-[:IN_COUNTRY]->(k:Country) | k]) END AS country
            WHERE country IS NOT NULL
            WITH country ORDER BY country.name LIMIT 50
            RETURN CASE WHEN country IS NULL THEN null ELSE {id: country.id, kind: head([typeLabel IN labels(country) WHERE typeLabel <> 'Entity']), name: CASE WHEN country:Statement THEN CASE WHEN size(country.text) > 80 THEN left(country.text, 79) + '…' ELSE country.text END
              ELSE coalesce(country.name, country.title, country.label, country.description, 'Round ' + toString(country.ordinal), country.publisher, country.id) END} END AS item },
          alternatives: COLLECT { MATCH (mv)-[:ALTERNATIVE_TO]-(alt:EvacuationMovement) WITH DISTINCT alt ORDER BY alt.id LIMIT 50
            RETURN CASE WHEN alt IS NULL THEN null ELSE {id: alt.id, kind: head([typeLabel IN labels(alt) WHERE typeLabel <> 'Entity']), name: CASE WHEN alt:Statement THEN CASE WHEN size(alt.text) > 80 THEN left(alt.text, 79) + '…' ELSE alt.text END
              ELSE coalesce(alt.name, alt.title, alt.label, alt.description, 'Round ' + toString(alt.ordinal), alt.publisher, alt.id) END} END AS item },
          evidence: COLLECT { MATCH (mv)-[mv_cit:CITES]->(mv_src:Source)
            RETURN {source: {id: mv_src.id, title: mv_src.title, publisher: mv_src.publisher, url: mv_src.url, published: CASE WHEN mv_src.publishedText IS NULL THEN null ELSE {value: mv_src.publishedText} END,
                language: mv_src.language, kind: mv_src.kind, hypothetical: mv_src.hypothetical},
              span: CASE WHEN mv_cit.start IS NULL THEN null ELSE {start: mv_cit.start, end: mv_cit.end, match: mv_cit.match} END,
              excerpt: CASE WHEN mv_cit.start IS NOT NULL AND mv_src.text IS NOT NULL THEN substring(mv_src.text, mv_cit.start, mv_cit.end - mv_cit.start) END,
              note: mv_cit.note} AS item
            LIMIT 50 }} AS item ORDER BY mv.date IS NULL, mv.date, mv.id LIMIT 5000 }} AS item
    ORDER BY op.name, op.id LIMIT 50
  } AS operations } RETURN *
// parameters:
//   $actor = "country:KZ"
//   $anchors = [{"field":"actor","id":"country:KZ"}]
//   $dateMatch = "CERTAINLY"
//   $from = "2026-01-01"
//   $to = ""
