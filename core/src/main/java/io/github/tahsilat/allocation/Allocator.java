package io.github.tahsilat.allocation;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.terms.DueSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Allocates an amount of money to open items under an {@link AllocationPolicy}.
 *
 * <p>The payer's designations come first, in the order given, each invoice's installments in
 * schedule order. Money left after them spills to the other items oldest first, or stays as credit,
 * as {@link AllocationPolicy#excess()} sets. Without designations every item is reached oldest
 * first. Within an item the components are settled in {@link AllocationPolicy#componentOrder()}. An
 * item reached inside its discount window whose discounted remainder the money covers is settled
 * with the discount, at most once per item. A difference within the payment currency's {@link
 * Tolerance} is closed as that tolerance sets. Whatever is left is unapplied credit, never a
 * negative item.
 *
 * <p>The oldest-first items are read lazily from an iterator, and reading stops when the money runs
 * out, so the cost is proportional to the items touched. Immutable and thread-safe.
 */
public final class Allocator {

    private static final Comparator<OpenItem> SCHEDULE_ORDER =
            Comparator.comparingInt(OpenItem::installment);

    private final AllocationPolicy policy;

    private Allocator(AllocationPolicy policy) {
        this.policy = policy;
    }

    /**
     * Returns an allocator that follows {@code policy}.
     *
     * @throws InvalidInputException if {@code policy} is missing
     */
    public static Allocator of(AllocationPolicy policy) {
        return new Allocator(InputChecks.present(policy, "policy", "an allocation policy"));
    }

    /** Returns the policy this allocator follows. */
    public AllocationPolicy policy() {
        return policy;
    }

    /**
     * Allocates {@code amount} paid on {@code valueDate}.
     *
     * @param amount the money to allocate, greater than zero
     * @param valueDate the value date, which decides the early-payment discounts
     * @param designations the payer's designations, possibly empty
     * @param designatedItems the open items of the designated invoices, in any order; items that no
     *     designation covers are ignored
     * @param itemsInDueOrder every open item of the counterparty in this currency, oldest first by
     *     due date, then invoice id, then installment; read only as far as the money reaches
     * @throws InvalidInputException if an argument is missing, {@code amount} is not greater than
     *     zero, or the method is {@link AllocationMethod#PRO_RATA} without designations
     * @throws CurrencyMismatchException if an item is in another currency than {@code amount}
     */
    public AllocationResult allocate(
            MonetaryAmount amount,
            LocalDate valueDate,
            List<Designation> designations,
            List<OpenItem> designatedItems,
            Iterator<OpenItem> itemsInDueOrder) {
        MinorAmount money = AmountChecks.positive("amount", amount);
        InputChecks.present(valueDate, "valueDate", "the payment's value date");
        List<Designation> named =
                designations != null && designations.isEmpty()
                        ? List.of()
                        : InputChecks.distinctList(designations, "designations");
        InputChecks.present(designatedItems, "designatedItems", "a list, possibly empty");
        InputChecks.present(itemsInDueOrder, "itemsInDueOrder", "an iterator of open items");
        if (policy.method() == AllocationMethod.PRO_RATA && named.isEmpty()) {
            throw new InvalidInputException(
                    "designations", named, "at least one selected item for a pro-rata allocation");
        }
        Run run = new Run(amount, money, valueDate);
        if (policy.method() == AllocationMethod.PRO_RATA) {
            run.proRata(selected(named, designatedItems));
        } else {
            for (Designation designation : named) {
                run.designated(designation, designatedItems);
            }
        }
        if (named.isEmpty() || policy.excess() == ExcessHandling.SPILL_TO_OLDEST) {
            run.oldestFirst(itemsInDueOrder);
        }
        return run.finish();
    }

    /**
     * Allocates {@code amount} oldest first without designations.
     *
     * @throws InvalidInputException if an argument is missing or {@code amount} is not greater than
     *     zero, or the method is {@link AllocationMethod#PRO_RATA}
     * @throws CurrencyMismatchException if an item is in another currency than {@code amount}
     */
    public AllocationResult allocate(
            MonetaryAmount amount, LocalDate valueDate, Iterator<OpenItem> itemsInDueOrder) {
        return allocate(amount, valueDate, List.of(), List.of(), itemsInDueOrder);
    }

    private static List<OpenItem> selected(List<Designation> named, List<OpenItem> items) {
        List<OpenItem> selected = new ArrayList<>();
        for (Designation designation : named) {
            items.stream()
                    .filter(designation::covers)
                    .filter(item -> !selected.contains(item))
                    .sorted(SCHEDULE_ORDER)
                    .forEach(selected::add);
        }
        return selected;
    }

    /** The item key: an invoice's installment. */
    private record Key(InvoiceId invoiceId, int installment) {
        static Key of(OpenItem item) {
            return new Key(item.invoiceId(), item.installment());
        }
    }

    /** The mutable state of one allocation call, in minor units of the payment's currency. */
    private final class Run {
        private final CurrencyUnit currency;
        private final MonetaryAmount paid;
        private final MinorAmount amount;
        private final LocalDate valueDate;
        private final Touched touched = new Touched();
        private long remaining;
        private Working partial;

        Run(MonetaryAmount paid, MinorAmount amount, LocalDate valueDate) {
            this.currency = amount.currency();
            this.paid = paid;
            this.amount = amount;
            this.valueDate = valueDate;
            this.remaining = amount.units();
        }

        void designated(Designation designation, List<OpenItem> items) {
            Optional<MonetaryAmount> capAmount = designation.amount();
            boolean capped = capAmount.isPresent();
            long cap =
                    capped
                            ? AmountChecks.inCurrency("allocate", exact(capAmount.get()), currency)
                                    .units()
                            : 0;
            List<OpenItem> covered =
                    items.stream().filter(designation::covers).sorted(SCHEDULE_ORDER).toList();
            for (OpenItem item : covered) {
                if (remaining <= 0 || (capped && cap <= 0)) {
                    return;
                }
                long offered = capped ? Math.min(remaining, cap) : remaining;
                long used = settle(item, offered, true);
                if (capped) {
                    cap -= used;
                }
            }
        }

        void proRata(List<OpenItem> items) {
            List<Working> workings = items.stream().map(this::working).toList();
            MinorAmount total = MinorAmount.zero(currency);
            List<BigDecimal> weights = new ArrayList<>();
            for (Working working : workings) {
                total = total.plus(new MinorAmount(working.open(), currency));
                weights.add(BigDecimal.valueOf(working.open()));
            }
            if (!total.isPositive()) {
                return;
            }
            MinorAmount pool = new MinorAmount(Math.min(remaining, total.units()), currency);
            List<MinorAmount> shares = MinorAllocator.split(pool, weights, policy.roundingMode());
            for (int i = 0; i < workings.size(); i++) {
                MinorAmount share = shares.get(i);
                if (share.isPositive()) {
                    settle(workings.get(i).item, share.units(), false);
                }
            }
        }

        void oldestFirst(Iterator<OpenItem> items) {
            while (remaining > 0 && items.hasNext()) {
                settle(items.next(), remaining, true);
            }
        }

        private Working working(OpenItem item) {
            if (!item.currency().equals(currency)) {
                throw new CurrencyMismatchException(
                        "allocate", currency.getCurrencyCode(), item.currency().getCurrencyCode());
            }
            Working working = touched.find(item);
            if (working == null) {
                working = new Working(item);
                touched.add(working);
            }
            return working;
        }

        /** Settles up to {@code offered} minor units on the item and returns what was used. */
        private long settle(OpenItem item, long offered, boolean discountAllowed) {
            Working working = working(item);
            long open = working.open();
            if (open <= 0) {
                return 0;
            }
            long discount = discountAllowed ? working.discountOn(valueDate) : 0;
            long used;
            if (discount > 0 && offered >= open - discount) {
                working.discount = discount;
                used = working.pay(open - discount, policy.componentOrder());
            } else {
                used = working.pay(Math.min(offered, open), policy.componentOrder());
            }
            remaining -= used;
            partial = working.open() > 0 ? working : null;
            return used;
        }

        AllocationResult finish() {
            long excessWrittenOff = 0;
            Tolerance tolerance = toleranceFor(currency);
            if (tolerance != null) {
                long limit = exact(tolerance.limit()).units();
                if (remaining == 0
                        && partial != null
                        && tolerance.writeOffShortfall()
                        && partial.open() <= limit) {
                    partial.writeOff = partial.open();
                }
                if (remaining > 0
                        && touched.anyChanged()
                        && tolerance.writeOffExcess()
                        && remaining <= limit) {
                    excessWrittenOff = remaining;
                    remaining = 0;
                }
            }
            MonetaryAmount total = amount.toMonetaryAmount(paid);
            MonetaryAmount unapplied = new MinorAmount(remaining, currency).toMonetaryAmount();
            MonetaryAmount excess = new MinorAmount(excessWrittenOff, currency).toMonetaryAmount();
            SettlementList settlements =
                    touched.settlements(currency, policy.componentOrder())
                            .build(
                                    total,
                                    amount.units(),
                                    unapplied,
                                    remaining,
                                    excess,
                                    excessWrittenOff);
            return new AllocationResult(total, settlements, unapplied, excess);
        }
    }

    /** Returns the policy's tolerance for {@code currency}, or {@code null} if it has none. */
    private Tolerance toleranceFor(CurrencyUnit currency) {
        for (Tolerance tolerance : policy.tolerances()) {
            if (tolerance.currency().equals(currency)) {
                return tolerance;
            }
        }
        return null;
    }

    private static MinorAmount exact(MonetaryAmount amount) {
        return AmountChecks.exact("amount", amount);
    }

    /**
     * The items one allocation call has touched, in the order the money reached them. A call
     * usually touches a few items, which a linear scan finds without building keys. Past {@link
     * #SCAN_LIMIT} items a hash index keeps each look-up constant, so that one payment over
     * thousands of items stays linear.
     */
    private static final class Touched {
        private static final int SCAN_LIMIT = 8;

        private final List<Working> workings = new ArrayList<>();
        private Map<Key, Working> index;

        Working find(OpenItem item) {
            if (index != null) {
                return index.get(Key.of(item));
            }
            for (Working working : workings) {
                if (working.item.installment() == item.installment()
                        && working.item.invoiceId().equals(item.invoiceId())) {
                    return working;
                }
            }
            return null;
        }

        void add(Working working) {
            workings.add(working);
            if (index != null) {
                index.put(Key.of(working.item), working);
            } else if (workings.size() > SCAN_LIMIT) {
                index = new HashMap<>();
                for (Working each : workings) {
                    index.put(Key.of(each.item), each);
                }
            }
        }

        boolean anyChanged() {
            for (Working working : workings) {
                if (working.changed()) {
                    return true;
                }
            }
            return false;
        }

        /** Returns the settlements of the items that changed, in the order they were touched. */
        SettlementList.Builder settlements(CurrencyUnit currency, ComponentOrder order) {
            int count = 0;
            for (Working working : workings) {
                if (working.changed()) {
                    count++;
                }
            }
            SettlementList.Builder builder = new SettlementList.Builder(currency, order, count);
            for (Working working : workings) {
                if (working.changed()) {
                    builder.add(
                            working.item,
                            working.feePaid,
                            working.interestPaid,
                            working.principalPaid,
                            working.discount,
                            working.writeOff);
                }
            }
            return builder;
        }
    }

    /**
     * One item's state during an allocation call, in minor units. The open components are read from
     * the item once; everything paid, discounted or written off is counted apart from them.
     */
    private static final class Working {
        final OpenItem item;
        final long fee;
        final long interest;
        final long principal;
        long feePaid;
        long interestPaid;
        long principalPaid;
        long discount;
        long writeOff;

        Working(OpenItem item) {
            this.item = item;
            this.fee = item.feeUnits();
            this.interest = item.interestUnits();
            this.principal = item.principalUnits();
        }

        /** Returns what is still open: the components less payments, discount and write-off. */
        long open() {
            return fee
                    + interest
                    + principal
                    - feePaid
                    - interestPaid
                    - principalPaid
                    - discount
                    - writeOff;
        }

        /** Returns {@code true} if the call paid, discounted or wrote off anything on the item. */
        boolean changed() {
            return feePaid != 0
                    || interestPaid != 0
                    || principalPaid != 0
                    || discount != 0
                    || writeOff != 0;
        }

        /**
         * Returns the discount a payment on {@code valueDate} earns: the first open discount whose
         * last day is on or after it, unless one was granted already or it exceeds the open
         * principal.
         */
        long discountOn(LocalDate valueDate) {
            if (discount > 0 || item.discounts().isEmpty()) {
                return 0;
            }
            for (DueSchedule.EarlyPaymentDiscount offer : item.discounts()) {
                if (!valueDate.isAfter(offer.lastDay())) {
                    long units = exact(offer.discount()).units();
                    return units <= principal - principalPaid ? units : 0;
                }
            }
            return 0;
        }

        /** Pays {@code money} over the components in order, the discount off the principal. */
        long pay(long money, ComponentOrder order) {
            long left = money;
            for (ItemComponent component : order.sequence()) {
                long part = Math.min(left, due(component));
                if (part > 0) {
                    switch (component) {
                        case FEE -> feePaid += part;
                        case INTEREST -> interestPaid += part;
                        case PRINCIPAL -> principalPaid += part;
                    }
                    left -= part;
                }
            }
            return money - left;
        }

        private long due(ItemComponent component) {
            return switch (component) {
                case FEE -> fee - feePaid;
                case INTEREST -> interest - interestPaid;
                case PRINCIPAL -> principal - principalPaid - discount;
            };
        }
    }
}
