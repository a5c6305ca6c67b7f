-- No query reads delivery_ledger by batch_id: a record's status joins from the ledger row to
-- batch_outcome's primary key. The index made every ledger write update a second B-tree whose
-- 500 equal keys per batch cost PostgreSQL ~40% of its CPU per ledger row (bench/README.md,
-- "ledger index"), for nothing.
DROP INDEX delivery_ledger_by_batch;
