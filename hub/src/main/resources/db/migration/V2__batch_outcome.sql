-- What became of each batch, recorded once. A crash after the target acknowledged a batch but
-- before the queue's transaction committed hands the batch out again; its outcome must then not
-- be counted twice. A replay removes the row, so the replayed delivery counts.
CREATE TABLE batch_outcome (
    batch_id    CHAR(64)    PRIMARY KEY,
    exchange_id VARCHAR(64) NOT NULL,
    run_id      VARCHAR(36) NOT NULL,
    outcome     VARCHAR(16) NOT NULL,
    records     INT         NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
