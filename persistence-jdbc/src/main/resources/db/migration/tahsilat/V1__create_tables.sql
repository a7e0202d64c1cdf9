-- Tahsilat storage schema, version 1, for PostgreSQL 14 or newer.
--
-- ${prefix} is a Flyway placeholder for the table name prefix (default "tahsilat_"). To run this
-- file with another tool, replace every ${prefix} with the prefix given to JdbcOptions first.
--
-- Conventions:
-- * The company id is the first column of every key and index, so that a company's rows stay
--   together and no query reaches another company's rows.
-- * Amounts, prices, quantities and rates are NUMERIC without a fixed scale, so that each value
--   comes back with the scale it was written with (10.50 stays 10.50, 10 stays 10).
-- * Instants are timestamptz (microsecond precision), dates are date, ids are uuid.
-- * Enum-like columns are text without a CHECK constraint: the store rejects an unknown value
--   when it reads the row, and a later library version can add a value without a migration.
-- * The store maps a violation of a unique constraint to its own exception by the constraint's
--   name, so the names below are part of the contract with the code.

CREATE TABLE ${prefix}company (
    company_id            uuid        NOT NULL,
    version               bigint      NOT NULL,
    legal_name            text        NOT NULL,
    functional_currency   text        NOT NULL,
    zone_id               text        NOT NULL,
    rounding_mode         text        NOT NULL,
    vat_rounding          text        NOT NULL,
    vkn                   text,
    mersis                text,
    calendar_id           text        NOT NULL,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}company_pkey PRIMARY KEY (company_id)
);

CREATE TABLE ${prefix}company_bank_account (
    company_id uuid    NOT NULL,
    position   integer NOT NULL,
    iban       text    NOT NULL,
    bank_name  text    NOT NULL,
    currency   text    NOT NULL,
    CONSTRAINT ${prefix}company_bank_account_pkey PRIMARY KEY (company_id, position),
    CONSTRAINT ${prefix}company_bank_account_fkey FOREIGN KEY (company_id)
        REFERENCES ${prefix}company (company_id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}counterparty (
    company_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    version               bigint      NOT NULL,
    kind                  text        NOT NULL,
    name                  text        NOT NULL,
    tax_id_type           text,
    tax_id_value          text,
    locale_tag            text        NOT NULL,
    segment               text,
    on_hold               boolean     NOT NULL,
    hold_reason           text,
    email                 text,
    phone                 text,
    address               text,
    natural_person        boolean     NOT NULL,
    erasure_state         text        NOT NULL,
    erasure_requested_at  timestamptz,
    retention_ends        date,
    erased_at             timestamptz,
    external_reference    text,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}counterparty_pkey PRIMARY KEY (company_id, id),
    CONSTRAINT ${prefix}counterparty_external_reference_key
        UNIQUE (company_id, external_reference)
);

CREATE INDEX ${prefix}counterparty_tax_id_idx
    ON ${prefix}counterparty (company_id, tax_id_type, tax_id_value, id)
    WHERE tax_id_value IS NOT NULL;

CREATE TABLE ${prefix}counterparty_iban (
    company_id      uuid    NOT NULL,
    counterparty_id uuid    NOT NULL,
    position        integer NOT NULL,
    iban            text    NOT NULL,
    CONSTRAINT ${prefix}counterparty_iban_pkey PRIMARY KEY (company_id, counterparty_id, position),
    CONSTRAINT ${prefix}counterparty_iban_fkey FOREIGN KEY (company_id, counterparty_id)
        REFERENCES ${prefix}counterparty (company_id, id) ON DELETE CASCADE
);

CREATE INDEX ${prefix}counterparty_iban_iban_idx
    ON ${prefix}counterparty_iban (company_id, iban, counterparty_id);

-- An invoice's totals are four columns for each of its two totals: the totals it is owed by
-- (totals_*) and the totals computed from the lines when those differ (computed_*, all NULL when
-- absent). Their VAT and withholding breakdowns live in child tables with a "computed" flag.
CREATE TABLE ${prefix}invoice (
    company_id            uuid        NOT NULL,
    id                    uuid        NOT NULL,
    version               bigint      NOT NULL,
    direction             text        NOT NULL,
    number                text        NOT NULL,
    counterparty_id       uuid        NOT NULL,
    currency              text        NOT NULL,
    issue_date            date        NOT NULL,
    due_date              date        NOT NULL,
    price_basis           text        NOT NULL,
    totals_net            numeric     NOT NULL,
    totals_gross          numeric     NOT NULL,
    totals_withheld       numeric     NOT NULL,
    totals_receivable     numeric     NOT NULL,
    computed_net          numeric,
    computed_gross        numeric,
    computed_withheld     numeric,
    computed_receivable   numeric,
    outstanding           numeric     NOT NULL,
    settled               numeric     NOT NULL,
    credited              numeric     NOT NULL,
    written_off           numeric     NOT NULL,
    status                text        NOT NULL,
    closed_on             date,
    dispute_reason        text,
    dispute_raised_on     date,
    dispute_resolved_on   date,
    terms_notation        text,
    last_dunning_level    integer     NOT NULL,
    external_reference    text,
    idempotency_key       text,
    last_write_actor_kind text        NOT NULL,
    last_write_actor_id   text        NOT NULL,
    last_write_at         timestamptz NOT NULL,
    CONSTRAINT ${prefix}invoice_pkey PRIMARY KEY (company_id, id),
    CONSTRAINT ${prefix}invoice_number_key UNIQUE (company_id, direction, number),
    CONSTRAINT ${prefix}invoice_external_reference_key UNIQUE (company_id, external_reference),
    CONSTRAINT ${prefix}invoice_idempotency_key_key UNIQUE (company_id, idempotency_key)
);

-- The open-item queries page in (due_date, id) order; uuid columns compare as unsigned 128-bit
-- numbers, the order the SPI documents. The predicate matches the one in the store's queries.
CREATE INDEX ${prefix}invoice_open_due_idx
    ON ${prefix}invoice (company_id, due_date, id)
    WHERE status IN ('OPEN', 'PARTIALLY_PAID');

CREATE INDEX ${prefix}invoice_open_counterparty_idx
    ON ${prefix}invoice (company_id, counterparty_id, due_date, id)
    WHERE status IN ('OPEN', 'PARTIALLY_PAID');

-- Items open on a past date include closed ones, so that query walks every invoice by due date.
CREATE INDEX ${prefix}invoice_due_idx
    ON ${prefix}invoice (company_id, due_date, id);

CREATE TABLE ${prefix}invoice_line (
    company_id              uuid    NOT NULL,
    invoice_id              uuid    NOT NULL,
    position                integer NOT NULL,
    description             text    NOT NULL,
    quantity                numeric NOT NULL,
    unit_price              numeric NOT NULL,
    discount_percent        numeric NOT NULL,
    discount_amount         numeric,
    vat_percent             numeric NOT NULL,
    withholding_code        text,
    withholding_numerator   integer,
    withholding_denominator integer,
    CONSTRAINT ${prefix}invoice_line_pkey PRIMARY KEY (company_id, invoice_id, position),
    CONSTRAINT ${prefix}invoice_line_fkey FOREIGN KEY (company_id, invoice_id)
        REFERENCES ${prefix}invoice (company_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}invoice_installment (
    company_id uuid    NOT NULL,
    invoice_id uuid    NOT NULL,
    position   integer NOT NULL,
    number     integer NOT NULL,
    due_date   date    NOT NULL,
    amount     numeric NOT NULL,
    CONSTRAINT ${prefix}invoice_installment_pkey PRIMARY KEY (company_id, invoice_id, position),
    CONSTRAINT ${prefix}invoice_installment_fkey FOREIGN KEY (company_id, invoice_id)
        REFERENCES ${prefix}invoice (company_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}invoice_installment_discount (
    company_id            uuid    NOT NULL,
    invoice_id            uuid    NOT NULL,
    installment_position  integer NOT NULL,
    position              integer NOT NULL,
    percent               numeric NOT NULL,
    last_day              date    NOT NULL,
    amount                numeric NOT NULL,
    CONSTRAINT ${prefix}invoice_installment_discount_pkey
        PRIMARY KEY (company_id, invoice_id, installment_position, position),
    CONSTRAINT ${prefix}invoice_installment_discount_fkey
        FOREIGN KEY (company_id, invoice_id, installment_position)
        REFERENCES ${prefix}invoice_installment (company_id, invoice_id, position)
        ON DELETE CASCADE
);

CREATE TABLE ${prefix}invoice_vat_total (
    company_id   uuid    NOT NULL,
    invoice_id   uuid    NOT NULL,
    computed     boolean NOT NULL,
    position     integer NOT NULL,
    rate_percent numeric NOT NULL,
    base         numeric NOT NULL,
    amount       numeric NOT NULL,
    CONSTRAINT ${prefix}invoice_vat_total_pkey
        PRIMARY KEY (company_id, invoice_id, computed, position),
    CONSTRAINT ${prefix}invoice_vat_total_fkey FOREIGN KEY (company_id, invoice_id)
        REFERENCES ${prefix}invoice (company_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}invoice_withholding_total (
    company_id  uuid    NOT NULL,
    invoice_id  uuid    NOT NULL,
    computed    boolean NOT NULL,
    position    integer NOT NULL,
    code        text    NOT NULL,
    numerator   integer NOT NULL,
    denominator integer NOT NULL,
    amount      numeric NOT NULL,
    CONSTRAINT ${prefix}invoice_withholding_total_pkey
        PRIMARY KEY (company_id, invoice_id, computed, position),
    CONSTRAINT ${prefix}invoice_withholding_total_fkey FOREIGN KEY (company_id, invoice_id)
        REFERENCES ${prefix}invoice (company_id, id) ON DELETE CASCADE
);

-- A credit document without totals has every totals_* column NULL.
CREATE TABLE ${prefix}credit_document (
    company_id                uuid        NOT NULL,
    id                        uuid        NOT NULL,
    version                   bigint      NOT NULL,
    kind                      text        NOT NULL,
    direction                 text        NOT NULL,
    number                    text        NOT NULL,
    counterparty_id           uuid        NOT NULL,
    referenced_invoice_id     uuid,
    referenced_invoice_number text,
    issue_date                date        NOT NULL,
    currency                  text        NOT NULL,
    price_basis               text        NOT NULL,
    totals_net                numeric,
    totals_gross              numeric,
    totals_withheld           numeric,
    totals_receivable         numeric,
    computed_net              numeric,
    computed_gross            numeric,
    computed_withheld         numeric,
    computed_receivable       numeric,
    amount                    numeric     NOT NULL,
    remaining_credit          numeric     NOT NULL,
    idempotency_key           text,
    last_write_actor_kind     text        NOT NULL,
    last_write_actor_id       text        NOT NULL,
    last_write_at             timestamptz NOT NULL,
    CONSTRAINT ${prefix}credit_document_pkey PRIMARY KEY (company_id, id),
    CONSTRAINT ${prefix}credit_document_number_key UNIQUE (company_id, direction, kind, number),
    CONSTRAINT ${prefix}credit_document_idempotency_key_key UNIQUE (company_id, idempotency_key)
);

CREATE INDEX ${prefix}credit_document_invoice_idx
    ON ${prefix}credit_document (company_id, referenced_invoice_id, issue_date, id)
    WHERE referenced_invoice_id IS NOT NULL;

CREATE INDEX ${prefix}credit_document_remaining_idx
    ON ${prefix}credit_document (company_id, counterparty_id, issue_date, id)
    WHERE remaining_credit > 0;

CREATE TABLE ${prefix}credit_document_line (
    company_id              uuid    NOT NULL,
    credit_document_id      uuid    NOT NULL,
    position                integer NOT NULL,
    description             text    NOT NULL,
    quantity                numeric NOT NULL,
    unit_price              numeric NOT NULL,
    discount_percent        numeric NOT NULL,
    discount_amount         numeric,
    vat_percent             numeric NOT NULL,
    withholding_code        text,
    withholding_numerator   integer,
    withholding_denominator integer,
    CONSTRAINT ${prefix}credit_document_line_pkey
        PRIMARY KEY (company_id, credit_document_id, position),
    CONSTRAINT ${prefix}credit_document_line_fkey
        FOREIGN KEY (company_id, credit_document_id)
        REFERENCES ${prefix}credit_document (company_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}credit_document_vat_total (
    company_id         uuid    NOT NULL,
    credit_document_id uuid    NOT NULL,
    computed           boolean NOT NULL,
    position           integer NOT NULL,
    rate_percent       numeric NOT NULL,
    base               numeric NOT NULL,
    amount             numeric NOT NULL,
    CONSTRAINT ${prefix}credit_document_vat_total_pkey
        PRIMARY KEY (company_id, credit_document_id, computed, position),
    CONSTRAINT ${prefix}credit_document_vat_total_fkey
        FOREIGN KEY (company_id, credit_document_id)
        REFERENCES ${prefix}credit_document (company_id, id) ON DELETE CASCADE
);

CREATE TABLE ${prefix}credit_document_withholding_total (
    company_id         uuid    NOT NULL,
    credit_document_id uuid    NOT NULL,
    computed           boolean NOT NULL,
    position           integer NOT NULL,
    code               text    NOT NULL,
    numerator          integer NOT NULL,
    denominator        integer NOT NULL,
    amount             numeric NOT NULL,
    CONSTRAINT ${prefix}credit_document_withholding_total_pkey
        PRIMARY KEY (company_id, credit_document_id, computed, position),
    CONSTRAINT ${prefix}credit_document_withholding_total_fkey
        FOREIGN KEY (company_id, credit_document_id)
        REFERENCES ${prefix}credit_document (company_id, id) ON DELETE CASCADE
);

-- One row per company stores the last sequence number handed out. An append increments it in the
-- appending transaction, which keeps the row locked until it ends, so appends of one company run
-- one at a time and their events become visible in sequence order. A rolled-back append also
-- rolls back its increment.
CREATE TABLE ${prefix}event_counter (
    company_id    uuid   NOT NULL,
    last_sequence bigint NOT NULL,
    CONSTRAINT ${prefix}event_counter_pkey PRIMARY KEY (company_id)
);

-- The payload is jsonb, a flat object of text values: it is read and written whole with its event,
-- never joined or filtered by the store, and an outbox reader can query it without a join.
CREATE TABLE ${prefix}event (
    company_id   uuid        NOT NULL,
    sequence     bigint      NOT NULL,
    id           uuid        NOT NULL,
    type         text        NOT NULL,
    aggregate_id uuid        NOT NULL,
    payload      jsonb       NOT NULL,
    occurred_at  timestamptz NOT NULL,
    actor_kind   text        NOT NULL,
    actor_id     text        NOT NULL,
    CONSTRAINT ${prefix}event_pkey PRIMARY KEY (company_id, sequence),
    CONSTRAINT ${prefix}event_id_key UNIQUE (company_id, id)
);
