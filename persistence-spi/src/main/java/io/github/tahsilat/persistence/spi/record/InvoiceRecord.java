package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An invoice issued to or received from a counterparty: an open item while it is {@link
 * InvoiceStatus#isOpen() open}.
 *
 * <p>Every amount is in {@code currency} at its ISO 4217 minor-unit scale (2 for TRY and EUR, 0 for
 * JPY, 3 for KWD); a store returns each {@link BigDecimal} with the scale it was given.
 *
 * @param companyId the owning company
 * @param id the invoice's id, made by the library
 * @param version 0 for a record to insert, else the stored version this record was read at
 * @param direction receivable or payable
 * @param number the invoice number, unique per company and direction, never blank
 * @param counterpartyId the counterparty
 * @param currency the ISO 4217 code of every amount
 * @param issueDate the day the invoice was issued
 * @param dueDate the due date the open-item queries sort and filter by, as the domain maintains it.
 *     For a schedule it is usually the earliest installment not yet settled. Its epoch day fits in
 *     an int
 * @param priceBasis whether the unit prices of the lines include VAT
 * @param lines the lines, possibly empty
 * @param schedule the due schedule, possibly empty
 * @param totals the totals the invoice is owed by: the totals printed on the legal document when it
 *     came with them, else the totals the domain computed
 * @param computedTotals the totals the domain computed from the lines when {@code totals} are the
 *     printed ones, else empty
 * @param outstanding the amount still owed, at least 0
 * @param settled the sum of the settlements applied, net of reversals, at least 0
 * @param credited the sum of the credit documents applied, at least 0
 * @param writtenOff the amount written off as uncollectible, at least 0
 * @param status the settlement status
 * @param closedOn the day the invoice stopped being open; present exactly when the status is not
 *     open, and not before {@code issueDate}
 * @param dispute the latest dispute, or empty
 * @param termsNotation the payment terms as written, such as {@code "NET30"}, or empty
 * @param lastDunningLevel the highest dunning level sent, 0 for none
 * @param externalReference the host's own key, unique per company, or empty
 * @param idempotencyKey the key of the request that created it, unique per company, or empty
 * @param lastWrite who wrote this version and when
 */
public record InvoiceRecord(
        UUID companyId,
        UUID id,
        long version,
        Direction direction,
        String number,
        UUID counterpartyId,
        String currency,
        LocalDate issueDate,
        LocalDate dueDate,
        PriceBasis priceBasis,
        List<InvoiceLine> lines,
        List<Installment> schedule,
        InvoiceTotals totals,
        Optional<InvoiceTotals> computedTotals,
        BigDecimal outstanding,
        BigDecimal settled,
        BigDecimal credited,
        BigDecimal writtenOff,
        InvoiceStatus status,
        Optional<LocalDate> closedOn,
        Optional<Dispute> dispute,
        Optional<String> termsNotation,
        int lastDunningLevel,
        Optional<String> externalReference,
        Optional<String> idempotencyKey,
        WriteStamp lastWrite) {

    /**
     * Checks the components and copies the lists.
     *
     * @throws NullPointerException if a component or a list element is {@code null}
     * @throws IllegalArgumentException if a text is blank, the currency code is malformed, a date
     *     is out of range, {@code outstanding} or {@code lastDunningLevel} is negative, or {@code
     *     closedOn} does not match the status
     */
    public InvoiceRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Checks.version(version);
        Objects.requireNonNull(direction, "direction");
        Checks.text(number, "number");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Checks.currency(currency, "currency");
        Checks.epochDayDate(issueDate, "issueDate");
        Checks.epochDayDate(dueDate, "dueDate");
        Objects.requireNonNull(priceBasis, "priceBasis");
        lines = Checks.list(lines, "lines");
        schedule = Checks.list(schedule, "schedule");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(computedTotals, "computedTotals");
        Checks.nonNegative(outstanding, "outstanding");
        Checks.nonNegative(settled, "settled");
        Checks.nonNegative(credited, "credited");
        Checks.nonNegative(writtenOff, "writtenOff");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(closedOn, "closedOn");
        if (closedOn.isPresent() == status.isOpen()) {
            throw Checks.invalid(
                    "closedOn", closedOn, "empty for status " + status + " and present otherwise");
        }
        if (closedOn.isPresent() && closedOn.get().isBefore(issueDate)) {
            throw Checks.invalid("closedOn", closedOn.get(), "a day on or after " + issueDate);
        }
        Objects.requireNonNull(dispute, "dispute");
        Checks.optionalText(termsNotation, "termsNotation");
        if (lastDunningLevel < 0) {
            throw Checks.invalid("lastDunningLevel", lastDunningLevel, "a level of at least 0");
        }
        Checks.optionalText(externalReference, "externalReference");
        Checks.optionalText(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    /**
     * Creates a record in the form the SPI had before it stored the price basis, the computed
     * totals and the applied amounts: prices exclude VAT, {@code totals} are the computed ones, and
     * every amount applied is taken as settled ({@code totals.receivable() - outstanding}), or as
     * written off for a written-off invoice, and nothing for a cancelled one.
     *
     * @throws NullPointerException if a component or a list element is {@code null}
     * @throws IllegalArgumentException as the canonical constructor does, or if {@code outstanding}
     *     exceeds the receivable
     */
    public InvoiceRecord(
            UUID companyId,
            UUID id,
            long version,
            Direction direction,
            String number,
            UUID counterpartyId,
            String currency,
            LocalDate issueDate,
            LocalDate dueDate,
            List<InvoiceLine> lines,
            List<Installment> schedule,
            InvoiceTotals totals,
            BigDecimal outstanding,
            InvoiceStatus status,
            Optional<LocalDate> closedOn,
            Optional<Dispute> dispute,
            Optional<String> termsNotation,
            int lastDunningLevel,
            Optional<String> externalReference,
            Optional<String> idempotencyKey,
            WriteStamp lastWrite) {
        this(
                companyId,
                id,
                version,
                direction,
                number,
                counterpartyId,
                currency,
                issueDate,
                dueDate,
                PriceBasis.VAT_EXCLUSIVE,
                lines,
                schedule,
                totals,
                Optional.empty(),
                outstanding,
                applied(totals, outstanding, status, InvoiceStatus.PAID),
                zeroLike(outstanding),
                applied(totals, outstanding, status, InvoiceStatus.WRITTEN_OFF),
                status,
                closedOn,
                dispute,
                termsNotation,
                lastDunningLevel,
                externalReference,
                idempotencyKey,
                lastWrite);
    }

    private static BigDecimal applied(
            InvoiceTotals totals,
            BigDecimal outstanding,
            InvoiceStatus status,
            InvoiceStatus kind) {
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(outstanding, "outstanding");
        Objects.requireNonNull(status, "status");
        boolean writtenOff = status == InvoiceStatus.WRITTEN_OFF;
        boolean wanted = kind == InvoiceStatus.WRITTEN_OFF ? writtenOff : !writtenOff;
        if (!wanted || status == InvoiceStatus.CANCELLED) {
            return zeroLike(outstanding);
        }
        BigDecimal applied = totals.receivable().subtract(outstanding);
        return applied.signum() < 0 ? zeroLike(outstanding) : applied;
    }

    private static BigDecimal zeroLike(BigDecimal amount) {
        return BigDecimal.ZERO.setScale(Math.max(0, amount.scale()));
    }

    /** Returns whether the invoice has an open dispute. */
    public boolean disputed() {
        return dispute.map(Dispute::isOpen).orElse(false);
    }

    /**
     * Returns whether the invoice was open at the start of {@code date}: issued on or before it and
     * not closed before it. An invoice closed on {@code date} itself counts as open on it.
     */
    public boolean openOn(LocalDate date) {
        return !issueDate.isAfter(date) && closedOn.map(day -> !day.isBefore(date)).orElse(true);
    }

    /** Returns a copy with another version; stores use it when they write. */
    public InvoiceRecord withVersion(long newVersion) {
        return new InvoiceRecord(
                companyId,
                id,
                newVersion,
                direction,
                number,
                counterpartyId,
                currency,
                issueDate,
                dueDate,
                priceBasis,
                lines,
                schedule,
                totals,
                computedTotals,
                outstanding,
                settled,
                credited,
                writtenOff,
                status,
                closedOn,
                dispute,
                termsNotation,
                lastDunningLevel,
                externalReference,
                idempotencyKey,
                lastWrite);
    }

    /**
     * Returns whether {@code other} has the same content: every component except the id, the
     * version and the write stamp. Stores use it to tell a repeated idempotent insert from a
     * conflict.
     */
    public boolean sameContentAs(InvoiceRecord other) {
        return withIdentity(other.id, other.version, other.lastWrite).equals(other);
    }

    private InvoiceRecord withIdentity(UUID newId, long newVersion, WriteStamp newLastWrite) {
        return new InvoiceRecord(
                companyId,
                newId,
                newVersion,
                direction,
                number,
                counterpartyId,
                currency,
                issueDate,
                dueDate,
                priceBasis,
                lines,
                schedule,
                totals,
                computedTotals,
                outstanding,
                settled,
                credited,
                writtenOff,
                status,
                closedOn,
                dispute,
                termsNotation,
                lastDunningLevel,
                externalReference,
                idempotencyKey,
                newLastWrite);
    }
}
