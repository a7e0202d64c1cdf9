package io.github.tahsilat.ledger;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.allocation.ItemSettlement;
import io.github.tahsilat.allocation.OpenItem;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.terms.DueSchedule;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One invoice's amounts in the ledger: what was charged per component and what was cleared, the
 * principal per installment. Immutable: every change returns a new state.
 */
final class ItemState {

    /** An installment's due date, amount and open discounts. */
    record Term(
            LocalDate dueDate,
            MinorAmount amount,
            List<DueSchedule.EarlyPaymentDiscount> discounts) {}

    final InvoiceId id;
    final String number;
    final Direction side;
    final LocalDate issueDate;
    final List<Term> terms;
    final MinorAmount feeCharged;
    final MinorAmount interestCharged;
    final MinorAmount feeCleared;
    final MinorAmount interestCleared;
    final List<MinorAmount> principalCleared;
    final MinorAmount discount;
    final MinorAmount writtenOff;
    final Set<Integer> discounted;
    final boolean closedByWriteOff;

    private ItemState(
            InvoiceId id,
            String number,
            Direction side,
            LocalDate issueDate,
            List<Term> terms,
            MinorAmount feeCharged,
            MinorAmount interestCharged,
            MinorAmount feeCleared,
            MinorAmount interestCleared,
            List<MinorAmount> principalCleared,
            MinorAmount discount,
            MinorAmount writtenOff,
            Set<Integer> discounted,
            boolean closedByWriteOff) {
        this.id = id;
        this.number = number;
        this.side = side;
        this.issueDate = issueDate;
        this.terms = terms;
        this.feeCharged = feeCharged;
        this.interestCharged = interestCharged;
        this.feeCleared = feeCleared;
        this.interestCleared = interestCleared;
        this.principalCleared = List.copyOf(principalCleared);
        this.discount = discount;
        this.writtenOff = writtenOff;
        this.discounted = Set.copyOf(discounted);
        this.closedByWriteOff = closedByWriteOff;
    }

    static ItemState of(Invoice invoice) {
        List<Term> terms = new ArrayList<>();
        List<MinorAmount> cleared = new ArrayList<>();
        MinorAmount zero = MinorAmount.zero(invoice.currency());
        for (DueSchedule.Installment installment : invoice.dueSchedule().installments()) {
            terms.add(
                    new Term(
                            installment.dueDate(),
                            MinorAmount.of(installment.amount(), RoundingMode.UNNECESSARY),
                            installment.discounts()));
            cleared.add(zero);
        }
        return new ItemState(
                invoice.id(),
                invoice.number(),
                invoice.direction(),
                invoice.issueDate(),
                List.copyOf(terms),
                zero,
                zero,
                zero,
                zero,
                cleared,
                zero,
                zero,
                Set.of(),
                false);
    }

    MinorAmount zero() {
        return MinorAmount.zero(feeCharged.currency());
    }

    MinorAmount receivable() {
        MinorAmount sum = zero();
        for (Term term : terms) {
            sum = sum.plus(term.amount());
        }
        return sum;
    }

    MinorAmount openFee() {
        return feeCharged.minus(feeCleared);
    }

    MinorAmount openInterest() {
        return interestCharged.minus(interestCleared);
    }

    MinorAmount openPrincipal(int installment) {
        return terms.get(installment - 1).amount().minus(principalCleared.get(installment - 1));
    }

    MinorAmount openPrincipal() {
        MinorAmount sum = zero();
        for (int i = 1; i <= terms.size(); i++) {
            sum = sum.plus(openPrincipal(i));
        }
        return sum;
    }

    MinorAmount outstanding() {
        return openFee().plus(openInterest()).plus(openPrincipal());
    }

    boolean touched() {
        return feeCleared.isPositive()
                || interestCleared.isPositive()
                || principalCleared.stream().anyMatch(MinorAmount::isPositive);
    }

    InvoiceStatus status() {
        if (outstanding().isZero()) {
            return closedByWriteOff ? InvoiceStatus.WRITTEN_OFF : InvoiceStatus.PAID;
        }
        return touched() ? InvoiceStatus.PARTIALLY_PAID : InvoiceStatus.OPEN;
    }

    /** Returns the installment the fees and interest ride with: the first with principal open. */
    int chargeInstallment() {
        for (int i = 1; i <= terms.size(); i++) {
            if (openPrincipal(i).isPositive()) {
                return i;
            }
        }
        return terms.size();
    }

    /** Returns the open items, one per installment with anything open, in schedule order. */
    List<OpenItem> openItems() {
        List<OpenItem> items = new ArrayList<>();
        int chargesOn = chargeInstallment();
        for (int i = 1; i <= terms.size(); i++) {
            MinorAmount fee = i == chargesOn ? openFee() : zero();
            MinorAmount interest = i == chargesOn ? openInterest() : zero();
            MinorAmount principal = openPrincipal(i);
            if (fee.plus(interest).plus(principal).isPositive()) {
                Term term = terms.get(i - 1);
                items.add(
                        new OpenItem(
                                id,
                                i,
                                term.dueDate(),
                                fee.toMonetaryAmount(),
                                interest.toMonetaryAmount(),
                                principal.toMonetaryAmount(),
                                discounted.contains(i) ? List.of() : term.discounts()));
            }
        }
        return items;
    }

    ItemState charge(ItemComponent component, MinorAmount amount) {
        return new ItemState(
                id,
                number,
                side,
                issueDate,
                terms,
                component == ItemComponent.FEE ? feeCharged.plus(amount) : feeCharged,
                component == ItemComponent.INTEREST
                        ? interestCharged.plus(amount)
                        : interestCharged,
                feeCleared,
                interestCleared,
                principalCleared,
                discount,
                writtenOff,
                discounted,
                closedByWriteOff);
    }

    /**
     * Turns a settlement from the allocator into an application: the write-off clears what the
     * money left open, fee first, then interest, then principal. {@code chargesOn} is the
     * installment that carried the charges in the open items the allocator was given.
     */
    Application application(UUID sourceId, ItemSettlement settlement, int chargesOn) {
        MinorAmount fee = units(settlement.fee());
        MinorAmount interest = units(settlement.interest());
        MinorAmount principal = units(settlement.principal());
        MinorAmount discountGranted = units(settlement.discount());
        MinorAmount writeOff = units(settlement.writeOff());
        int installment = settlement.installment();
        boolean carriesCharges = installment == chargesOn;
        MinorAmount feeLeft = carriesCharges ? openFee().minus(fee) : zero();
        MinorAmount interestLeft = carriesCharges ? openInterest().minus(interest) : zero();
        MinorAmount writeOffFee = writeOff.min(feeLeft);
        MinorAmount writeOffInterest = writeOff.minus(writeOffFee).min(interestLeft);
        MinorAmount writeOffPrincipal = writeOff.minus(writeOffFee).minus(writeOffInterest);
        return new Application(
                sourceId,
                id,
                installment,
                fee,
                interest,
                principal,
                discountGranted,
                writeOffFee,
                writeOffInterest,
                writeOffPrincipal);
    }

    /** Returns the applications that write off everything open, one per installment. */
    List<Application> writeOffAll(UUID sourceId) {
        List<Application> applications = new ArrayList<>();
        int chargesOn = chargeInstallment();
        for (int i = 1; i <= terms.size(); i++) {
            MinorAmount fee = i == chargesOn ? openFee() : zero();
            MinorAmount interest = i == chargesOn ? openInterest() : zero();
            MinorAmount principal = openPrincipal(i);
            if (fee.plus(interest).plus(principal).isPositive()) {
                MinorAmount none = zero();
                applications.add(
                        new Application(
                                sourceId, id, i, none, none, none, none, fee, interest, principal));
            }
        }
        return applications;
    }

    ItemState apply(Application application, boolean reverse) {
        int sign = reverse ? -1 : 1;
        int index = application.installment() - 1;
        List<MinorAmount> principal = new ArrayList<>(principalCleared);
        MinorAmount principalDelta =
                application
                        .principal()
                        .plus(application.discount())
                        .plus(application.writeOffPrincipal());
        principal.set(index, principal.get(index).plus(signed(principalDelta, sign)));
        Set<Integer> nextDiscounted = new HashSet<>(discounted);
        if (application.discount().isPositive()) {
            if (reverse) {
                nextDiscounted.remove(application.installment());
            } else {
                nextDiscounted.add(application.installment());
            }
        }
        return new ItemState(
                id,
                number,
                side,
                issueDate,
                terms,
                feeCharged,
                interestCharged,
                feeCleared.plus(signed(application.fee().plus(application.writeOffFee()), sign)),
                interestCleared.plus(
                        signed(application.interest().plus(application.writeOffInterest()), sign)),
                principal,
                discount.plus(signed(application.discount(), sign)),
                writtenOff.plus(signed(application.writeOff(), sign)),
                nextDiscounted,
                closedByWriteOff);
    }

    ItemState closedByWriteOff(boolean closed) {
        return new ItemState(
                id,
                number,
                side,
                issueDate,
                terms,
                feeCharged,
                interestCharged,
                feeCleared,
                interestCleared,
                principalCleared,
                discount,
                writtenOff,
                discounted,
                closed);
    }

    ItemBalance balance(MinorAmount provisional) {
        return new ItemBalance(
                id,
                number,
                side,
                status(),
                openFee().toMonetaryAmount(),
                openInterest().toMonetaryAmount(),
                openPrincipal().toMonetaryAmount(),
                discount.toMonetaryAmount(),
                writtenOff.toMonetaryAmount(),
                provisional.toMonetaryAmount());
    }

    private static MinorAmount signed(MinorAmount amount, int sign) {
        return sign < 0 ? amount.negate() : amount;
    }

    private static MinorAmount units(javax.money.MonetaryAmount amount) {
        return MinorAmount.of(amount, RoundingMode.UNNECESSARY);
    }
}
