// GraphQL:
// { search(text: "Бақаев", kinds: ["Person", "Statement"], first: 50) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { entity { id kind name } matchedField matchedText language score } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  CALL () {
    CALL db.index.fulltext.queryNodes('search_text', $query, {limit: 1000}) YIELD node, score
    WITH node, score, CASE WHEN node:Name THEN head([(owner:Entity)-[:HAS_NAME]->(node) | owner]) ELSE node END AS entity
    WHERE entity IS NOT NULL AND (size($kinds) = 0 OR any(l IN labels(entity) WHERE l IN $kinds))
    WITH entity, node, score
    ORDER BY score DESC, CASE WHEN toLower(coalesce(node.value, node.text)) CONTAINS toLower($typed) THEN 0 ELSE 1 END,
    coalesce(node.value, node.text)
    WITH entity, collect({node: node, score: score})[0] AS best
    WITH entity, best, [-best.score, entity.id] AS key
    ORDER BY key
    RETURN collect({key: key, entity: entity, node: best.node, score: best.score}) AS found
  }
  CALL (found) {
    WITH found, coalesce([r IN found WHERE last(r.key) = last($after) | r.key][0], $after) AS anchor
    WITH [r IN found WHERE size($after) = 0 OR r.key > anchor][..$limit + 1] AS rows
    CALL (rows) {
      UNWIND range(0, size(rows[..$limit]) - 1) AS i
      WITH i, rows[i] AS h
      WITH *, h.entity AS hitEntity, h.node AS hitNode
      ORDER BY i
      RETURN collect({entity: CASE WHEN hitEntity IS NULL THEN null ELSE {id: hitEntity.id, kind: head([typeLabel IN labels(hitEntity) WHERE typeLabel <> 'Entity']), name: [hitEntity_ends IN [[(hitEntity)-[hitEntity_r:HELD_BY|OF_ACTOR|OF_MEMBER|IN_GROUP]->(hitEntity_h) | {t: type(hitEntity_r), n: hitEntity_h.name}]] | CASE
              WHEN hitEntity:Position THEN coalesce(head([hitEntity_end IN hitEntity_ends WHERE hitEntity_end.t <> 'IN_GROUP' | hitEntity_end.n]), '?') + ': ' + coalesce(COLLECT { MATCH (hitEntity_stance_def:StanceDefinition {code: hitEntity.stance}) RETURN hitEntity_stance_def.label }[0], hitEntity.stance)
              + CASE hitEntity.modality WHEN 'ASSERTED' THEN '' ELSE ' (' + toLower(hitEntity.modality) + ')' END
              WHEN hitEntity:Participation OR hitEntity:Involvement OR hitEntity:Attendance THEN coalesce(head([hitEntity_end IN hitEntity_ends WHERE hitEntity_end.t <> 'IN_GROUP' | hitEntity_end.n]), '?') + ' as ' + hitEntity.role
              WHEN hitEntity:Membership THEN coalesce(head([hitEntity_end IN hitEntity_ends WHERE hitEntity_end.t = 'OF_MEMBER' | hitEntity_end.n]), '?') + ' in ' + coalesce(head([hitEntity_end IN hitEntity_ends WHERE hitEntity_end.t = 'IN_GROUP' | hitEntity_end.n]), '?')
              ELSE CASE WHEN hitEntity:Statement THEN CASE WHEN size(hitEntity.text) > 80 THEN left(hitEntity.text, 79) + '…' ELSE hitEntity.text END
              ELSE coalesce(hitEntity.name, hitEntity.title, hitEntity.label, hitEntity.description, 'Round ' + toString(hitEntity.ordinal), hitEntity.publisher, hitEntity.id) END END][0]} END,
          matchedField: CASE WHEN hitNode:Name THEN 'NAME' ELSE hitNode.kind END,
          matchedText: coalesce(hitNode.value, hitNode.text), language: hitNode.language, score: h.score}) AS items, collect(h.key) AS keys
    }
    RETURN items, keys, size(rows) > $limit AS more
  }
  RETURN size(found) AS total, items, keys, more } RETURN *
// parameters:
//   $after = []
//   $anchors = []
//   $kinds = ["Person","… 1 more"]
//   $limit = 50
//   $query = "+(folded:bakaev^2 OR folded:bakaev*)"
//   $typed = "Бақаев"
