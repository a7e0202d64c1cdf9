package io.github.tahsilat.persistence.spi.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A credit note or return invoice, whose amount the domain applies to invoices until no credit
 * remains. Amounts are in {@code currency} at its minor-unit scale.
 *
 * @param companyId the owning company
 * @param id the document's id, made by the library
 * @param version 0 for a record to insert, else the stored version this record was read at
 * @param kind credit note or return invoice
 * @param direction receivable when the company issued it to a customer, payable when received
 * @param number the document number, unique per company, direction and kind, never blank
 * @param counterpartyId the counterparty
 * @param referencedInvoiceId the invoice it corrects, or empty
 * @param referencedInvoiceNumber the number of that invoice as printed, or empty
 * @param issueDate the day it was issued; its epoch day fits in an int
 * @param currency the ISO 4217 code of the amounts
 * @param priceBasis whether the unit prices of the lines include VAT
 * @param lines the lines, possibly empty when the host keeps only the amount
 * @param totals the totals the document credits by: the printed ones when it came with them, else
 *     the computed ones; empty when the host keeps only the amount
 * @param computedTotals the totals the domain computed from the lines when {@code totals} are the
 *     printed ones, else empty; present only when {@code totals} is
 * @param amount the credited amount, greater than 0
 * @param remainingCredit the part not yet applied, from 0 to {@code amount}
 * @param idempotencyKey the key of the request that created it, unique per company, or empty
 * @param lastWrite who wrote this version and when
 */
public record CreditDocumentRecord(
        UUID companyId,
        UUID id,
        long version,
        CreditDocumentKind kind,
        Direction direction,
        String number,
        UUID counterpartyId,
        Optional<UUID> referencedInvoiceId,
        Optional<String> referencedInvoiceNumber,
        LocalDate issueDate,
        String currency,
        PriceBasis priceBasis,
        List<InvoiceLine> lines,
        Optional<InvoiceTotals> totals,
        Optional<InvoiceTotals> computedTotals,
        BigDecimal amount,
        BigDecimal remainingCredit,
        Optional<String> idempotencyKey,
        WriteStamp lastWrite) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a text is blank, the currency code is malformed, an
     *     amount is out of range, or computed totals are given without totals
     */
    public CreditDocumentRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Checks.version(version);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        Checks.text(number, "number");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(referencedInvoiceId, "referencedInvoiceId");
        Checks.optionalText(referencedInvoiceNumber, "referencedInvoiceNumber");
        Checks.epochDayDate(issueDate, "issueDate");
        Checks.currency(currency, "currency");
        Objects.requireNonNull(priceBasis, "priceBasis");
        lines = Checks.list(lines, "lines");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(computedTotals, "computedTotals");
        if (computedTotals.isPresent() && totals.isEmpty()) {
            throw Checks.invalid("computedTotals", "present", "empty when totals are empty");
        }
        Checks.positive(amount, "amount");
        Checks.nonNegative(remainingCredit, "remainingCredit");
        if (remainingCredit.compareTo(amount) > 0) {
            throw Checks.invalid(
                    "remainingCredit",
                    remainingCredit.toPlainString(),
                    "at most the amount " + amount.toPlainString());
        }
        Checks.optionalText(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    /**
     * Creates a record that keeps only the amounts, without lines or totals, in the form the SPI
     * had before it stored them. The domain cannot rebuild a credit document from such a record.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException as the canonical constructor does
     */
    public CreditDocumentRecord(
            UUID companyId,
            UUID id,
            long version,
            CreditDocumentKind kind,
            Direction direction,
            String number,
            UUID counterpartyId,
            Optional<UUID> referencedInvoiceId,
            Optional<String> referencedInvoiceNumber,
            LocalDate issueDate,
            String currency,
            BigDecimal amount,
            BigDecimal remainingCredit,
            Optional<String> idempotencyKey,
            WriteStamp lastWrite) {
        this(
                companyId,
                id,
                version,
                kind,
                direction,
                number,
                counterpartyId,
                referencedInvoiceId,
                referencedInvoiceNumber,
                issueDate,
                currency,
                PriceBasis.VAT_EXCLUSIVE,
                List.of(),
                Optional.empty(),
                Optional.empty(),
                amount,
                remainingCredit,
                idempotencyKey,
                lastWrite);
    }

    /** Returns a copy with another version; stores use it when they write. */
    public CreditDocumentRecord withVersion(long newVersion) {
        return new CreditDocumentRecord(
                companyId,
                id,
                newVersion,
                kind,
                direction,
                number,
                counterpartyId,
                referencedInvoiceId,
                referencedInvoiceNumber,
                issueDate,
                currency,
                priceBasis,
                lines,
                totals,
                computedTotals,
                amount,
                remainingCredit,
                idempotencyKey,
                lastWrite);
    }

    /**
     * Returns whether {@code other} has the same content: every component except the id, the
     * version and the write stamp.
     */
    public boolean sameContentAs(CreditDocumentRecord other) {
        return new CreditDocumentRecord(
                        companyId,
                        other.id,
                        other.version,
                        kind,
                        direction,
                        number,
                        counterpartyId,
                        referencedInvoiceId,
                        referencedInvoiceNumber,
                        issueDate,
                        currency,
                        priceBasis,
                        lines,
                        totals,
                        computedTotals,
                        amount,
                        remainingCredit,
                        idempotencyKey,
                        other.lastWrite)
                .equals(other);
    }
}
