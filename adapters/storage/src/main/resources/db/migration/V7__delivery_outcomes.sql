-- Digests not sent on purpose get their own status, SKIPPED, instead of FAILED with a reason
-- starting "skipped: "; RELEASED is a claim handed back unsent. attempts counts the claims of a
-- digest: a recovery pass that takes over a dead sender's claim adds one.
UPDATE delivery_log
SET status = 'SKIPPED', failure_reason = SUBSTRING(failure_reason FROM 10)
WHERE status = 'FAILED' AND failure_reason LIKE 'skipped: %';

ALTER TABLE delivery_log ADD COLUMN attempts INT DEFAULT 1 NOT NULL;

-- The recovery pass looks for claims left CLAIMED (or RELEASED) since before the lease.
CREATE INDEX delivery_log_open_claims ON delivery_log (status, claimed_at);
