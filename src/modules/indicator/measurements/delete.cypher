// measurements/delete: deletes one measurement. $id: its key. Row: deleted (0 or 1).
OPTIONAL MATCH (m:Measurement {id: $id})
DETACH DELETE m
RETURN count(m) AS deleted
