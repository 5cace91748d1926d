// GraphQL:
// { stanceMatrix(toward: "conflict:middle-east-2026", actors: ["country:IR"]) { toward { id kind name } stances { code label } rows { actor { id kind name } statementCount cells { stance statementCount holdings { position { id stance stanceLabel modality condition holder { id kind name } toward { id kind name } } general statementCount since { value precision } latest { value precision } statements { id kind name } } } } } }
CALL () { RETURN [a IN $anchors WHERE NOT EXISTS { MATCH (:Entity {id: a.id}) } | a.field] AS missing } OPTIONAL CALL () {
  CALL () {
    MATCH (h:Entity)<-[:HELD_BY]-(:Position)-[:TOWARD]->(:Conflict {id: $toward}) RETURN h
    UNION
    UNWIND $actors AS actorId MATCH (h:Entity {id: actorId}) RETURN h
  }
  WITH DISTINCT h
  CALL (h) {
    MATCH (h)<-[:HELD_BY]-(p:Position) WHERE ($toward = '' OR EXISTS { MATCH (p)-[:TOWARD]->(:Conflict {id: $toward}) }
      OR NOT EXISTS { MATCH (p)-[:TOWARD]->() })
    WITH p ORDER BY p.stance, p.id LIMIT 50
    RETURN collect({
        position: [p_links IN [COLLECT { MATCH (p)-[p_lm_r:HELD_BY|TOWARD]->(p_lm:Entity)
              RETURN {t: type(p_lm_r), ref: CASE WHEN p_lm IS NULL THEN null ELSE {id: p_lm.id, kind: head([typeLabel IN labels(p_lm) WHERE typeLabel <> 'Entity']), name: CASE WHEN p_lm:Statement THEN CASE WHEN size(p_lm.text) > 80 THEN left(p_lm.text, 79) + '…' ELSE p_lm.text END
                  ELSE coalesce(p_lm.name, p_lm.title, p_lm.label, p_lm.description, 'Round ' + toString(p_lm.ordinal), p_lm.publisher, p_lm.id) END} END} AS item ORDER BY p_lm_r.seq, p_lm.id LIMIT 100 }]
          | {id: p.id, stance: p.stance, stanceLabel: coalesce(COLLECT { MATCH (p_stance_def:StanceDefinition {code: p.stance}) RETURN p_stance_def.label }[0], p.stance),
            modality: p.modality, condition: p.condition, holder: head([p_link IN p_links WHERE p_link.t = 'HELD_BY' | p_link.ref]), toward: head([p_link IN p_links WHERE p_link.t = 'TOWARD' | p_link.ref])}][0],
        general: NOT EXISTS { MATCH (p)-[:TOWARD]->() },
        statementCount: COUNT { MATCH (ps:Statement)-[:EXPRESSES]->(p)
          WHERE NOT EXISTS { (ps)-[:RENDERS]-() }
          OR NOT EXISTS { MATCH ps_earlier_path = (ps)-[:RENDERS]-{1,8}(ps_earlier:Statement)
            WHERE ps_earlier <> ps AND none(ps_earlier_i IN range(1, length(ps_earlier_path) - 1)
              WHERE startNode(relationships(ps_earlier_path)[ps_earlier_i - 1]) = startNode(relationships(ps_earlier_path)[ps_earlier_i])) AND ps_earlier.id < ps.id AND EXISTS { (ps_earlier)-[:EXPRESSES]->(p) } } },
        since: COLLECT { MATCH (p)<-[:EXPRESSES]-(p_since:Statement) RETURN CASE WHEN p_since.dateText IS NULL THEN null ELSE {value: p_since.dateText} END AS item ORDER BY p_since.date LIMIT 1 }[0],
        latest: COLLECT { MATCH (p)<-[:EXPRESSES]-(p_latest:Statement) RETURN CASE WHEN p_latest.dateText IS NULL THEN null ELSE {value: p_latest.dateText} END AS item ORDER BY p_latest.date IS NULL, p_latest.date DESC LIMIT 1 }[0],
        statements: COLLECT { MATCH (pl:Statement)-[:EXPRESSES]->(p)
          WHERE NOT EXISTS { (pl)-[:RENDERS]-() }
          OR NOT EXISTS { MATCH pl_earlier_path = (pl)-[:RENDERS]-{1,8}(pl_earlier:Statement)
            WHERE pl_earlier <> pl AND none(pl_earlier_i IN range(1, length(pl_earlier_path) - 1)
              WHERE startNode(relationships(pl_earlier_path)[pl_earlier_i - 1]) = startNode(relationships(pl_earlier_path)[pl_earlier_i])) AND pl_earlier.id < pl.id AND EXISTS { (pl_earlier)-[:EXPRESSES]->(p) } } RETURN CASE WHEN pl IS NULL THEN null ELSE {id: pl.id, kind: head([typeLabel IN labels(pl) WHERE typeLabel <> 'Entity']), name: CASE WHEN pl:Statement THEN CASE WHEN size(pl.text) > 80 THEN left(pl.text, 79) + '…' ELSE pl.text END
            ELSE coalesce(pl.name, pl.title, pl.label, pl.description, 'Round ' + toString(pl.ordinal), pl.publisher, pl.id) END} END AS item ORDER BY pl.date IS NULL, pl.date DESC, pl.id LIMIT 20 }
      }) AS holdings,
    COUNT { MATCH (h)<-[:HELD_BY]-(q:Position)<-[:EXPRESSES]-(qs:Statement) WHERE ($toward = '' OR EXISTS { MATCH (q)-[:TOWARD]->(:Conflict {id: $toward}) }
        OR NOT EXISTS { MATCH (q)-[:TOWARD]->() }) RETURN DISTINCT CASE WHEN NOT EXISTS { (qs)-[:RENDERS]-() } THEN qs.id
      ELSE reduce(qs_key = qs.id, qs_u_id IN COLLECT { MATCH qs_u_path = (qs)-[:RENDERS]-{1,8}(qs_u:Statement)
          WHERE qs_u <> qs AND none(qs_u_i IN range(1, length(qs_u_path) - 1)
            WHERE startNode(relationships(qs_u_path)[qs_u_i - 1]) = startNode(relationships(qs_u_path)[qs_u_i])) RETURN qs_u.id AS item } |
        CASE WHEN qs_u_id < qs_key THEN qs_u_id ELSE qs_key END) END AS utterance } AS statementCount
  }
  WITH h, holdings, statementCount ORDER BY statementCount DESC, h.name, h.id LIMIT 100
  RETURN collect({actor: CASE WHEN h IS NULL THEN null ELSE {id: h.id, kind: head([typeLabel IN labels(h) WHERE typeLabel <> 'Entity']), name: CASE WHEN h:Statement THEN CASE WHEN size(h.text) > 80 THEN left(h.text, 79) + '…' ELSE h.text END
        ELSE coalesce(h.name, h.title, h.label, h.description, 'Round ' + toString(h.ordinal), h.publisher, h.id) END} END, holdings: holdings, statementCount: statementCount}) AS rows,
  COLLECT { MATCH (t:Conflict {id: $toward}) RETURN CASE WHEN t IS NULL THEN null ELSE {id: t.id, kind: head([typeLabel IN labels(t) WHERE typeLabel <> 'Entity']), name: CASE WHEN t:Statement THEN CASE WHEN size(t.text) > 80 THEN left(t.text, 79) + '…' ELSE t.text END
      ELSE coalesce(t.name, t.title, t.label, t.description, 'Round ' + toString(t.ordinal), t.publisher, t.id) END} END AS item  LIMIT 1 }[0] AS toward } RETURN *
// parameters:
//   $actors = ["country:IR"]
//   $anchors = [{"field":"toward","id":"conflict:middle-east-2026"},"… 1 more"]
//   $toward = "conflict:middle-east-2026"
