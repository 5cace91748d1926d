// GraphQL:
// { connections(from: "person:alibek-bakayev", to: "country:IR", maxLength: 6, first: 25) { from { id kind name } to { id kind name } maxLength paths { length nodes { id kind name } steps { from { id kind name } to { id kind name } type label forward fact { id kind name } evidence { source { id title publisher url published { value precision } language kind } span { start end match } excerpt note } } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  CALL (a, b) {
    MATCH path = allShortestPaths((a)-[*..6]-(b))
    WHERE all(n IN nodes(path) WHERE n:Entity AND NOT n:Source) AND none(r IN relationships(path) WHERE type(r) = 'MADE_FOR')
    WITH path LIMIT 200
    WITH path ORDER BY [n IN nodes(path) | n.id] LIMIT $first
    CALL (path) {
      UNWIND range(0, length(path) - 1) AS i
      WITH i, nodes(path)[i] AS stepFrom, nodes(path)[i + 1] AS stepTo, relationships(path)[i] AS rel
      WITH i, stepFrom, stepTo, rel, startNode(rel) AS owner, endNode(rel) AS target
      ORDER BY i
      RETURN collect({from: CASE WHEN stepFrom IS NULL THEN null ELSE {id: stepFrom.id, kind: head([typeLabel IN labels(stepFrom) WHERE typeLabel <> 'Entity']), name: [stepFrom_ends IN [[(stepFrom)-[stepFrom_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(stepFrom_h) | {t: type(stepFrom_r), n: stepFrom_h.name}]] | CASE
              WHEN stepFrom:Position THEN coalesce(head([stepFrom_end IN stepFrom_ends WHERE stepFrom_end.t <> 'IN_GROUP' | stepFrom_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (stepFrom_stance_def:StanceDefinition {code: stepFrom.stance}) RETURN stepFrom_stance_def.label }[0], stepFrom.stance)
              + CASE stepFrom.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(stepFrom.modality) + ')' END
              WHEN stepFrom:Participation OR stepFrom:Involvement OR stepFrom:Attendance THEN coalesce(head([stepFrom_end IN stepFrom_ends WHERE stepFrom_end.t <> 'IN_GROUP' | stepFrom_end.n]), '?') + ' as ' + stepFrom.role
              WHEN stepFrom:Membership THEN coalesce(head([stepFrom_end IN stepFrom_ends WHERE stepFrom_end.t = 'OF_MEMBER' | stepFrom_end.n]), '?') + ' in ' + coalesce(head([stepFrom_end IN stepFrom_ends WHERE stepFrom_end.t = 'IN_GROUP' | stepFrom_end.n]), '?')
              ELSE CASE WHEN stepFrom:Statement THEN CASE WHEN size(stepFrom.text) > 80 THEN left(stepFrom.text, 79) + '…' ELSE stepFrom.text END
              ELSE coalesce(stepFrom.name, stepFrom.title, stepFrom.label, stepFrom.description, 'Round ' + toString(stepFrom.ordinal), stepFrom.publisher, stepFrom.id) END END][0]} END, to: CASE WHEN stepTo IS NULL THEN null ELSE {id: stepTo.id, kind: head([typeLabel IN labels(stepTo) WHERE typeLabel <> 'Entity']), name: [stepTo_ends IN [[(stepTo)-[stepTo_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(stepTo_h) | {t: type(stepTo_r), n: stepTo_h.name}]] | CASE
              WHEN stepTo:Position THEN coalesce(head([stepTo_end IN stepTo_ends WHERE stepTo_end.t <> 'IN_GROUP' | stepTo_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (stepTo_stance_def:StanceDefinition {code: stepTo.stance}) RETURN stepTo_stance_def.label }[0], stepTo.stance)
              + CASE stepTo.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(stepTo.modality) + ')' END
              WHEN stepTo:Participation OR stepTo:Involvement OR stepTo:Attendance THEN coalesce(head([stepTo_end IN stepTo_ends WHERE stepTo_end.t <> 'IN_GROUP' | stepTo_end.n]), '?') + ' as ' + stepTo.role
              WHEN stepTo:Membership THEN coalesce(head([stepTo_end IN stepTo_ends WHERE stepTo_end.t = 'OF_MEMBER' | stepTo_end.n]), '?') + ' in ' + coalesce(head([stepTo_end IN stepTo_ends WHERE stepTo_end.t = 'IN_GROUP' | stepTo_end.n]), '?')
              ELSE CASE WHEN stepTo:Statement THEN CASE WHEN size(stepTo.text) > 80 THEN left(stepTo.text, 79) + '…' ELSE stepTo.text END
              ELSE coalesce(stepTo.name, stepTo.title, stepTo.label, stepTo.description, 'Round ' + toString(stepTo.ordinal), stepTo.publisher, stepTo.id) END END][0]} END, type: type(rel), forward: owner = stepFrom,
          ownerName: CASE WHEN owner IS NULL THEN null ELSE {id: owner.id, kind: head([typeLabel IN labels(owner) WHERE typeLabel <> 'Entity']), name: [owner_ends IN [[(owner)-[owner_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(owner_h) | {t: type(owner_r), n: owner_h.name}]] | CASE
              WHEN owner:Position THEN coalesce(head([owner_end IN owner_ends WHERE owner_end.t <> 'IN_GROUP' | owner_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (owner_stance_def:StanceDefinition {code: owner.stance}) RETURN owner_stance_def.label }[0], owner.stance)
              + CASE owner.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(owner.modality) + ')' END
              WHEN owner:Participation OR owner:Involvement OR owner:Attendance THEN coalesce(head([owner_end IN owner_ends WHERE owner_end.t <> 'IN_GROUP' | owner_end.n]), '?') + ' as ' + owner.role
              WHEN owner:Membership THEN coalesce(head([owner_end IN owner_ends WHERE owner_end.t = 'OF_MEMBER' | owner_end.n]), '?') + ' in ' + coalesce(head([owner_end IN owner_ends WHERE owner_end.t = 'IN_GROUP' | owner_end.n]), '?')
              ELSE CASE WHEN owner:Statement THEN CASE WHEN size(owner.text) > 80 THEN left(owner.text, 79) + '…' ELSE owner.text END
              ELSE coalesce(owner.name, owner.title, owner.label, owner.description, 'Round ' + toString(owner.ordinal), owner.publisher, owner.id) END END][0]} END.name, targetName: CASE WHEN target IS NULL THEN null ELSE {id: target.id, kind: head([typeLabel IN labels(target) WHERE typeLabel <> 'Entity']), name: [target_ends IN [[(target)-[target_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(target_h) | {t: type(target_r), n: target_h.name}]] | CASE
              WHEN target:Position THEN coalesce(head([target_end IN target_ends WHERE target_end.t <> 'IN_GROUP' | target_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (target_stance_def:StanceDefinition {code: target.stance}) RETURN target_stance_def.label }[0], target.stance)
              + CASE target.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(target.modality) + ')' END
              WHEN target:Participation OR target:Involvement OR target:Attendance THEN coalesce(head([target_end IN target_ends WHERE target_end.t <> 'IN_GROUP' | target_end.n]), '?') + ' as ' + target.role
              WHEN target:Membership THEN coalesce(head([target_end IN target_ends WHERE target_end.t = 'OF_MEMBER' | target_end.n]), '?') + ' in ' + coalesce(head([target_end IN target_ends WHERE target_end.t = 'IN_GROUP' | target_end.n]), '?')
              ELSE CASE WHEN target:Statement THEN CASE WHEN size(target.text) > 80 THEN left(target.text, 79) + '…' ELSE target.text END
              ELSE coalesce(target.name, target.title, target.label, target.description, 'Round ' + toString(target.ordinal), target.publisher, target.id) END END][0]} END.name,
          fact: CASE WHEN owner IS NULL THEN null ELSE {id: owner.id, kind: head([typeLabel IN labels(owner) WHERE typeLabel <> 'Entity']), name: [owner_ends IN [[(owner)-[owner_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(owner_h) | {t: type(owner_r), n: owner_h.name}]] | CASE
              WHEN owner:Position THEN coalesce(head([owner_end IN owner_ends WHERE owner_end.t <> 'IN_GROUP' | owner_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (owner_stance_def:StanceDefinition {code: owner.stance}) RETURN owner_stance_def.label }[0], owner.stance)
              + CASE owner.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(owner.modality) + ')' END
              WHEN owner:Participation OR owner:Involvement OR owner:Attendance THEN coalesce(head([owner_end IN owner_ends WHERE owner_end.t <> 'IN_GROUP' | owner_end.n]), '?') + ' as ' + owner.role
              WHEN owner:Membership THEN coalesce(head([owner_end IN owner_ends WHERE owner_end.t = 'OF_MEMBER' | owner_end.n]), '?') + ' in ' + coalesce(head([owner_end IN owner_ends WHERE owner_end.t = 'IN_GROUP' | owner_end.n]), '?')
              ELSE CASE WHEN owner:Statement THEN CASE WHEN size(owner.text) > 80 THEN left(owner.text, 79) + '…' ELSE owner.text END
              ELSE coalesce(owner.name, owner.title, owner.label, owner.description, 'Round ' + toString(owner.ordinal), owner.publisher, owner.id) END END][0]} END, evidence: COLLECT { MATCH (owner)-[owner_cit:CITES]->(owner_src:Source)
            RETURN {source: {id: owner_src.id, title: owner_src.title, publisher: owner_src.publisher, url: owner_src.url, published: CASE WHEN owner_src.publishedText IS NULL THEN null ELSE {value: owner_src.publishedText} END,
                language: owner_src.language, kind: owner_src.kind, hypothetical: owner_src.hypothetical},
              span: CASE WHEN owner_cit.start IS NULL THEN null ELSE {start: owner_cit.start, end: owner_cit.end, match: owner_cit.match} END,
              excerpt: CASE WHEN owner_cit.start IS NOT NULL AND owner_src.text IS NOT NULL THEN substring(owner_src.text, owner_cit.start, owner_cit.end - owner_cit.start) END,
              note: owner_cit.note} AS item
            LIMIT 50 }}) AS steps
    }
    RETURN collect({length: length(path), steps: steps}) AS paths
  }
  RETURN CASE WHEN a IS NULL THEN null ELSE {id: a.id, kind: head([typeLabel IN labels(a) WHERE typeLabel <> 'Entity']), name: [a_ends IN [[(a)-[a_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(a_h) | {t: type(a_r), n: a_h.name}]] | CASE
      WHEN a:Position THEN coalesce(head([a_end IN a_ends WHERE a_end.t <> 'IN_GROUP' | a_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (a_stance_def:StanceDefinition {code: a.stance}) RETURN a_stance_def.label }[0], a.stance)
      + CASE a.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(a.modality) + ')' END
      WHEN a:Participation OR a:Involvement OR a:Attendance THEN coalesce(head([a_end IN a_ends WHERE a_end.t <> 'IN_GROUP' | a_end.n]), '?') + ' as ' + a.role
      WHEN a:Membership THEN coalesce(head([a_end IN a_ends WHERE a_end.t = 'OF_MEMBER' | a_end.n]), '?') + ' in ' + coalesce(head([a_end IN a_ends WHERE a_end.t = 'IN_GROUP' | a_end.n]), '?')
      ELSE CASE WHEN a:Statement THEN CASE WHEN size(a.text) > 80 THEN left(a.text, 79) + '…' ELSE a.text END
      ELSE coalesce(a.name, a.title, a.label, a.description, 'Round ' + toString(a.ordinal), a.publisher, a.id) END END][0]} END AS fromRef, CASE WHEN b IS NULL THEN null ELSE {id: b.id, kind: head([typeLabel IN labels(b) WHERE typeLabel <> 'Entity']), name: [b_ends IN [[(b)-[b_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(b_h) | {t: type(b_r), n: b_h.name}]] | CASE
      WHEN b:Position THEN coalesce(head([b_end IN b_ends WHERE b_end.t <> 'IN_GROUP' | b_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (b_stance_def:StanceDefinition {code: b.stance}) RETURN b_stance_def.label }[0], b.stance)
      + CASE b.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(b.modality) + ')' END
      WHEN b:Participation OR b:Involvement OR b:Attendance THEN coalesce(head([b_end IN b_ends WHERE b_end.t <> 'IN_GROUP' | b_end.n]), '?') + ' as ' + b.role
      WHEN b:Membership THEN coalesce(head([b_end IN b_ends WHERE b_end.t = 'OF_MEMBER' | b_end.n]), '?') + ' in ' + coalesce(head([b_end IN b_ends WHERE b_end.t = 'IN_GROUP' | b_end.n]), '?')
      ELSE CASE WHEN b:Statement THEN CASE WHEN size(b.text) > 80 THEN left(b.text, 79) + '…' ELSE b.text END
      ELSE coalesce(b.name, b.title, b.label, b.description, 'Round ' + toString(b.ordinal), b.publisher, b.id) END END][0]} END AS toRef, paths } RETURN *
// parameters:
//   $anchors = [{"field":"from","id":"person:alibek-bakayev"},"… 1 more"]
//   $first = 25
//   $from = "person:alibek-bakayev"
//   $to = "country:IR"
