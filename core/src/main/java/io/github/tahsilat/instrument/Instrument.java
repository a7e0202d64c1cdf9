package io.github.tahsilat.instrument;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * A cheque or promissory note received from a counterparty, with the steps it went through.
 *
 * <p>Invariant: the first step is {@link InstrumentStatus#IN_PORTFOLIO} on the receipt date, each
 * later step is allowed by {@link InstrumentStatus#canMoveTo}, and {@code paidOnBounce} is zero
 * unless the last step is {@link InstrumentStatus#BOUNCED}, and then below {@code amount}.
 * Immutable and thread-safe: every step returns a new instrument.
 *
 * @param id the instrument's id
 * @param companyId the company that received it
 * @param counterpartyId the counterparty who gave it
 * @param kind cheque or promissory note
 * @param serialNumber the number printed on it
 * @param drawer the drawer and, for a cheque, the drawee bank, as printed
 * @param receivedOn the day the company received it
 * @param maturity the day it falls due; a post-dated cheque's date
 * @param amount its face amount, greater than zero
 * @param paidOnBounce the part the drawer or the bank paid when it bounced, otherwise zero
 * @param steps every step, oldest first, never empty
 */
public record Instrument(
        @NotNull InstrumentId id,
        @NotNull CompanyId companyId,
        @NotNull CounterpartyId counterpartyId,
        @NotNull InstrumentKind kind,
        @NotBlank @Size(max = 100) String serialNumber,
        @NotBlank @Size(max = 200) String drawer,
        @NotNull LocalDate receivedOn,
        @NotNull LocalDate maturity,
        @NotNull MonetaryAmount amount,
        @NotNull MonetaryAmount paidOnBounce,
        @NotEmpty List<@NotNull InstrumentStep> steps) {

    /**
     * Checks the components and copies the steps.
     *
     * @throws InvalidInputException if a component is missing or blank, the amount is not greater
     *     than zero, {@code paidOnBounce} is out of range, or the steps break the invariant
     * @throws CurrencyMismatchException if {@code paidOnBounce} is in another currency
     */
    public Instrument {
        InputChecks.present(id, "id", "an instrument id");
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(counterpartyId, "counterpartyId", "the counterparty's id");
        InputChecks.present(kind, "kind", "CHEQUE or PROMISSORY_NOTE");
        InputChecks.text(serialNumber, "serialNumber", 100);
        InputChecks.text(drawer, "drawer", 200);
        InputChecks.present(receivedOn, "receivedOn", "the receipt date");
        InputChecks.present(maturity, "maturity", "the maturity date");
        MinorAmount face = AmountChecks.positive("amount", amount);
        MinorAmount paid = AmountChecks.nonNegative("paidOnBounce", paidOnBounce);
        AmountChecks.inCurrency("compare", paid, face.currency());
        steps = InputChecks.distinctList(steps, "steps");
        checkSteps(steps, receivedOn);
        InstrumentStatus status = steps.get(steps.size() - 1).status();
        if (paid.isPositive()
                && (status != InstrumentStatus.BOUNCED || paid.compareTo(face) >= 0)) {
            throw new InvalidInputException(
                    "paidOnBounce",
                    paidOnBounce,
                    "zero, or below the amount of a bounced instrument");
        }
    }

    private static void checkSteps(List<InstrumentStep> steps, LocalDate receivedOn) {
        if (steps.isEmpty()
                || steps.get(0).status() != InstrumentStatus.IN_PORTFOLIO
                || !steps.get(0).date().equals(receivedOn)) {
            throw new InvalidInputException(
                    "steps", steps, "a first step IN_PORTFOLIO on the receipt date " + receivedOn);
        }
        for (int i = 1; i < steps.size(); i++) {
            InstrumentStatus from = steps.get(i - 1).status();
            InstrumentStatus to = steps.get(i).status();
            if (!from.canMoveTo(to)) {
                throw new InvalidInputException(
                        "steps",
                        from + " -> " + to,
                        "steps that InstrumentStatus.canMoveTo allows");
            }
        }
    }

    /**
     * Returns an instrument just received into the portfolio.
     *
     * @throws InvalidInputException if an argument is missing or blank, or the amount is not
     *     greater than zero
     */
    public static Instrument received(
            InstrumentId id,
            CompanyId companyId,
            CounterpartyId counterpartyId,
            InstrumentKind kind,
            String serialNumber,
            String drawer,
            LocalDate receivedOn,
            LocalDate maturity,
            MonetaryAmount amount,
            String actor,
            Instant recordedAt) {
        InputChecks.present(amount, "amount", "the face amount");
        InputChecks.text(actor, "actor", 200);
        InputChecks.present(recordedAt, "recordedAt", "the instant of recording");
        InstrumentStep first =
                new InstrumentStep(
                        InstrumentStatus.IN_PORTFOLIO,
                        InputChecks.present(receivedOn, "receivedOn", "the receipt date"),
                        "",
                        actor,
                        recordedAt);
        return new Instrument(
                id,
                companyId,
                counterpartyId,
                kind,
                serialNumber,
                drawer,
                receivedOn,
                maturity,
                amount,
                MinorAmount.zero(amount.getCurrency()).toMonetaryAmount(),
                List.of(first));
    }

    /** Returns the current status, that of the last step. */
    public InstrumentStatus status() {
        return steps.get(steps.size() - 1).status();
    }

    /** Returns the currency of the face amount. */
    public CurrencyUnit currency() {
        return amount.getCurrency();
    }

    /**
     * Returns {@code true} while the instrument is neither cleared nor bounced, so the items it
     * settled still count as uncollected for dunning, aging and risk.
     */
    public boolean isUncleared() {
        return !status().isFinal();
    }

    /**
     * Returns the instrument after a step to {@code next} other than a bounce.
     *
     * @param holder the bank or endorsee that holds it afterwards, empty when the company does
     * @throws InvalidInputException if an argument is missing, {@code next} is {@link
     *     InstrumentStatus#BOUNCED} (use {@link #bounce}), or a bank or endorsee step has a blank
     *     holder
     * @throws InstrumentStateException if the current status does not allow the step
     */
    public Instrument moveTo(
            InstrumentStatus next,
            LocalDate date,
            String holder,
            String actor,
            Instant recordedAt) {
        InputChecks.present(next, "next", "the status after the step");
        if (next == InstrumentStatus.BOUNCED) {
            throw new InvalidInputException(
                    "next", next, "a status other than BOUNCED; use bounce");
        }
        InputChecks.present(holder, "holder", "the holder, possibly empty");
        boolean needsHolder =
                next == InstrumentStatus.ENDORSED
                        || next == InstrumentStatus.AT_BANK_FOR_COLLECTION
                        || next == InstrumentStatus.AT_BANK_AS_COLLATERAL;
        if (needsHolder && holder.isBlank()) {
            throw new InvalidInputException("holder", holder, "the bank or endorsee for " + next);
        }
        return withStep(next, date, holder, actor, recordedAt, paidOnBounce);
    }

    /**
     * Returns the instrument after it bounced, with {@code paid} of it paid.
     *
     * @throws InvalidInputException if an argument is missing, or {@code paid} is negative, not
     *     below the amount, or not rounded to the minor unit
     * @throws CurrencyMismatchException if {@code paid} is in another currency
     * @throws InstrumentStateException if the instrument is already cleared or bounced
     */
    public Instrument bounce(
            LocalDate date, MonetaryAmount paid, String actor, Instant recordedAt) {
        AmountChecks.nonNegative("paid", paid);
        return withStep(InstrumentStatus.BOUNCED, date, "", actor, recordedAt, paid);
    }

    private Instrument withStep(
            InstrumentStatus next,
            LocalDate date,
            String holder,
            String actor,
            Instant recordedAt,
            MonetaryAmount paid) {
        InputChecks.present(date, "date", "the date of the step");
        InputChecks.text(actor, "actor", 200);
        InputChecks.present(recordedAt, "recordedAt", "the instant of recording");
        if (!status().canMoveTo(next)) {
            throw new InstrumentStateException(
                    kind
                            + " "
                            + serialNumber
                            + " is "
                            + status()
                            + ", so it cannot move to "
                            + next);
        }
        List<InstrumentStep> nextSteps = new ArrayList<>(steps);
        nextSteps.add(new InstrumentStep(next, date, holder, actor, recordedAt));
        return new Instrument(
                id,
                companyId,
                counterpartyId,
                kind,
                serialNumber,
                drawer,
                receivedOn,
                maturity,
                amount,
                paid,
                nextSteps);
    }
}
