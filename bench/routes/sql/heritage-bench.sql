-- The generated table already uses the canonical column names. The baseline runs this same file
-- (with :since bound to 1900-01-01), so both read exactly the same rows in the same order.
SELECT id, name, ranking_level, heritage_type, ranking_decision, commune_code, commune_name,
       address, latitude, longitude, description, updated_at
  FROM heritage_site_bench
 WHERE updated_at > :since
 ORDER BY updated_at, id
