-- Tahsilat storage schema, version 8: an index on the ledger entries that raise a fee or late
-- interest, for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. Dunning reads the invoices that were ever charged a
-- fee or interest, so it keeps dunning those whose principal is paid while a charge is open.
-- This partial index keeps that read proportional to the charge entries, not the whole ledger.

CREATE INDEX ${prefix}ledger_entry_charged_idx
    ON ${prefix}ledger_entry (company_id, invoice_id)
    WHERE kind IN ('FEE', 'INTEREST') AND invoice_id IS NOT NULL;
