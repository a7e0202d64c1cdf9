-- Tahsilat storage schema, version 4: the bank entries that reconciliation booked, for
-- PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply. The primary key on
-- (company_id, entry_key) makes each bank entry book once: of two transactions that insert the
-- same key, the second fails. Rows are never updated.

CREATE TABLE ${prefix}bank_entry (
    company_id            uuid        NOT NULL,
    entry_key             text        NOT NULL,
    statement_id          text        NOT NULL,
    account_id            text        NOT NULL,
    booking_date          date        NOT NULL,
    amount_minor          bigint      NOT NULL,
    currency              text        NOT NULL,
    end_to_end_id         text,
    decision              text        NOT NULL,
    payment_id            uuid,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}bank_entry_pkey PRIMARY KEY (company_id, entry_key)
);

CREATE INDEX ${prefix}bank_entry_statement_idx
    ON ${prefix}bank_entry (company_id, statement_id);

CREATE INDEX ${prefix}bank_entry_account_idx
    ON ${prefix}bank_entry (company_id, account_id, booking_date);

CREATE INDEX ${prefix}bank_entry_end_to_end_idx
    ON ${prefix}bank_entry (company_id, account_id, end_to_end_id)
    WHERE end_to_end_id IS NOT NULL;
