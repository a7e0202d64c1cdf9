-- Tahsilat storage schema, version 2: payments, allocations, the counterparty ledger and
-- instruments (cheques and promissory notes), for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply: company_id first in
-- every key and index, NUMERIC without a fixed scale, timestamptz instants, text enum columns
-- without CHECK constraints, and constraint names that the store maps to its own exceptions.

CREATE TABLE ${prefix}payment (
    company_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    version               bigint      NOT NULL,
    counterparty_id       uuid        NOT NULL,
    direction             text        NOT NULL,
    value_date            date        NOT NULL,
    currency              text        NOT NULL,
    amount                numeric     NOT NULL,
    charges               numeric     NOT NULL,
    method                text        NOT NULL,
    remittance            text        NOT NULL,
    idempotency_key       text,
    unapplied             numeric     NOT NULL,
    reversed_on           date,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}payment_pkey PRIMARY KEY (company_id, id),
    CONSTRAINT ${prefix}payment_idempotency_key_key UNIQUE (company_id, idempotency_key)
);

-- Payments with unapplied credit, listed by (value_date, id). The predicate matches the store's
-- query.
CREATE INDEX ${prefix}payment_unapplied_idx
    ON ${prefix}payment (company_id, counterparty_id, value_date, id)
    WHERE reversed_on IS NULL AND unapplied > 0;

-- Allocations are never updated. "insertion" numbers the rows in insertion order, which is the
-- order of the store's lists. Its sequence is not transactional, so the numbers may have gaps.
CREATE TABLE ${prefix}allocation (
    company_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    insertion             bigserial   NOT NULL,
    source_id             uuid        NOT NULL,
    counterparty_id       uuid        NOT NULL,
    invoice_id            uuid        NOT NULL,
    installment           integer     NOT NULL,
    value_date            date        NOT NULL,
    currency              text        NOT NULL,
    fee                   numeric     NOT NULL,
    interest              numeric     NOT NULL,
    principal             numeric     NOT NULL,
    discount              numeric     NOT NULL,
    write_off             numeric     NOT NULL,
    component_order       text        NOT NULL,
    reverses              uuid,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}allocation_pkey PRIMARY KEY (company_id, id)
);

CREATE INDEX ${prefix}allocation_source_idx
    ON ${prefix}allocation (company_id, source_id, insertion);

CREATE INDEX ${prefix}allocation_invoice_idx
    ON ${prefix}allocation (company_id, invoice_id, insertion);

-- The ledger numbers each company's entries from a counter row, as the event log does: an append
-- increments it in the appending transaction and keeps it locked until that transaction ends.
CREATE TABLE ${prefix}ledger_counter (
    company_id    uuid   NOT NULL,
    last_sequence bigint NOT NULL,
    CONSTRAINT ${prefix}ledger_counter_pkey PRIMARY KEY (company_id)
);

CREATE TABLE ${prefix}ledger_entry (
    company_id      uuid        NOT NULL,
    sequence        bigint      NOT NULL,
    id              uuid        NOT NULL,
    counterparty_id uuid        NOT NULL,
    currency        text        NOT NULL,
    kind            text        NOT NULL,
    value_date      date        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    amount          numeric     NOT NULL,
    balance_effect  numeric     NOT NULL,
    document_id     uuid        NOT NULL,
    invoice_id      uuid,
    component       text,
    note            text        NOT NULL,
    reverses        uuid,
    actor_kind      text        NOT NULL,
    actor_id        text        NOT NULL,
    CONSTRAINT ${prefix}ledger_entry_pkey PRIMARY KEY (company_id, sequence),
    CONSTRAINT ${prefix}ledger_entry_id_key UNIQUE (company_id, id)
);

-- A counterparty's entries in one currency page by (value_date, sequence). The balance query
-- reads the same index up to a value date.
CREATE INDEX ${prefix}ledger_entry_account_idx
    ON ${prefix}ledger_entry (company_id, counterparty_id, currency, value_date, sequence);

CREATE INDEX ${prefix}ledger_entry_document_idx
    ON ${prefix}ledger_entry (company_id, document_id, sequence);

CREATE TABLE ${prefix}instrument (
    company_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    version               bigint      NOT NULL,
    counterparty_id       uuid        NOT NULL,
    kind                  text        NOT NULL,
    serial_number         text        NOT NULL,
    drawer                text        NOT NULL,
    received_on           date        NOT NULL,
    maturity              date        NOT NULL,
    currency              text        NOT NULL,
    amount                numeric     NOT NULL,
    paid_on_bounce        numeric     NOT NULL,
    status                text        NOT NULL,
    holder                text        NOT NULL,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}instrument_pkey PRIMARY KEY (company_id, id)
);

-- Uncleared instruments, listed by (maturity, id). The predicate matches the store's queries.
CREATE INDEX ${prefix}instrument_uncleared_idx
    ON ${prefix}instrument (company_id, maturity, id)
    WHERE status NOT IN ('CLEARED', 'BOUNCED');

CREATE INDEX ${prefix}instrument_uncleared_counterparty_idx
    ON ${prefix}instrument (company_id, counterparty_id, maturity, id)
    WHERE status NOT IN ('CLEARED', 'BOUNCED');
