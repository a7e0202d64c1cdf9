-- Tahsilat storage schema, version 12: every payment of a bank entry, for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply. A bank line that pays
-- invoices of several counterparties books one payment per counterparty. payment_id keeps the
-- first of them, and additional_payment_ids the others in booking order, so that returning the
-- line reverses every payment it booked. Rows written before this version booked one payment
-- each and get an empty array.

ALTER TABLE ${prefix}bank_entry
    ADD COLUMN additional_payment_ids uuid[] NOT NULL DEFAULT '{}';
