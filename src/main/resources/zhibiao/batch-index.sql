-- Spring Batch finds a partition's last execution by step name, a column its schema does not index; with one
-- worker step per file that lookup grew with the square of the files (10,000 reports: extract 59.5 s → 32.2 s
-- with this index, docs/performance.md).
CREATE INDEX IF NOT EXISTS zb_batch_step_name ON BATCH_STEP_EXECUTION (STEP_NAME, JOB_EXECUTION_ID);
