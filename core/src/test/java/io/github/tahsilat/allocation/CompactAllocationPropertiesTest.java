package io.github.tahsilat.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

/**
 * The compact oldest-first allocation against the object allocator on the same items, and the money
 * invariants of the compact path.
 */
class CompactAllocationPropertiesTest {

    private static final LocalDate PAID_ON = LocalDate.of(2025, 3, 1);
    private static final long UNTOUCHED = -7;

    /** One random allocation: items, the range the money may reach, the payment and the policy. */
    record Case(
            CurrencyUnit currency,
            long[] fee,
            long[] interest,
            long[] principal,
            int[] due,
            int from,
            int to,
            long amount,
            AllocationPolicy policy) {

        CompactOpenItems items() {
            return CompactOpenItems.of(currency, fee, interest, principal, due);
        }

        long open(int i) {
            return fee[i] + interest[i] + principal[i];
        }

        /** Allocates the payment in units over {@code items}, in the range of this case. */
        CompactAllocation allocate(CompactOpenItems items, long[] settled) {
            return Allocator.of(policy).allocateOldestFirst(amount, items, from, to, settled);
        }

        @Override
        public String toString() {
            return currency
                    + " amount="
                    + amount
                    + " range="
                    + from
                    + ".."
                    + to
                    + " fee="
                    + Arrays.toString(fee)
                    + " interest="
                    + Arrays.toString(interest)
                    + " principal="
                    + Arrays.toString(principal)
                    + " due="
                    + Arrays.toString(due)
                    + " policy="
                    + policy;
        }
    }

    private static int digits(CurrencyUnit currency) {
        return currency.getDefaultFractionDigits();
    }

    private static MonetaryAmount money(long units, CurrencyUnit currency) {
        return Money.of(BigDecimal.valueOf(units, digits(currency)), currency);
    }

    private static long units(MonetaryAmount amount) {
        return amount.getNumber()
                .numberValue(BigDecimal.class)
                .movePointRight(digits(amount.getCurrency()))
                .longValueExact();
    }

    private static InvoiceId invoice(int index) {
        return new InvoiceId(new UUID(0, index + 1L));
    }

    private static int index(InvoiceId invoice) {
        return (int) invoice.value().getLeastSignificantBits() - 1;
    }

    /** Returns the object allocator's result over the same items, skipping settled ones. */
    private static AllocationResult objectResult(Case c) {
        List<OpenItem> items = new ArrayList<>();
        for (int i = c.from(); i < c.to(); i++) {
            if (c.open(i) > 0) {
                items.add(
                        new OpenItem(
                                invoice(i),
                                1,
                                LocalDate.ofEpochDay(c.due()[i]),
                                money(c.fee()[i], c.currency()),
                                money(c.interest()[i], c.currency()),
                                money(c.principal()[i], c.currency()),
                                List.of()));
            }
        }
        return Allocator.of(c.policy())
                .allocate(money(c.amount(), c.currency()), PAID_ON, items.iterator());
    }

    private static long[] settledBy(Case c, CompactOpenItems items) {
        long[] settled = new long[items.size()];
        Arrays.fill(settled, UNTOUCHED);
        return settled;
    }

    @Property(tries = 1000)
    void settledItemsMatchObjectAllocator(@ForAll("cases") Case c) {
        CompactOpenItems items = c.items();
        long[] settled = settledBy(c, items);
        ComponentOrder order = c.policy().componentOrder();

        CompactAllocation compact = c.allocate(items, settled);
        AllocationResult expected = objectResult(c);

        long[] expectedSettled = new long[items.size()];
        int expectedWriteOff = -1;
        for (ItemSettlement settlement : expected.settlements()) {
            int i = index(settlement.invoiceId());
            assertThat(items.settledOn(i, settled[i], order, ItemComponent.FEE))
                    .as("fee of item %d", i)
                    .isEqualTo(units(settlement.fee()));
            assertThat(items.settledOn(i, settled[i], order, ItemComponent.INTEREST))
                    .as("interest of item %d", i)
                    .isEqualTo(units(settlement.interest()));
            assertThat(items.settledOn(i, settled[i], order, ItemComponent.PRINCIPAL))
                    .as("principal of item %d", i)
                    .isEqualTo(units(settlement.principal()));
            expectedSettled[i] = units(settlement.applied());
            if (units(settlement.writeOff()) > 0) {
                expectedWriteOff = i;
                assertThat(compact.writeOffUnits()).isEqualTo(units(settlement.writeOff()));
            }
        }
        for (int i = c.from(); i < compact.end(); i++) {
            assertThat(settled[i]).as("settled on item %d", i).isEqualTo(expectedSettled[i]);
        }
        assertThat(compact.writeOffIndex()).isEqualTo(expectedWriteOff);
        assertThat(compact.amount()).isEqualTo(expected.amount());
        assertThat(compact.applied()).isEqualTo(expected.applied());
        assertThat(compact.unapplied()).isEqualTo(expected.unapplied());
        assertThat(compact.excessWrittenOff()).isEqualTo(expected.excessWrittenOff());
    }

    @Property(tries = 500)
    void moneyPaymentMatchesUnits(@ForAll("cases") Case c) {
        CompactOpenItems items = c.items();
        long[] fromUnits = settledBy(c, items);
        long[] fromMoney = settledBy(c, items);
        Allocator allocator = Allocator.of(c.policy());
        MonetaryAmount paid = money(c.amount(), c.currency());

        CompactAllocation byUnits =
                allocator.allocateOldestFirst(c.amount(), items, c.from(), c.to(), fromUnits);
        CompactAllocation byMoney =
                allocator.allocateOldestFirst(paid, items, c.from(), c.to(), fromMoney);

        assertThat(byMoney).isEqualTo(byUnits);
        assertThat(fromMoney).containsExactly(fromUnits);
        assertThat(byMoney.amount()).isSameAs(paid);
    }

    @Property(tries = 1000)
    void partsAddUpToPayment(@ForAll("cases") Case c) {
        CompactOpenItems items = c.items();
        long[] settled = settledBy(c, items);

        CompactAllocation result = c.allocate(items, settled);

        long sum = 0;
        for (int i = c.from(); i < result.end(); i++) {
            sum += settled[i];
        }
        assertThat(sum).isEqualTo(result.appliedUnits());
        assertThat(sum + result.unappliedUnits() + result.excessWrittenOffUnits())
                .isEqualTo(c.amount());
    }

    @Property(tries = 1000)
    void nothingBelowZeroOrAboveOpen(@ForAll("cases") Case c) {
        CompactOpenItems items = c.items();
        long[] settled = settledBy(c, items);

        CompactAllocation result = c.allocate(items, settled);

        assertThat(result.unappliedUnits()).isNotNegative();
        assertThat(result.excessWrittenOffUnits()).isNotNegative();
        for (int i = 0; i < settled.length; i++) {
            if (i < c.from() || i >= result.end()) {
                assertThat(settled[i]).as("item %d outside the range", i).isEqualTo(UNTOUCHED);
            } else {
                long writeOff = i == result.writeOffIndex() ? result.writeOffUnits() : 0;
                assertThat(settled[i]).as("settled on item %d", i).isNotNegative();
                assertThat(settled[i] + writeOff)
                        .as("cleared on item %d", i)
                        .isLessThanOrEqualTo(c.open(i));
            }
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<CurrencyUnit> currencies =
                Arbitraries.of("EUR", "JPY", "KWD").map(Monetary::getCurrency);
        Arbitrary<Integer> sizes = Arbitraries.integers().between(0, 14);
        Arbitrary<AllocationPolicy> policies = policies();
        return Combinators.combine(currencies, sizes, policies, Arbitraries.randomValue(r -> r))
                .as(
                        (currency, size, policy, random) -> {
                            long[] fee = new long[size];
                            long[] interest = new long[size];
                            long[] principal = new long[size];
                            int[] due = new int[size];
                            int day = 20_000 + random.nextInt(100);
                            for (int i = 0; i < size; i++) {
                                fee[i] = random.nextInt(3) == 0 ? random.nextInt(600) : 0;
                                interest[i] = random.nextInt(3) == 0 ? random.nextInt(400) : 0;
                                principal[i] = random.nextInt(6) == 0 ? 0 : random.nextInt(9_000);
                                day += random.nextInt(3);
                                due[i] = day;
                            }
                            int from = size == 0 ? 0 : random.nextInt(size + 1);
                            int to = from + random.nextInt(size - from + 1);
                            int limit = random.nextInt(120);
                            long amount = amount(fee, interest, principal, from, to, limit, random);
                            return new Case(
                                    currency,
                                    fee,
                                    interest,
                                    principal,
                                    due,
                                    from,
                                    to,
                                    amount,
                                    policy.withTolerances(
                                            tolerances(currency, limit, random.nextInt(4))));
                        });
    }

    /**
     * Returns a payment that, half of the time, falls within the limit and one unit of the sum of
     * the first items in the range, so that shortfalls and excesses at the limit are tried.
     */
    private static long amount(
            long[] fee,
            long[] interest,
            long[] principal,
            int from,
            int to,
            int limit,
            Random random) {
        long total = 0;
        long[] sums = new long[to - from + 1];
        for (int i = from; i < to; i++) {
            total += fee[i] + interest[i] + principal[i];
            sums[i - from + 1] = total;
        }
        if (random.nextBoolean()) {
            long sum = sums[random.nextInt(sums.length)];
            long near = sum + random.nextInt(2 * limit + 3) - limit - 1;
            return Math.max(1, near);
        }
        return 1 + (long) random.nextInt((int) total + 200);
    }

    private static List<Tolerance> tolerances(CurrencyUnit currency, int limit, int kind) {
        MonetaryAmount amount = money(limit, currency);
        return switch (kind) {
            case 0 -> List.of();
            case 1 -> List.of(Tolerance.of(amount));
            case 2 -> List.of(Tolerance.of(amount).writingOffSmallExcess());
            default ->
                    List.of(
                            new Tolerance(amount, false, true),
                            Tolerance.of(money(50, Monetary.getCurrency("USD"))));
        };
    }

    private static Arbitrary<AllocationPolicy> policies() {
        return Arbitraries.of(ComponentOrder.class)
                .map(order -> AllocationPolicy.defaults().withComponentOrder(order));
    }
}
