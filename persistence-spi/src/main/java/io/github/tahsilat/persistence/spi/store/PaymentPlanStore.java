package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.ItemInActivePlanException;
import io.github.tahsilat.persistence.spi.RecordNotFoundException;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.PaymentPlanRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stores a company's payment plans.
 *
 * <p>Unique per company: the id, the request key, and each invoice among the items of the plans in
 * status {@code ACTIVE}, so an invoice is in at most one active plan. The store checks the invoices
 * in the same atomic step as the write: of two plans inserted at once over the same invoice, in two
 * transactions, one is stored and the other fails with {@link ItemInActivePlanException}. Lists are
 * ordered by plan date, then by id as {@link UUID#toString()} text. The write rules of {@link
 * CompanyStore} apply. Implementations are thread-safe and join the active transaction.
 */
public interface PaymentPlanStore {

    /**
     * Inserts a plan at version 1.
     *
     * @throws DuplicateKeyException if the company has a plan with the same id or request key
     * @throws ItemInActivePlanException if the plan is active and one of its items is in another
     *     active plan of the company
     */
    PaymentPlanRecord insert(UUID companyId, PaymentPlanRecord plan);

    /**
     * Updates a plan, typically its status. The request key does not change. A plan that leaves
     * status {@code ACTIVE} frees its items for another plan.
     *
     * @throws RecordNotFoundException if the company has no plan with this id
     * @throws StaleVersionException if the stored version differs from {@code plan.version()}
     * @throws IllegalArgumentException if the request key differs from the stored one
     * @throws ItemInActivePlanException if the updated plan is active and one of its items is in
     *     another active plan of the company
     */
    PaymentPlanRecord update(UUID companyId, PaymentPlanRecord plan);

    /** Returns the plan, or empty if the company has none with this id. */
    Optional<PaymentPlanRecord> find(UUID companyId, UUID id);

    /** Returns the plan created with the request key, or empty. */
    Optional<PaymentPlanRecord> findByRequestKey(UUID companyId, String requestKey);

    /** Returns a counterparty's plans in every status, possibly none. */
    List<PaymentPlanRecord> ofCounterparty(UUID companyId, UUID counterpartyId);

    /** Returns the company's plans in status {@code ACTIVE}, possibly none. */
    List<PaymentPlanRecord> active(UUID companyId);

    /**
     * Returns the company's plans that left status {@code ACTIVE} on a date after {@code date}:
     * those whose {@code closedOn} is after it, possibly none. A run for {@code date} reads them
     * because they were still active then, unless agreed after it.
     */
    List<PaymentPlanRecord> closedAfter(UUID companyId, LocalDate date);
}
