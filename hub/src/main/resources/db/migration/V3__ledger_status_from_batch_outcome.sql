-- A record's delivery status is its batch's outcome (batch_outcome), not a column of its own:
-- the delivery route may acknowledge a batch before the extraction has written the batch's
-- ledger rows, and a status column written by both would race. No outcome yet = pending.
ALTER TABLE delivery_ledger DROP COLUMN status;
ALTER TABLE delivery_ledger DROP COLUMN delivered_at;
CREATE INDEX delivery_ledger_by_batch ON delivery_ledger (batch_id);
