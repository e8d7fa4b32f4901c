// Kind and caption of the entities a page of networks names (as Evidence.steps.cypher captions them), the caption
// as the usable sources state it (View.cypher marks): a name only another partner gives is not shown.
UNWIND $ids AS id
MATCH (n:Entity {spoorId: id})
RETURN n.spoorId AS spoorId, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind,
       coalesce({{asserted n.name}}, {{asserted n.iban}}, {{asserted n.kenteken}}, {{asserted n.kvkNummer}}, {{asserted n.e164}},
                {{asserted n.address}}, {{asserted n.addressKey}}, n.spoorId) AS caption
