-- Tahsilat storage schema, version 3: dunning claims, run history, blocks and promises to pay,
-- for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply. The unique key on
-- (company_id, item_id, level) is the claim that makes each dunning level go out once per item.

CREATE TABLE ${prefix}dunning_record (
    company_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    version               bigint      NOT NULL,
    item_id               uuid        NOT NULL,
    level                 integer     NOT NULL,
    counterparty_id       uuid        NOT NULL,
    run_key               text        NOT NULL,
    as_of                 date        NOT NULL,
    invoice_number        text        NOT NULL,
    due_date              date        NOT NULL,
    days_past_due         bigint      NOT NULL,
    currency              text        NOT NULL,
    outstanding           numeric     NOT NULL,
    fee                   numeric     NOT NULL,
    fee_booked            boolean     NOT NULL,
    status                text        NOT NULL,
    done_channels         text[]      NOT NULL,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}dunning_record_pkey PRIMARY KEY (company_id, id),
    CONSTRAINT ${prefix}dunning_record_item_level_key UNIQUE (company_id, item_id, level)
);

CREATE INDEX ${prefix}dunning_record_pending_idx
    ON ${prefix}dunning_record (company_id, item_id, level)
    WHERE status IN ('CLAIMED', 'FAILED');

CREATE TABLE ${prefix}dunning_run (
    company_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    run_key               text        NOT NULL,
    as_of                 date        NOT NULL,
    notices               integer     NOT NULL,
    failures              integer     NOT NULL,
    exclusions            integer     NOT NULL,
    fee_currencies        text[]      NOT NULL,
    fee_amounts           text[]      NOT NULL,
    interest_currencies   text[]      NOT NULL,
    interest_amounts      text[]      NOT NULL,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}dunning_run_pkey PRIMARY KEY (company_id, id)
);

CREATE TABLE ${prefix}dunning_block (
    company_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    item_id               uuid        NOT NULL,
    reason                text        NOT NULL,
    from_date             date        NOT NULL,
    until_date            date        NOT NULL,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}dunning_block_pkey PRIMARY KEY (company_id, id)
);

CREATE INDEX ${prefix}dunning_block_item_idx ON ${prefix}dunning_block (company_id, item_id);

CREATE TABLE ${prefix}promise_to_pay (
    company_id                uuid        NOT NULL,
    id                        uuid        NOT NULL,
    version                   bigint      NOT NULL,
    item_id                   uuid        NOT NULL,
    promised_on               date        NOT NULL,
    pay_by                    date        NOT NULL,
    currency                  text        NOT NULL,
    amount                    numeric     NOT NULL,
    outstanding_when_promised numeric     NOT NULL,
    status                    text        NOT NULL,
    last_write_actor_kind     text        NOT NULL,
    last_write_actor_id       text        NOT NULL,
    last_write_at             timestamptz NOT NULL,
    CONSTRAINT ${prefix}promise_to_pay_pkey PRIMARY KEY (company_id, id)
);

CREATE INDEX ${prefix}promise_to_pay_item_idx ON ${prefix}promise_to_pay (company_id, item_id);
