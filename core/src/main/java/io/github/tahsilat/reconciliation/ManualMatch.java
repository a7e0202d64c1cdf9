package io.github.tahsilat.reconciliation;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.service.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * A person's decision on which open items a bank line pays, recorded with who decided and when, for
 * a line the matcher left unmatched or proposed differently. Immutable and thread-safe.
 *
 * @param key the line's idempotency key
 * @param allocations the amount for each invoice, at least one, each greater than zero, all in one
 *     currency, each invoice once
 * @param matchedBy who decided
 * @param matchedAt when
 * @param note the person's remark, or empty
 */
public record ManualMatch(
        BankEntryKey key,
        List<Allocation> allocations,
        Actor matchedBy,
        Instant matchedAt,
        Optional<String> note) {

    /** The maximum length of {@link #note()}. */
    public static final int MAX_NOTE_LENGTH = 500;

    /**
     * The amount a person assigns to one invoice.
     *
     * @param invoiceId the invoice
     * @param amount the amount, greater than zero
     */
    public record Allocation(InvoiceId invoiceId, MonetaryAmount amount) {

        /**
         * Checks both parts.
         *
         * @throws InvalidInputException if a part is {@code null}, or {@code amount} is not greater
         *     than zero or has more decimals than its currency
         */
        public Allocation {
            InputChecks.present(invoiceId, "invoiceId", "an invoice id");
            InputChecks.present(amount, "amount", "an amount greater than zero");
            if (!amount.isPositive()) {
                throw new InvalidInputException("amount", amount, "an amount greater than zero");
            }
            Amounts.toMinor(amount, "amount");
        }
    }

    /**
     * Checks every part and copies the allocations.
     *
     * @throws InvalidInputException if a part is {@code null}; if there is no allocation, an
     *     invoice appears twice or the amounts are in different currencies; or if the note is blank
     *     or longer than 500 characters
     */
    public ManualMatch {
        InputChecks.present(key, "key", "the line's key");
        allocations = List.copyOf(InputChecks.present(allocations, "allocations", "a list"));
        if (allocations.isEmpty()) {
            throw new InvalidInputException("allocations", "[]", "at least one invoice");
        }
        Set<InvoiceId> invoices = new HashSet<>();
        for (Allocation allocation : allocations) {
            InputChecks.present(allocation, "allocations", "no null element");
            if (!invoices.add(allocation.invoiceId())) {
                throw new InvalidInputException(
                        "allocations", allocation.invoiceId(), "each invoice once");
            }
            if (!allocation
                    .amount()
                    .getCurrency()
                    .equals(allocations.get(0).amount().getCurrency())) {
                throw new InvalidInputException(
                        "allocations", allocation.amount(), "amounts in one currency");
            }
        }
        InputChecks.present(matchedBy, "matchedBy", "the actor who matched the line");
        InputChecks.present(matchedAt, "matchedAt", "the instant of the match");
        InputChecks.present(note, "note", "a note or Optional.empty()");
        note.ifPresent(text -> InputChecks.personalText(text, "note", MAX_NOTE_LENGTH));
        if (note.isPresent() && note.get().indexOf('\u0000') >= 0) {
            throw new InvalidInputException(
                    "note",
                    "text of " + note.get().length() + " characters",
                    "text without the NUL character U+0000");
        }
    }

    /**
     * Records a person's match now, by {@code clock}.
     *
     * @throws InvalidInputException if an argument breaks a rule of the constructor
     */
    public static ManualMatch by(
            Actor actor, Clock clock, BankEntryKey key, Map<InvoiceId, MonetaryAmount> amounts) {
        InputChecks.present(clock, "clock", "a clock");
        InputChecks.present(amounts, "amounts", "the amount for each invoice");
        List<Allocation> allocations =
                amounts.entrySet().stream()
                        .map(entry -> new Allocation(entry.getKey(), entry.getValue()))
                        .sorted(
                                java.util.Comparator.comparing(
                                        allocation -> allocation.invoiceId().value()))
                        .toList();
        return new ManualMatch(key, allocations, actor, clock.instant(), Optional.empty());
    }

    /** Returns the total of the allocations. */
    public MonetaryAmount total() {
        MonetaryAmount total = allocations.get(0).amount();
        for (int i = 1; i < allocations.size(); i++) {
            total = total.add(allocations.get(i).amount());
        }
        return total;
    }
}
