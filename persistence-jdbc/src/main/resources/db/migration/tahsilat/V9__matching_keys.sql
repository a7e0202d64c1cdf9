-- Tahsilat storage schema, version 9: the keys that bank-line matching looks open receivables
-- and counterparties up by, with their indexes, for PostgreSQL 14 or newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply. The store writes each
-- key on every insert and update with MatchKeys of persistence-spi, so the domain and the store
-- compute the same key from the same text:
--   number_key         the invoice number folded to upper-case ASCII letters and digits, leading
--                      zeros of each run of digits removed ("inv-000123" -> "INV123")
--   reference_key      the external reference folded to upper-case ASCII letters and digits
--   outstanding_minor  the outstanding amount in minor units (the unscaled value of outstanding)
--   name_key           the counterparty name folded to upper-case ASCII words joined by spaces
--
-- Rows written before this version get their keys from the UPDATE statements below, which
-- approximate MatchKeys in SQL: they strip the combining marks U+0300 to U+036F after NFD
-- normalization, where MatchKeys strips every non-spacing mark.

ALTER TABLE ${prefix}invoice
    ADD COLUMN number_key        text,
    ADD COLUMN reference_key     text,
    ADD COLUMN outstanding_minor bigint;

ALTER TABLE ${prefix}counterparty
    ADD COLUMN name_key text;

UPDATE ${prefix}invoice SET
    number_key = regexp_replace(
        regexp_replace(
            upper(regexp_replace(normalize(replace(number, 'ı', 'i'), NFD),
                '[\u0300-\u036f]', '', 'g')),
            '[^A-Z0-9]', '', 'g'),
        '(^|[^0-9])0+([0-9])', '\1\2', 'g'),
    reference_key = nullif(regexp_replace(
        upper(regexp_replace(normalize(replace(external_reference, 'ı', 'i'), NFD),
            '[\u0300-\u036f]', '', 'g')),
        '[^A-Z0-9]', '', 'g'), ''),
    outstanding_minor = CASE
        WHEN abs(outstanding * power(10::numeric, scale(outstanding))) < 9223372036854775807
        THEN (outstanding * power(10::numeric, scale(outstanding)))::bigint
    END;

UPDATE ${prefix}counterparty SET
    name_key = btrim(regexp_replace(
        upper(regexp_replace(normalize(replace(name, 'ı', 'i'), NFD), '[\u0300-\u036f]', '', 'g')),
        '[^A-Z0-9]+', ' ', 'g'));

-- The predicates match the ones in the store's queries: open receivables only.
CREATE INDEX ${prefix}invoice_match_number_idx
    ON ${prefix}invoice (company_id, number_key)
    WHERE direction = 'RECEIVABLE' AND status IN ('OPEN', 'PARTIALLY_PAID');

CREATE INDEX ${prefix}invoice_match_reference_idx
    ON ${prefix}invoice (company_id, reference_key)
    WHERE direction = 'RECEIVABLE' AND status IN ('OPEN', 'PARTIALLY_PAID')
        AND reference_key IS NOT NULL;

CREATE INDEX ${prefix}invoice_match_amount_idx
    ON ${prefix}invoice (company_id, currency, outstanding_minor, due_date, id)
    WHERE direction = 'RECEIVABLE' AND status IN ('OPEN', 'PARTIALLY_PAID');

CREATE INDEX ${prefix}invoice_match_counterparty_amount_idx
    ON ${prefix}invoice (company_id, counterparty_id, currency, outstanding_minor, due_date, id)
    WHERE direction = 'RECEIVABLE' AND status IN ('OPEN', 'PARTIALLY_PAID');

-- text_pattern_ops lets a left-anchored LIKE use the index whatever the database collation.
CREATE INDEX ${prefix}counterparty_name_key_idx
    ON ${prefix}counterparty (company_id, name_key text_pattern_ops, id);
