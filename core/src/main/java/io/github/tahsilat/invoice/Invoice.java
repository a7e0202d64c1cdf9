package io.github.tahsilat.invoice;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.terms.DueSchedule;
import io.github.tahsilat.terms.PaymentTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An invoice of one company to or from one counterparty, with its totals, its due schedule and its
 * state as an open item.
 *
 * <p>The amount receivable is {@code gross − withheld VAT}: with Turkish VAT withholding the buyer
 * pays the withheld part to the tax office, so only the rest is collected. The due schedule, the
 * outstanding amount and every state change work on the receivable. If the invoice was built with
 * the totals printed on its legal document, {@link #totals()} returns those, and {@link
 * #computedTotals()} returns the library's own computation for comparison.
 *
 * <p>Invariants: {@code 0 ≤ outstanding ≤ receivable}, and {@code outstanding = receivable −
 * settled − credited − writtenOff} except for {@link InvoiceStatus#CANCELLED}, where it is zero.
 * The status follows the outstanding amount: {@link InvoiceStatus#OPEN} while nothing is applied,
 * {@link InvoiceStatus#PARTIALLY_PAID} while part is outstanding, {@link InvoiceStatus#PAID} when
 * nothing is. An invoice whose receivable is zero starts as {@link InvoiceStatus#PAID}.
 *
 * <p>Instances are immutable and thread-safe: every state change returns a new invoice and leaves
 * this one as it was. A change that the state does not allow throws {@link InvoiceStateException};
 * the {@code check...} methods return the same rule as a {@link Decision} without throwing.
 */
public final class Invoice {

    private static final Logger LOG = LoggerFactory.getLogger(Invoice.class);

    @NotNull private final InvoiceId id;
    @NotNull private final CompanyId companyId;
    @NotNull private final CounterpartyId counterpartyId;
    @NotBlank private final String number;
    @NotNull private final Direction direction;
    @NotNull private final LocalDate issueDate;
    @NotNull private final PaymentTerms terms;
    @NotEmpty private final List<@NotNull @Valid InvoiceLine> lines;
    @Valid private final InvoiceTotals printedTotals;

    private final DocumentContent content;
    private final DueSchedule dueSchedule;
    private final InvoiceStatus status;
    private final MinorAmount settled;
    private final MinorAmount credited;
    private final MinorAmount writtenOff;
    private final Dispute dispute;

    private Invoice(Builder builder, DocumentContent content, DueSchedule dueSchedule) {
        this.id = builder.id == null ? InvoiceId.random() : builder.id;
        this.companyId = builder.companyId;
        this.counterpartyId = builder.counterpartyId;
        this.number = builder.number;
        this.direction = builder.direction;
        this.issueDate = builder.issueDate;
        this.terms = builder.terms;
        this.lines = content.lines();
        this.printedTotals = content.printedTotals();
        this.content = content;
        this.dueSchedule = dueSchedule;
        MinorAmount zero = MinorAmount.zero(content.currency());
        this.settled = zero;
        this.credited = zero;
        this.writtenOff = zero;
        this.status = content.receivable().isZero() ? InvoiceStatus.PAID : InvoiceStatus.OPEN;
        this.dispute = null;
    }

    private Invoice(
            Invoice base,
            InvoiceStatus status,
            MinorAmount settled,
            MinorAmount credited,
            MinorAmount writtenOff,
            Dispute dispute) {
        this.id = base.id;
        this.companyId = base.companyId;
        this.counterpartyId = base.counterpartyId;
        this.number = base.number;
        this.direction = base.direction;
        this.issueDate = base.issueDate;
        this.terms = base.terms;
        this.lines = base.lines;
        this.printedTotals = base.printedTotals;
        this.content = base.content;
        this.dueSchedule = base.dueSchedule;
        this.status = status;
        this.settled = settled;
        this.credited = credited;
        this.writtenOff = writtenOff;
        this.dispute = dispute;
    }

    private Invoice(InvoiceState state, DocumentContent content, MinorAmount[] applied) {
        this.id = state.id();
        this.companyId = state.companyId();
        this.counterpartyId = state.counterpartyId();
        this.number = state.number();
        this.direction = state.direction();
        this.issueDate = state.issueDate();
        this.terms = state.terms();
        this.lines = content.lines();
        this.printedTotals = content.printedTotals();
        this.content = content;
        this.dueSchedule = state.dueSchedule();
        this.status = state.status();
        this.settled = applied[0];
        this.credited = applied[1];
        this.writtenOff = applied[2];
        this.dispute = state.dispute().orElse(null);
    }

    /** Returns a builder for a new invoice. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Rebuilds an invoice from its stored state, as {@link #state()} returned it, without computing
     * the totals or the due schedule again: an invoice keeps the totals and due dates it was issued
     * with, even after the company changes its rounding or calendar.
     *
     * @param state the stored state, never {@code null}
     * @return an invoice equal to the one whose {@link #state()} gave {@code state}
     * @throws InvalidInputException if {@code state} is {@code null} or its parts disagree: the
     *     currency is unknown, there are no lines, a total, installment or applied amount is in
     *     another currency or not rounded to the minor unit, the installments do not add up to the
     *     receivable, the applied amounts exceed the receivable, or the status does not match them
     *     (a cancelled invoice has nothing applied, a written-off one nothing outstanding, and any
     *     other is open, partially paid or paid by its outstanding amount)
     */
    public static Invoice restore(InvoiceState state) {
        if (state == null) {
            throw new InvalidInputException("state", null, "the stored state of an invoice");
        }
        CurrencyUnit currency = Amounts.knownCurrency("currency", state.currency());
        DocumentContent content =
                DocumentContent.restore(
                        currency,
                        state.priceBasis(),
                        state.lines(),
                        state.computedTotals(),
                        state.printedTotals().orElse(null));
        MinorAmount receivable = content.receivable();
        MinorAmount scheduled = MinorAmount.zero(currency);
        for (DueSchedule.Installment installment : state.dueSchedule().installments()) {
            scheduled =
                    scheduled.plus(
                            Amounts.documentAmount(
                                    "dueSchedule.installment", installment.amount(), currency));
        }
        if (scheduled.compareTo(receivable) != 0) {
            throw new InvalidInputException(
                    "dueSchedule",
                    "installments adding up to " + scheduled,
                    "installments adding up to the receivable " + receivable);
        }
        MinorAmount[] applied = {
            Amounts.documentAmount("settled", state.settled(), currency),
            Amounts.documentAmount("credited", state.credited(), currency),
            Amounts.documentAmount("writtenOff", state.writtenOff(), currency)
        };
        requireStatus(state.status(), receivable, applied);
        return new Invoice(state, content, applied);
    }

    private static void requireStatus(
            InvoiceStatus status, MinorAmount receivable, MinorAmount[] applied) {
        MinorAmount total = applied[0].plus(applied[1]).plus(applied[2]);
        if (total.compareTo(receivable) > 0) {
            throw new InvalidInputException(
                    "settled + credited + writtenOff",
                    total,
                    "at most the receivable " + receivable);
        }
        MinorAmount outstanding = receivable.minus(total);
        InvoiceStatus expected;
        if (status == InvoiceStatus.CANCELLED) {
            expected = total.isZero() ? status : null;
        } else if (status == InvoiceStatus.WRITTEN_OFF) {
            expected = outstanding.isZero() && applied[2].isPositive() ? status : null;
        } else if (applied[2].isPositive()) {
            expected = InvoiceStatus.WRITTEN_OFF;
        } else if (outstanding.isZero()) {
            expected = InvoiceStatus.PAID;
        } else if (outstanding.compareTo(receivable) == 0) {
            expected = InvoiceStatus.OPEN;
        } else {
            expected = InvoiceStatus.PARTIALLY_PAID;
        }
        if (expected != status) {
            throw new InvalidInputException(
                    "status",
                    status,
                    "the status of "
                            + outstanding
                            + " outstanding of a receivable of "
                            + receivable
                            + (expected == null ? "" : ", which is " + expected));
        }
    }

    /** Returns every part of this invoice that a store keeps, for {@link #restore}. */
    public InvoiceState state() {
        return new InvoiceState(
                id,
                companyId,
                counterpartyId,
                number,
                direction,
                issueDate,
                currency(),
                priceBasis(),
                terms,
                lines,
                computedTotals(),
                printedTotals(),
                dueSchedule,
                status,
                settledAmount(),
                creditedAmount(),
                writtenOffAmount(),
                dispute());
    }

    /** Returns the invoice's id. */
    public InvoiceId id() {
        return id;
    }

    /** Returns the company whose books the invoice is in. */
    public CompanyId companyId() {
        return companyId;
    }

    /** Returns the counterparty: the customer of a receivable, the supplier of a payable. */
    public CounterpartyId counterpartyId() {
        return counterpartyId;
    }

    /** Returns the invoice number as printed on the document. */
    public String number() {
        return number;
    }

    /** Returns whether we issued the invoice or received it from a supplier. */
    public Direction direction() {
        return direction;
    }

    /** Returns the issue date, the anchor of the payment terms. */
    public LocalDate issueDate() {
        return issueDate;
    }

    /** Returns the currency of every amount on the invoice. */
    public CurrencyUnit currency() {
        return content.currency();
    }

    /** Returns whether the unit prices include VAT. */
    public PriceBasis priceBasis() {
        return content.priceBasis();
    }

    /** Returns the payment terms the due schedule was computed from. */
    public PaymentTerms terms() {
        return terms;
    }

    /** Returns the lines, never empty and unmodifiable. */
    public List<InvoiceLine> lines() {
        return lines;
    }

    /** Returns the totals: the printed ones if the invoice was built with them, else computed. */
    public InvoiceTotals totals() {
        return content.totals();
    }

    /** Returns the totals the library computed from the lines, printed totals or not. */
    public InvoiceTotals computedTotals() {
        return content.computedTotals();
    }

    /** Returns the totals printed on the legal document, if the invoice was built with them. */
    public Optional<InvoiceTotals> printedTotals() {
        return content.printed();
    }

    /** Returns the amount receivable, {@code gross − withheld} of {@link #totals()}. */
    public MonetaryAmount receivable() {
        return totals().receivable();
    }

    /** Returns the due schedule, whose installments add up to the receivable. */
    public DueSchedule dueSchedule() {
        return dueSchedule;
    }

    /** Returns the status. */
    public InvoiceStatus status() {
        return status;
    }

    /** Returns the amount still to be collected, from zero to the receivable. */
    public MonetaryAmount outstanding() {
        return outstandingUnits().toMonetaryAmount();
    }

    /** Returns the sum of the settlements applied, net of reversals. */
    public MonetaryAmount settledAmount() {
        return settled.toMonetaryAmount();
    }

    /** Returns the sum of the credit documents applied. */
    public MonetaryAmount creditedAmount() {
        return credited.toMonetaryAmount();
    }

    /**
     * Returns the amount written off, zero unless the status is {@link InvoiceStatus#WRITTEN_OFF}.
     */
    public MonetaryAmount writtenOffAmount() {
        return writtenOff.toMonetaryAmount();
    }

    /** Returns the latest dispute, open or resolved, if the invoice was ever disputed. */
    public Optional<Dispute> dispute() {
        return Optional.ofNullable(dispute);
    }

    /** Returns {@code true} if the latest dispute is still open. */
    public boolean isDisputed() {
        return dispute != null && dispute.isOpen();
    }

    MinorAmount outstandingUnits() {
        if (status == InvoiceStatus.CANCELLED) {
            return MinorAmount.zero(currency());
        }
        return content.receivable().minus(settled).minus(credited).minus(writtenOff);
    }

    // ---- Settlements and credits ------------------------------------------------------------

    /**
     * Checks whether {@link #applySettlement(MonetaryAmount)} would accept {@code amount}: the
     * invoice must be neither cancelled nor written off, and the amount at most the outstanding
     * amount.
     *
     * @throws InvalidInputException if {@code amount} is missing, not greater than zero, or not
     *     rounded to the currency's minor unit
     * @throws CurrencyMismatchException if {@code amount} is in another currency
     */
    public Decision checkSettlement(MonetaryAmount amount) {
        return settlementDecision(Amounts.appliedAmount("amount", amount, currency()));
    }

    /**
     * Applies a settlement, such as the part of a payment allocated to this invoice, and returns
     * the invoice with the outstanding amount reduced by {@code amount}.
     *
     * @throws InvalidInputException if {@code amount} is missing, not greater than zero, or not
     *     rounded to the currency's minor unit
     * @throws CurrencyMismatchException if {@code amount} is in another currency
     * @throws InvoiceStateException if the invoice is cancelled or written off, or {@code amount}
     *     exceeds the outstanding amount; the caller keeps any excess as credit
     */
    public Invoice applySettlement(MonetaryAmount amount) {
        MinorAmount units = Amounts.appliedAmount("amount", amount, currency());
        settlementDecision(units).orThrow();
        Invoice next = withAmounts(settled.plus(units), credited);
        LOG.debug("Invoice {} settled {}, outstanding {}", id, units, next.outstandingUnits());
        return next;
    }

    /**
     * Reverses part of the settlements, for example for a returned payment, and returns the invoice
     * with the outstanding amount raised by {@code amount}.
     *
     * @throws InvalidInputException if {@code amount} is missing, not greater than zero, or not
     *     rounded to the currency's minor unit
     * @throws CurrencyMismatchException if {@code amount} is in another currency
     * @throws InvoiceStateException if the invoice is cancelled or written off, or {@code amount}
     *     exceeds the settled amount
     */
    public Invoice reverseSettlement(MonetaryAmount amount) {
        MinorAmount units = Amounts.appliedAmount("amount", amount, currency());
        if (status.isFinal()) {
            Decision.reject(finalReason("no settlement can be reversed on it")).orThrow();
        }
        if (units.compareTo(settled) > 0) {
            Decision.reject(
                            "cannot reverse "
                                    + units
                                    + " on invoice "
                                    + number
                                    + ", whose settlements add up to "
                                    + settled
                                    + "; reverse at most that amount")
                    .orThrow();
        }
        Invoice next = withAmounts(settled.minus(units), credited);
        LOG.debug("Invoice {} reversed {}, outstanding {}", id, units, next.outstandingUnits());
        return next;
    }

    /**
     * Applies as much of a credit document's unapplied amount as this invoice has outstanding, and
     * returns both updated documents. The outstanding amount never goes below zero, because the
     * part of the credit above it stays unapplied on the credit document. A paid, cancelled or
     * written-off invoice takes nothing.
     *
     * <p>The credit document may refer to another invoice of the same counterparty: a credit note
     * left over after the invoice it corrects is paid is credit for the counterparty's other items.
     *
     * @throws InvalidInputException if {@code credit} is missing, or belongs to another company,
     *     counterparty or direction
     * @throws CurrencyMismatchException if {@code credit} is in another currency
     */
    public CreditApplication applyCredit(CreditDocument credit) {
        requireSameParties(credit);
        return creditUpTo(credit, outstandingUnits());
    }

    /**
     * Applies a credit document as {@link #applyCredit(CreditDocument)} does, but no more than
     * {@code limit}: the part of the outstanding amount that the host leaves within the credit's
     * reach, such as what uncleared cheques do not already cover. A limit above the outstanding
     * amount has no effect.
     *
     * @param credit the credit document to apply
     * @param limit the maximum to apply, zero or more, in this invoice's currency
     * @return the updated invoice and credit document, and the amount applied
     * @throws InvalidInputException if {@code credit} is missing, or belongs to another company,
     *     counterparty or direction; or if {@code limit} is missing, negative or not rounded to the
     *     currency's minor unit
     * @throws CurrencyMismatchException if {@code credit} or {@code limit} is in another currency
     */
    public CreditApplication applyCredit(CreditDocument credit, MonetaryAmount limit) {
        requireSameParties(credit);
        MinorAmount max = AmountChecks.nonNegative("limit", limit);
        AmountChecks.inCurrency("apply", max, currency());
        return creditUpTo(credit, max.min(outstandingUnits()));
    }

    private CreditApplication creditUpTo(CreditDocument credit, MinorAmount max) {
        MinorAmount available = credit.unappliedUnits();
        MinorAmount applied = status.isFinal() ? MinorAmount.zero(currency()) : available.min(max);
        Invoice next = applied.isZero() ? this : withAmounts(settled, credited.plus(applied));
        if (applied.isPositive()) {
            LOG.debug(
                    "Invoice {} credited {} from credit document {}, outstanding {}",
                    id,
                    applied,
                    credit.id(),
                    next.outstandingUnits());
        }
        return new CreditApplication(next, credit.withApplied(applied), applied.toMonetaryAmount());
    }

    private void requireSameParties(CreditDocument credit) {
        if (credit == null) {
            throw new InvalidInputException("credit", null, "a credit document");
        }
        if (!credit.companyId().equals(companyId)) {
            throw new InvalidInputException(
                    "credit.companyId", credit.companyId(), "the invoice's company " + companyId);
        }
        if (!credit.counterpartyId().equals(counterpartyId)) {
            throw new InvalidInputException(
                    "credit.counterpartyId",
                    credit.counterpartyId(),
                    "the invoice's counterparty " + counterpartyId);
        }
        if (credit.direction() != direction) {
            throw new InvalidInputException(
                    "credit.direction", credit.direction(), "the invoice's direction " + direction);
        }
        if (!credit.currency().equals(currency())) {
            throw new CurrencyMismatchException(
                    "apply", currency().getCurrencyCode(), credit.currency().getCurrencyCode());
        }
    }

    private Decision settlementDecision(MinorAmount units) {
        if (status.isFinal()) {
            return Decision.reject(finalReason("no settlement can be applied to it"));
        }
        MinorAmount outstanding = outstandingUnits();
        if (units.compareTo(outstanding) > 0) {
            return Decision.reject(
                    "settlement of "
                            + units
                            + " exceeds the outstanding "
                            + outstanding
                            + " of invoice "
                            + number
                            + "; apply at most the outstanding amount and keep the rest as"
                            + " credit");
        }
        return Decision.allow();
    }

    private Invoice withAmounts(MinorAmount newSettled, MinorAmount newCredited) {
        MinorAmount receivable = content.receivable();
        MinorAmount outstanding = receivable.minus(newSettled).minus(newCredited);
        InvoiceStatus next;
        if (outstanding.isZero()) {
            next = InvoiceStatus.PAID;
        } else if (outstanding.compareTo(receivable) == 0) {
            next = InvoiceStatus.OPEN;
        } else {
            next = InvoiceStatus.PARTIALLY_PAID;
        }
        return new Invoice(this, next, newSettled, newCredited, writtenOff, dispute);
    }

    // ---- Cancellation and write-off ---------------------------------------------------------

    /**
     * Checks whether {@link #cancel()} is allowed: the invoice must be neither cancelled nor
     * written off, and have no settlements and no credits applied.
     */
    public Decision checkCancel() {
        if (status.isFinal()) {
            return Decision.reject(finalReason("it cannot be cancelled"));
        }
        if (settled.isPositive()) {
            return Decision.reject(
                    "invoice "
                            + number
                            + " has settlements of "
                            + settled
                            + "; reverse them before cancelling, or issue a credit note instead");
        }
        if (credited.isPositive()) {
            return Decision.reject(
                    "invoice "
                            + number
                            + " has credits of "
                            + credited
                            + " applied; it cannot be cancelled, so issue a credit note for the"
                            + " rest instead");
        }
        return Decision.allow();
    }

    /**
     * Cancels the invoice. Nothing is outstanding afterwards.
     *
     * @throws InvoiceStateException if {@link #checkCancel()} rejects it
     */
    public Invoice cancel() {
        checkCancel().orThrow();
        LOG.debug("Invoice {} cancelled", id);
        return new Invoice(this, InvoiceStatus.CANCELLED, settled, credited, writtenOff, dispute);
    }

    /**
     * Checks whether {@link #writeOff()} is allowed: the invoice must be neither cancelled nor
     * written off, and have an amount outstanding.
     */
    public Decision checkWriteOff() {
        if (status.isFinal()) {
            return Decision.reject(finalReason("it cannot be written off again"));
        }
        if (outstandingUnits().isZero()) {
            return Decision.reject("invoice " + number + " has nothing outstanding to write off");
        }
        return Decision.allow();
    }

    /**
     * Writes off the whole outstanding amount as uncollectible. Nothing is outstanding afterwards,
     * and {@link #writtenOffAmount()} returns the amount written off.
     *
     * @throws InvoiceStateException if {@link #checkWriteOff()} rejects it
     */
    public Invoice writeOff() {
        checkWriteOff().orThrow();
        MinorAmount amount = outstandingUnits();
        LOG.debug("Invoice {} wrote off {}", id, amount);
        return new Invoice(
                this,
                InvoiceStatus.WRITTEN_OFF,
                settled,
                credited,
                writtenOff.plus(amount),
                dispute);
    }

    private String finalReason(String consequence) {
        return "invoice "
                + number
                + " is "
                + status.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + ", so "
                + consequence;
    }

    // ---- Disputes ---------------------------------------------------------------------------

    /**
     * Marks the invoice as disputed from {@code startDate} on. The amounts and the status do not
     * change.
     *
     * @throws InvalidInputException if {@code reason} is blank or {@code startDate} is missing
     * @throws InvoiceStateException if a dispute is already open
     */
    public Invoice openDispute(String reason, LocalDate startDate) {
        Dispute next = Dispute.open(reason, startDate);
        if (isDisputed()) {
            Decision.reject(
                            "invoice "
                                    + number
                                    + " is already disputed since "
                                    + dispute.startDate()
                                    + "; resolve that dispute first")
                    .orThrow();
        }
        LOG.debug("Invoice {} disputed from {}", id, startDate);
        return new Invoice(this, status, settled, credited, writtenOff, next);
    }

    /**
     * Resolves the open dispute on {@code resolutionDate}. The resolved dispute stays visible
     * through {@link #dispute()}.
     *
     * @throws InvalidInputException if {@code resolutionDate} is missing or before the dispute's
     *     start date
     * @throws InvoiceStateException if no dispute is open
     */
    public Invoice resolveDispute(LocalDate resolutionDate) {
        if (!isDisputed()) {
            Decision.reject("invoice " + number + " has no open dispute to resolve").orThrow();
        }
        Dispute resolved = dispute.resolve(resolutionDate);
        LOG.debug("Invoice {} dispute resolved on {}", id, resolutionDate);
        return new Invoice(this, status, settled, credited, writtenOff, resolved);
    }

    // ---- Overdue ----------------------------------------------------------------------------

    /**
     * Returns each installment's outstanding amount and days past due as of {@code asOf}, a date in
     * the company's time zone (see {@link PastDue#asOfDate}). Settlements and credits cover the
     * installments in schedule order; a cancelled or written-off invoice has nothing outstanding on
     * any installment.
     */
    public List<InstallmentBalance> installmentBalances(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        MinorAmount covered =
                status.isFinal() ? null : content.receivable().minus(outstandingUnits());
        List<InstallmentBalance> balances = new ArrayList<>();
        for (DueSchedule.Installment installment : dueSchedule.installments()) {
            MinorAmount amount = MinorAmount.of(installment.amount(), RoundingMode.UNNECESSARY);
            MinorAmount open;
            if (covered == null) {
                open = MinorAmount.zero(currency());
            } else {
                MinorAmount paid = amount.min(covered);
                covered = covered.minus(paid);
                open = amount.minus(paid);
            }
            balances.add(
                    new InstallmentBalance(
                            installment.number(),
                            installment.dueDate(),
                            amount.toMonetaryAmount(),
                            open.toMonetaryAmount(),
                            PastDue.days(installment.dueDate(), asOf)));
        }
        return List.copyOf(balances);
    }

    /** Returns the overdue installment with the earliest due date as of {@code asOf}, if any. */
    public Optional<InstallmentBalance> earliestOverdue(LocalDate asOf) {
        InstallmentBalance earliest = null;
        for (InstallmentBalance balance : installmentBalances(asOf)) {
            if (balance.isOverdue()
                    && (earliest == null || balance.dueDate().isBefore(earliest.dueDate()))) {
                earliest = balance;
            }
        }
        return Optional.ofNullable(earliest);
    }

    /**
     * Returns the calendar days from the due date of the earliest installment with an amount
     * outstanding to {@code asOf}: 0 on that due date, 1 the day after, negative before it. When
     * nothing is outstanding the result is 0.
     */
    public long daysPastDue(LocalDate asOf) {
        LocalDate earliestOpen = null;
        for (InstallmentBalance balance : installmentBalances(asOf)) {
            if (balance.outstanding().isPositive()
                    && (earliestOpen == null || balance.dueDate().isBefore(earliestOpen))) {
                earliestOpen = balance.dueDate();
            }
        }
        return earliestOpen == null ? 0 : PastDue.days(earliestOpen, asOf);
    }

    /**
     * Returns {@code true} if an installment with an amount outstanding is past due on {@code
     * asOf}.
     */
    public boolean isOverdue(LocalDate asOf) {
        return earliestOverdue(asOf).isPresent();
    }

    // ---- Object methods ---------------------------------------------------------------------

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Invoice that)) {
            return false;
        }
        return id.equals(that.id)
                && companyId.equals(that.companyId)
                && counterpartyId.equals(that.counterpartyId)
                && number.equals(that.number)
                && direction == that.direction
                && issueDate.equals(that.issueDate)
                && terms.equals(that.terms)
                && content.equals(that.content)
                && dueSchedule.equals(that.dueSchedule)
                && status == that.status
                && settled.equals(that.settled)
                && credited.equals(that.credited)
                && writtenOff.equals(that.writtenOff)
                && Objects.equals(dispute, that.dispute);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, number, status, settled, credited, writtenOff, dispute);
    }

    /** Returns the id, number, status, receivable and outstanding amount, for logs. */
    @Override
    public String toString() {
        return "Invoice[id="
                + id
                + ", number="
                + number
                + ", status="
                + status
                + ", receivable="
                + content.receivable()
                + ", outstanding="
                + outstandingUnits()
                + "]";
    }

    /**
     * Collects the fields of a new invoice. Not thread-safe; use one builder per invoice. Every
     * setter returns this builder, and {@link #build(InvoiceContext)} checks every field.
     */
    public static final class Builder extends DocumentBuilder<Builder> {
        private InvoiceId id;
        private PaymentTerms terms;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /** Sets the id; without it, {@link #build} uses {@link InvoiceId#random()}. */
        public Builder id(InvoiceId id) {
            this.id = id;
            return this;
        }

        /** Sets the payment terms, required. */
        public Builder terms(PaymentTerms terms) {
            this.terms = terms;
            return this;
        }

        /**
         * Checks every field, computes the totals and the due schedule, and returns the invoice,
         * {@link InvoiceStatus#OPEN} unless its receivable is zero.
         *
         * @throws InvalidInputException if a required field is missing, the number is blank, the
         *     currency is unknown, or there are no lines. It is also thrown if a line's discount is
         *     in another currency or exceeds its line amount, if the printed totals are in another
         *     currency, or if the payment terms return a schedule in another currency or not adding
         *     up to the receivable.
         */
        public Invoice build(InvoiceContext context) {
            requireShared();
            require("terms", terms, "payment terms");
            DocumentContent content = content(context);
            DueSchedule schedule = dueSchedule(content, context);
            Invoice invoice = new Invoice(this, content, schedule);
            LOG.debug("Invoice {} built, receivable {}", invoice.id, content.receivable());
            return invoice;
        }

        private DueSchedule dueSchedule(DocumentContent content, InvoiceContext context) {
            MinorAmount receivable = content.receivable();
            DueSchedule schedule =
                    terms.dueSchedule(
                            issueDate,
                            receivable.toMonetaryAmount(),
                            context.calendar(),
                            context.rounding());
            if (schedule == null) {
                throw new InvalidInputException(
                        "terms", null, "payment terms that return a due schedule");
            }
            MinorAmount sum = MinorAmount.zero(content.currency());
            for (DueSchedule.Installment installment : schedule.installments()) {
                sum =
                        sum.plus(
                                Amounts.documentAmount(
                                        "terms.installment",
                                        installment.amount(),
                                        content.currency()));
            }
            if (sum.compareTo(receivable) != 0) {
                throw new InvalidInputException(
                        "terms",
                        "a due schedule adding up to " + sum,
                        "a due schedule adding up to the receivable " + receivable);
            }
            return schedule;
        }
    }
}
