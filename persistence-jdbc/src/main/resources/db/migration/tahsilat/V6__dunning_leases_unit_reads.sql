-- Tahsilat storage schema, version 6: leases on dunning claims and an index for the open items
-- of one bucket of counterparties, for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply.
--
-- A run that claims a notice, or takes one over for a retry, keeps it until lease_expiry. Other
-- runs retry a pending record only once its lease has expired. Rows written before this version
-- get a lease that expired at their last write, so any run may retry them.

ALTER TABLE ${prefix}dunning_record ADD COLUMN lease_expiry timestamptz;

UPDATE ${prefix}dunning_record SET lease_expiry = last_write_at;

ALTER TABLE ${prefix}dunning_record ALTER COLUMN lease_expiry SET NOT NULL;

CREATE INDEX ${prefix}dunning_record_lease_idx
    ON ${prefix}dunning_record (company_id, lease_expiry)
    WHERE status IN ('CLAIMED', 'FAILED');

-- A work unit of a dunning run reads the open items of one bucket of counterparties: a range of
-- the counterparty hash, the first four bytes of md5(counterparty_id::text) as an unsigned number
-- (io.github.tahsilat.persistence.spi.CounterpartyBucket). The queries repeat this expression.
CREATE INDEX ${prefix}invoice_open_counterparty_hash_idx
    ON ${prefix}invoice (
        company_id,
        (('x' || substr(md5(counterparty_id::text), 1, 8))::bit(32)::bigint),
        due_date)
    WHERE status IN ('OPEN', 'PARTIALLY_PAID');
