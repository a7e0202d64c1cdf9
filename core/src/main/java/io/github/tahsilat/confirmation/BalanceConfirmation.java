package io.github.tahsilat.confirmation;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.ledger.CounterpartyLedger;
import io.github.tahsilat.ledger.LedgerEntry;
import io.github.tahsilat.ledger.Statement;
import io.github.tahsilat.ledger.StatementLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A balance confirmation (mutabakat mektubu): the balance between the company and a counterparty at
 * a date, with the documents of the period behind it, for the counterparty to confirm.
 *
 * <p>Lines carry every ledger entry of the period that moved the balance, with the document number
 * or bank reference both sides know. Immutable and thread-safe.
 *
 * @param id the confirmation's id, which the counterparty's answer refers to
 * @param companyId the company
 * @param counterpartyId the counterparty
 * @param currency the currency of every amount
 * @param from the first day of the period the lines cover
 * @param asOf the date the balance is confirmed at
 * @param opening the balance before {@code from}
 * @param lines the period's documents in date order
 * @param balance the balance at {@code asOf}: opening plus the lines
 */
public record BalanceConfirmation(
        UUID id,
        CompanyId companyId,
        CounterpartyId counterpartyId,
        CurrencyUnit currency,
        LocalDate from,
        LocalDate asOf,
        MonetaryAmount opening,
        List<ConfirmationLine> lines,
        MonetaryAmount balance) {

    /** Checks that every component is present and copies the lines. */
    public BalanceConfirmation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(opening, "opening");
        lines = List.copyOf(lines);
        Objects.requireNonNull(balance, "balance");
    }

    /**
     * Builds the confirmation of the ledger's balance at {@code asOf}, listing the documents from
     * {@code from} on.
     *
     * @throws InvalidInputException if an argument is missing or {@code asOf} is before {@code
     *     from}
     */
    public static BalanceConfirmation of(
            CounterpartyLedger ledger, LocalDate from, LocalDate asOf) {
        InputChecks.present(ledger, "ledger", "a counterparty ledger");
        Statement statement = ledger.statement(from, asOf);
        List<ConfirmationLine> lines = new ArrayList<>();
        for (StatementLine line : statement.lines()) {
            LedgerEntry entry = line.entry();
            if (!entry.balanceEffect().isZero()) {
                String reference =
                        entry.note().isBlank() ? entry.documentId().toString() : entry.note();
                lines.add(
                        new ConfirmationLine(reference, entry.valueDate(), entry.balanceEffect()));
            }
        }
        return new BalanceConfirmation(
                UUID.randomUUID(),
                ledger.companyId(),
                ledger.counterpartyId(),
                ledger.currency(),
                from,
                asOf,
                statement.opening(),
                lines,
                statement.closing());
    }

    /**
     * Records the counterparty's answer and, unless it agrees, finds the documents that explain a
     * difference. Lines are paired by reference, ignoring case, or else by date and amount. A pair
     * with different amounts, and every line without a pair, is a discrepancy.
     *
     * @throws InvalidInputException if {@code answer} is missing, or it agrees but states another
     *     balance
     * @throws CurrencyMismatchException if the answer is in another currency
     */
    public ConfirmationResult record(ConfirmationAnswer answer) {
        InputChecks.present(answer, "answer", "the counterparty's answer");
        AmountChecks.inCurrency(
                "compare", AmountChecks.exact("theirBalance", answer.theirBalance()), currency);
        for (ConfirmationLine line : answer.theirLines()) {
            AmountChecks.inCurrency(
                    "compare", AmountChecks.exact("amount", line.amount()), currency);
        }
        MonetaryAmount difference = balance.subtract(answer.theirBalance());
        if (answer.status() == AnswerStatus.AGREED && !difference.isZero()) {
            throw new InvalidInputException(
                    "answer.theirBalance",
                    answer.theirBalance(),
                    "the confirmed balance " + balance + " when the answer is AGREED");
        }
        if (answer.status() == AnswerStatus.AGREED) {
            return new ConfirmationResult(this, answer, difference, List.of());
        }
        List<ConfirmationLine> unpaired = new ArrayList<>(answer.theirLines());
        List<Discrepancy> discrepancies = new ArrayList<>();
        for (ConfirmationLine ours : lines) {
            Optional<ConfirmationLine> pair = pairOf(ours, unpaired);
            if (pair.isEmpty()) {
                discrepancies.add(
                        new Discrepancy(
                                DiscrepancyKind.ONLY_IN_OUR_BOOKS,
                                Optional.of(ours),
                                Optional.empty(),
                                ours.amount()));
                continue;
            }
            unpaired.remove(pair.get());
            if (!pair.get().amount().isEqualTo(ours.amount())) {
                discrepancies.add(
                        new Discrepancy(
                                DiscrepancyKind.AMOUNT_DIFFERS,
                                Optional.of(ours),
                                pair,
                                ours.amount().subtract(pair.get().amount())));
            }
        }
        for (ConfirmationLine theirs : unpaired) {
            discrepancies.add(
                    new Discrepancy(
                            DiscrepancyKind.ONLY_IN_THEIR_BOOKS,
                            Optional.empty(),
                            Optional.of(theirs),
                            theirs.amount().negate()));
        }
        return new ConfirmationResult(this, answer, difference, discrepancies);
    }

    private static Optional<ConfirmationLine> pairOf(
            ConfirmationLine ours, List<ConfirmationLine> candidates) {
        String key = key(ours.reference());
        for (ConfirmationLine theirs : candidates) {
            if (key(theirs.reference()).equals(key)) {
                return Optional.of(theirs);
            }
        }
        for (ConfirmationLine theirs : candidates) {
            if (theirs.date().equals(ours.date()) && theirs.amount().isEqualTo(ours.amount())) {
                return Optional.of(theirs);
            }
        }
        return Optional.empty();
    }

    private static String key(String reference) {
        return reference.strip().toLowerCase(Locale.ROOT);
    }
}
