-- Tahsilat storage schema, version 7: an index for reading the ledger entries of one invoice,
-- for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply. The open fees and
-- interest of an invoice are summed from its own entries, so that query reads this index and
-- not the counterparty's whole ledger. Entries without an invoice are left out of it.

CREATE INDEX ${prefix}ledger_entry_invoice_idx
    ON ${prefix}ledger_entry (company_id, invoice_id, sequence)
    WHERE invoice_id IS NOT NULL;
