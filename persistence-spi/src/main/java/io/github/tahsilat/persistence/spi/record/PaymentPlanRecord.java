package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment plan: a counterparty's overdue receivables restructured into installments. Amounts are
 * in {@code currency} at its minor-unit scale.
 *
 * <p>Invariant: the installment amounts add up to {@code restructured + interest}, the installment
 * numbers run from 0 or 1 upwards without a gap, and their due dates never decrease.
 *
 * @param companyId the owning company
 * @param id the plan's id, made by the library
 * @param version 0 for a record to insert, else the stored version this record was read at
 * @param requestKey the idempotency key of the request that created the plan, not blank, at most
 *     200 characters; unique per company
 * @param counterpartyId the counterparty that owes the items
 * @param planDate the day the plan was agreed; its epoch day fits in an int
 * @param currency the ISO 4217 code of the amounts
 * @param itemIds the invoices the plan covers, in due-date order; not empty, no repeats
 * @param restructured what the items owed when the plan was created, fees and interest included;
 *     above 0
 * @param interest the interest the plan adds, 0 or more
 * @param installments the installments in due-date order, the down payment first as number 0
 * @param graceDays the days after an installment's due date before a shortfall breaks the plan, 0
 *     or more
 * @param status the state of the plan
 * @param closedOn the as-of date on which the plan broke, completed or was cancelled; empty while
 *     it is active
 * @param lastWrite who wrote this version and when
 */
public record PaymentPlanRecord(
        UUID companyId,
        UUID id,
        long version,
        String requestKey,
        UUID counterpartyId,
        LocalDate planDate,
        String currency,
        List<UUID> itemIds,
        BigDecimal restructured,
        BigDecimal interest,
        List<PlanInstallmentRecord> installments,
        int graceDays,
        PaymentPlanStatus status,
        Optional<LocalDate> closedOn,
        WriteStamp lastWrite) {

    /** The maximum length of a request key. */
    public static final int MAX_REQUEST_KEY_LENGTH = 200;

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or a list element is {@code null}
     * @throws IllegalArgumentException if a value is out of the range documented above, the items
     *     repeat, the installments break the invariant, or {@code closedOn} is present on an active
     *     plan or missing on another
     */
    public PaymentPlanRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Checks.version(version);
        Checks.text(requestKey, "requestKey");
        if (requestKey.length() > MAX_REQUEST_KEY_LENGTH) {
            throw Checks.invalid(
                    "requestKey",
                    requestKey.length() + " characters",
                    "at most " + MAX_REQUEST_KEY_LENGTH + " characters");
        }
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Checks.epochDayDate(planDate, "planDate");
        Checks.currency(currency, "currency");
        itemIds = Checks.list(itemIds, "itemIds");
        if (itemIds.isEmpty() || new HashSet<>(itemIds).size() != itemIds.size()) {
            throw Checks.invalid("itemIds", itemIds, "at least one invoice id, none repeated");
        }
        Checks.positive(restructured, "restructured");
        Checks.nonNegative(interest, "interest");
        installments = Checks.list(installments, "installments");
        checkInstallments(installments, restructured.add(interest));
        if (graceDays < 0) {
            throw Checks.invalid("graceDays", graceDays, "a number of days of at least 0");
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(closedOn, "closedOn");
        if (closedOn.isPresent() != status.isFinal()) {
            throw Checks.invalid(
                    "closedOn", closedOn, "a date exactly when the status is not ACTIVE");
        }
        closedOn.ifPresent(date -> Checks.epochDayDate(date, "closedOn"));
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    private static void checkInstallments(
            List<PlanInstallmentRecord> installments, BigDecimal sum) {
        if (installments.isEmpty()) {
            throw Checks.invalid("installments", installments, "at least one installment");
        }
        int expected = installments.get(0).number() == 0 ? 0 : 1;
        BigDecimal total = BigDecimal.ZERO;
        LocalDate previous = installments.get(0).dueDate();
        for (PlanInstallmentRecord installment : installments) {
            if (installment.number() != expected) {
                throw Checks.invalid(
                        "installments", installment.number(), "installment number " + expected);
            }
            if (installment.dueDate().isBefore(previous)) {
                throw Checks.invalid(
                        "installments",
                        installment.dueDate(),
                        "a due date on or after " + previous);
            }
            total = total.add(installment.amount());
            previous = installment.dueDate();
            expected++;
        }
        if (total.compareTo(sum) != 0) {
            throw Checks.invalid(
                    "installments",
                    "a total of " + total.toPlainString(),
                    "installments that add up to restructured plus interest, "
                            + sum.toPlainString());
        }
    }

    /** Returns a copy with another version; stores use it when they write. */
    public PaymentPlanRecord withVersion(long newVersion) {
        return new PaymentPlanRecord(
                companyId,
                id,
                newVersion,
                requestKey,
                counterpartyId,
                planDate,
                currency,
                itemIds,
                restructured,
                interest,
                installments,
                graceDays,
                status,
                closedOn,
                lastWrite);
    }

    /**
     * Returns a copy closed with {@code newStatus} on {@code date}, at the version it was read.
     *
     * @throws IllegalArgumentException if {@code newStatus} is {@link PaymentPlanStatus#ACTIVE}
     */
    public PaymentPlanRecord closed(PaymentPlanStatus newStatus, LocalDate date, WriteStamp stamp) {
        return new PaymentPlanRecord(
                companyId,
                id,
                version,
                requestKey,
                counterpartyId,
                planDate,
                currency,
                itemIds,
                restructured,
                interest,
                installments,
                graceDays,
                newStatus,
                Optional.of(date),
                stamp);
    }

    /** Returns a copy with another write stamp, at the same version. */
    public PaymentPlanRecord withLastWrite(WriteStamp stamp) {
        return new PaymentPlanRecord(
                companyId,
                id,
                version,
                requestKey,
                counterpartyId,
                planDate,
                currency,
                itemIds,
                restructured,
                interest,
                installments,
                graceDays,
                status,
                closedOn,
                stamp);
    }
}
