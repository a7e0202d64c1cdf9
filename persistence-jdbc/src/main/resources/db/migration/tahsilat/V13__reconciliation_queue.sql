-- Tahsilat storage schema, version 13: the reconciliation queue, for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply. Each row is a bank line
-- that an import left unmatched or only proposed, kept for a person with its best suggestions.
-- The primary key on (company_id, entry_key) queues a line once: of two imports that queue the
-- same key, the second inserts nothing (ON CONFLICT DO NOTHING). A row changes once, when it is
-- resolved, and is never deleted, so a resolved line is not queued again.
--
-- The suggestions are four arrays of equal length, one element per suggested invoice, highest
-- score first. resolution_kind is NULL while the line is open; the resolution columns are set
-- together when it leaves the queue.

CREATE TABLE ${prefix}reconciliation_queue (
    company_id               uuid        NOT NULL,
    entry_key                text        NOT NULL,
    statement_id             text        NOT NULL,
    account_id               text        NOT NULL,
    booking_date             date        NOT NULL,
    value_date               date,
    amount_minor             bigint      NOT NULL,
    currency                 text        NOT NULL,
    counterparty_name        text,
    counterparty_iban        text,
    remittance               text,
    end_to_end_id            text,
    charges_minor            bigint      NOT NULL,
    content_key              text,
    suggestion_invoice_ids   uuid[]      NOT NULL,
    suggestion_scores        integer[]   NOT NULL,
    suggestion_rules         text[]      NOT NULL,
    suggestion_explanations  text[]      NOT NULL,
    queued_actor_kind        text        NOT NULL,
    queued_actor_id          text        NOT NULL,
    queued_at                timestamptz NOT NULL,
    resolution_kind          text,
    resolved_actor_kind      text,
    resolved_actor_id        text,
    resolved_at              timestamptz,
    resolution_note          text,
    CONSTRAINT ${prefix}reconciliation_queue_pkey PRIMARY KEY (company_id, entry_key)
);

-- The open pages: a company's open lines by booking date, then entry key in byte order.
CREATE INDEX ${prefix}reconciliation_queue_open_idx
    ON ${prefix}reconciliation_queue (company_id, booking_date, entry_key COLLATE "C")
    WHERE resolution_kind IS NULL;
