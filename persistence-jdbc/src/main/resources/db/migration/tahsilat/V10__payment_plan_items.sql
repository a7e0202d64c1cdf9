-- Tahsilat storage schema, version 10: the invoices of active payment plans, for PostgreSQL 14 or
-- newer.
--
-- ${prefix} is the same placeholder as in V1. The conventions of V1 apply. An invoice is in at most
-- one active payment plan of its company. A unique constraint cannot reach into the item_ids array
-- of V5, so each active plan claims its invoices here, one row each, and the primary key rejects a
-- second claim on an invoice. A transaction that inserts a conflicting claim while the first claim
-- is still uncommitted waits for that transaction to end, so of two plans written at once over the
-- same invoice only one is stored. The store inserts a plan's claims with the plan, in invoice id
-- order, so two such inserts take their row locks in the same order. It deletes the claims when
-- the plan leaves status ACTIVE.
--
-- The INSERT below claims the invoices of the plans that are active before this version. Where two
-- active plans already share an invoice, the plan with the earlier plan date (then the lower id as
-- text) claims it, and the other plan keeps the invoice in item_ids without a claim.

CREATE TABLE ${prefix}payment_plan_item (
    company_id uuid NOT NULL,
    item_id    uuid NOT NULL,
    plan_id    uuid NOT NULL,
    CONSTRAINT ${prefix}payment_plan_item_pkey PRIMARY KEY (company_id, item_id),
    CONSTRAINT ${prefix}payment_plan_item_plan_fkey FOREIGN KEY (company_id, plan_id)
        REFERENCES ${prefix}payment_plan (company_id, id) ON DELETE CASCADE
);

CREATE INDEX ${prefix}payment_plan_item_plan_idx
    ON ${prefix}payment_plan_item (company_id, plan_id);

INSERT INTO ${prefix}payment_plan_item (company_id, item_id, plan_id)
SELECT DISTINCT ON (plan.company_id, item.id)
       plan.company_id, item.id::uuid, plan.id
  FROM ${prefix}payment_plan AS plan
 CROSS JOIN LATERAL unnest(plan.item_ids) AS item(id)
 WHERE plan.status = 'ACTIVE'
 ORDER BY plan.company_id, item.id, plan.plan_date, plan.id::text;
