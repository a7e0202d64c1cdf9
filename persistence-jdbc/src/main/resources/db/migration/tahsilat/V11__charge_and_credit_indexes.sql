-- Tahsilat storage schema, version 11: an index on a counterparty's fee and interest entries, and
-- the unapplied credit of cleared instruments with its index, for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1.

-- Recording a payment reads the counterparty's invoices that were ever charged a fee or interest,
-- in the payment's currency, to settle charges still open on invoices whose principal is paid.
-- This partial index keeps that read proportional to the counterparty's charge entries, not to
-- its whole ledger or to other counterparties.
CREATE INDEX ${prefix}ledger_entry_account_charged_idx
    ON ${prefix}ledger_entry (company_id, counterparty_id, currency, invoice_id)
    WHERE kind IN ('FEE', 'INTEREST') AND invoice_id IS NOT NULL;

-- The credit a cleared cheque or promissory note left after its allocations, which refunds and
-- set-offs use up. NOTE: rows written before this version get 0, so the rest of an instrument
-- cleared earlier stays in the counterparty's balance but no refund or set-off can use it.
ALTER TABLE ${prefix}instrument ADD COLUMN unapplied numeric NOT NULL DEFAULT 0;

-- Instruments with unapplied credit, listed by (maturity, id). The predicate matches the store's
-- query, so the index holds only the instruments whose credit is not used up.
CREATE INDEX ${prefix}instrument_unapplied_idx
    ON ${prefix}instrument (company_id, counterparty_id, maturity, id)
    WHERE unapplied > 0;
