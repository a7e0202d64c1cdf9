-- Tahsilat storage schema, version 11: an index on a counterparty's fee and interest entries, for
-- PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1.

-- Recording a payment reads the counterparty's invoices that were ever charged a fee or interest,
-- in the payment's currency, to settle charges still open on invoices whose principal is paid.
-- This partial index keeps that read proportional to the counterparty's charge entries, not to
-- its whole ledger or to other counterparties.
CREATE INDEX ${prefix}ledger_entry_account_charged_idx
    ON ${prefix}ledger_entry (company_id, counterparty_id, currency, invoice_id)
    WHERE kind IN ('FEE', 'INTEREST') AND invoice_id IS NOT NULL;
