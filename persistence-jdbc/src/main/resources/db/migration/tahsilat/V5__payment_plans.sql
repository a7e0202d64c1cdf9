-- Tahsilat storage schema, version 5: payment plans, for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply. A plan's covered items
-- and installments are few and always read with the plan, so they are arrays in the plan's row.
-- item_ids holds the invoice ids as text. The three installment arrays hold each installment's
-- number, due date (ISO 8601) and amount as text, at the same index.

CREATE TABLE ${prefix}payment_plan (
    company_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    version               bigint      NOT NULL,
    request_key           text        NOT NULL,
    counterparty_id       uuid        NOT NULL,
    plan_date             date        NOT NULL,
    currency              text        NOT NULL,
    item_ids              text[]      NOT NULL,
    restructured          numeric     NOT NULL,
    interest              numeric     NOT NULL,
    installment_numbers   text[]      NOT NULL,
    installment_due_dates text[]      NOT NULL,
    installment_amounts   text[]      NOT NULL,
    grace_days            integer     NOT NULL,
    status                text        NOT NULL,
    closed_on             date,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}payment_plan_pkey PRIMARY KEY (company_id, id),
    CONSTRAINT ${prefix}payment_plan_request_key_key UNIQUE (company_id, request_key)
);

CREATE INDEX ${prefix}payment_plan_counterparty_idx
    ON ${prefix}payment_plan (company_id, counterparty_id);

CREATE INDEX ${prefix}payment_plan_active_idx
    ON ${prefix}payment_plan (company_id, plan_date, id)
    WHERE status = 'ACTIVE';
