package io.github.tahsilat.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.terms.DueSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import javax.money.MonetaryAmount;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocatorTest {

    private static final LocalDate PAID_ON = LocalDate.of(2025, 3, 1);
    private static final InvoiceId FIRST = id(1);
    private static final InvoiceId SECOND = id(2);

    private static InvoiceId id(int n) {
        return new InvoiceId(new UUID(0, n));
    }

    private static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static MonetaryAmount usd(String amount) {
        return Money.of(new BigDecimal(amount), "USD");
    }

    private static OpenItem item(InvoiceId invoice, String due, MonetaryAmount principal) {
        return OpenItem.principalOnly(invoice, 1, LocalDate.parse(due), principal);
    }

    private static AllocationResult oldestFirst(
            AllocationPolicy policy, MonetaryAmount amount, List<OpenItem> items) {
        return Allocator.of(policy).allocate(amount, PAID_ON, items.iterator());
    }

    @Nested
    class OldestFirst {

        @Test
        void settlesOldestItemFirst() {
            List<OpenItem> items =
                    List.of(
                            item(FIRST, "2025-01-10", eur("30.00")),
                            item(SECOND, "2025-02-10", eur("70.00")));

            AllocationResult result = oldestFirst(AllocationPolicy.defaults(), eur("50.00"), items);

            assertThat(result.settlements()).hasSize(2);
            assertThat(result.settlements().get(0).principal()).isEqualTo(eur("30.00"));
            assertThat(result.settlements().get(1).principal()).isEqualTo(eur("20.00"));
            assertThat(result.unapplied()).isEqualTo(eur("0.00"));
        }

        @Test
        void overpaymentBecomesCredit() {
            List<OpenItem> items = List.of(item(FIRST, "2025-01-10", usd("89.00")));

            AllocationResult result = oldestFirst(AllocationPolicy.defaults(), usd("95.00"), items);

            assertThat(result.applied()).isEqualTo(usd("89.00"));
            assertThat(result.unapplied()).isEqualTo(usd("6.00"));
        }

        @Test
        void noItemsLeavesAllAsCredit() {
            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), eur("10.00"), List.of());

            assertThat(result.settlements()).isEmpty();
            assertThat(result.unapplied()).isEqualTo(eur("10.00"));
        }

        @Test
        void largeLedgerReadsOnlyTouchedItems() {
            List<OpenItem> items = new ArrayList<>();
            LocalDate first = LocalDate.of(2000, 1, 1);
            for (int i = 0; i < 20_000; i++) {
                items.add(item(id(i + 1), first.plusDays(i).toString(), eur("10.00")));
            }
            CountingIterator source = new CountingIterator(items.iterator());

            AllocationResult result =
                    Allocator.of(AllocationPolicy.defaults())
                            .allocate(eur("150000.00"), PAID_ON, source);

            assertThat(result.settlements()).hasSize(15_000);
            assertThat(source.read).isEqualTo(15_000);
            assertThat(result.unapplied()).isEqualTo(eur("0.00"));
            MonetaryAmount open = eur("0.00");
            for (OpenItem item : items.subList(15_000, 20_000)) {
                open = open.add(item.outstanding());
            }
            assertThat(open).isEqualTo(eur("50000.00"));
            assertThat(result.settlements().get(14_999).invoiceId()).isEqualTo(id(15_000));
        }

        @Test
        void otherCurrencyItemRejected() {
            List<OpenItem> items = List.of(item(FIRST, "2025-01-10", usd("10.00")));

            assertThatThrownBy(() -> oldestFirst(AllocationPolicy.defaults(), eur("10.00"), items))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("USD")
                    .hasMessageContaining("EUR");
        }
    }

    @Nested
    class Designations {

        private final OpenItem older =
                new OpenItem(
                        FIRST,
                        1,
                        LocalDate.parse("2025-01-10"),
                        usd("0.00"),
                        usd("0.00"),
                        usd("30.00"),
                        List.of());
        private final OpenItem newer = item(SECOND, "2025-02-10", usd("70.00"));

        private AllocationResult payToSecond(ExcessHandling excess) {
            return Allocator.of(AllocationPolicy.defaults().withExcess(excess))
                    .allocate(
                            usd("100.00"),
                            PAID_ON,
                            List.of(Designation.of(SECOND)),
                            List.of(newer),
                            List.of(older, newer).iterator());
        }

        @Test
        void excessSpillsToOldest() {
            AllocationResult result = payToSecond(ExcessHandling.SPILL_TO_OLDEST);

            assertThat(result.settlements()).hasSize(2);
            assertThat(result.settlements().get(0).invoiceId()).isEqualTo(SECOND);
            assertThat(result.settlements().get(0).principal()).isEqualTo(usd("70.00"));
            assertThat(result.settlements().get(1).invoiceId()).isEqualTo(FIRST);
            assertThat(result.settlements().get(1).principal()).isEqualTo(usd("30.00"));
            assertThat(result.unapplied()).isEqualTo(usd("0.00"));
        }

        @Test
        void excessKeptAsCredit() {
            AllocationResult result = payToSecond(ExcessHandling.KEEP_AS_CREDIT);

            assertThat(result.settlements()).hasSize(1);
            assertThat(result.settlements().get(0).principal()).isEqualTo(usd("70.00"));
            assertThat(result.unapplied()).isEqualTo(usd("30.00"));
        }

        @Test
        void designatedAmountCapsInvoice() {
            AllocationResult result =
                    Allocator.of(AllocationPolicy.defaults())
                            .allocate(
                                    usd("50.00"),
                                    PAID_ON,
                                    List.of(Designation.of(SECOND, usd("20.00"))),
                                    List.of(newer),
                                    List.of(older, newer).iterator());

            assertThat(result.settlements()).hasSize(1);
            assertThat(result.settlements().get(0).principal()).isEqualTo(usd("20.00"));
            assertThat(result.unapplied()).isEqualTo(usd("30.00"));
        }

        @Test
        void installmentDesignationSkipsOthers() {
            OpenItem first =
                    OpenItem.principalOnly(FIRST, 1, LocalDate.parse("2025-01-10"), eur("50.00"));
            OpenItem second =
                    OpenItem.principalOnly(FIRST, 2, LocalDate.parse("2025-02-10"), eur("50.00"));

            AllocationResult result =
                    Allocator.of(AllocationPolicy.defaults())
                            .allocate(
                                    eur("50.00"),
                                    PAID_ON,
                                    List.of(Designation.ofInstallment(FIRST, 2)),
                                    List.of(first, second),
                                    List.of(first, second).iterator());

            assertThat(result.settlements()).hasSize(1);
            assertThat(result.settlements().get(0).installment()).isEqualTo(2);
        }
    }

    @Nested
    class ProRata {

        @Test
        void splitsByOutstanding() {
            List<OpenItem> items =
                    List.of(
                            item(FIRST, "2025-01-10", eur("100.00")),
                            item(SECOND, "2025-02-10", eur("200.00")));

            AllocationResult result =
                    Allocator.of(AllocationPolicy.defaults().withMethod(AllocationMethod.PRO_RATA))
                            .allocate(
                                    eur("100.00"),
                                    PAID_ON,
                                    List.of(Designation.of(FIRST), Designation.of(SECOND)),
                                    items,
                                    items.iterator());

            assertThat(result.settlements().get(0).principal()).isEqualTo(eur("33.33"));
            assertThat(result.settlements().get(1).principal()).isEqualTo(eur("66.67"));
            assertThat(result.unapplied()).isEqualTo(eur("0.00"));
        }

        @Test
        void neverAboveOutstanding() {
            List<OpenItem> items =
                    List.of(
                            item(FIRST, "2025-01-10", eur("0.01")),
                            item(SECOND, "2025-02-10", eur("0.02")));

            AllocationResult result =
                    Allocator.of(AllocationPolicy.defaults().withMethod(AllocationMethod.PRO_RATA))
                            .allocate(
                                    eur("1.00"),
                                    PAID_ON,
                                    List.of(Designation.of(FIRST), Designation.of(SECOND)),
                                    items,
                                    List.<OpenItem>of().iterator());

            assertThat(result.settlements().get(0).principal()).isEqualTo(eur("0.01"));
            assertThat(result.settlements().get(1).principal()).isEqualTo(eur("0.02"));
            assertThat(result.unapplied()).isEqualTo(eur("0.97"));
        }

        @Test
        void withoutSelectionRejected() {
            Allocator allocator =
                    Allocator.of(AllocationPolicy.defaults().withMethod(AllocationMethod.PRO_RATA));

            assertThatThrownBy(
                            () ->
                                    allocator.allocate(
                                            eur("1.00"), PAID_ON, List.<OpenItem>of().iterator()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("pro-rata");
        }
    }

    @Nested
    class Components {

        private final OpenItem charged =
                new OpenItem(
                        FIRST,
                        1,
                        LocalDate.parse("2025-01-10"),
                        eur("10.00"),
                        eur("0.41"),
                        eur("100.00"),
                        List.of());

        @ParameterizedTest
        @CsvSource({
            "COSTS_INTEREST_PRINCIPAL, 50.00, 10.00, 0.41, 39.59",
            "INTEREST_COSTS_PRINCIPAL, 5.00, 4.59, 0.41, 0.00",
            "PRINCIPAL_FIRST, 100.00, 0.00, 0.00, 100.00",
            "PRINCIPAL_FIRST, 105.00, 4.59, 0.41, 100.00",
        })
        void orderFollowsPolicy(
                ComponentOrder order, String paid, String fee, String interest, String principal) {
            AllocationResult result =
                    oldestFirst(
                            AllocationPolicy.defaults().withComponentOrder(order),
                            eur(paid),
                            List.of(charged));

            ItemSettlement settlement = result.settlements().get(0);
            assertThat(settlement.fee()).isEqualTo(eur(fee));
            assertThat(settlement.interest()).isEqualTo(eur(interest));
            assertThat(settlement.principal()).isEqualTo(eur(principal));
            assertThat(settlement.componentOrder()).isEqualTo(order);
        }
    }

    @Nested
    class Tolerances {

        private final OpenItem invoice = item(FIRST, "2025-02-10", eur("100.00"));

        private AllocationResult pay(String amount, Tolerance tolerance) {
            return Allocator.of(AllocationPolicy.defaults().withTolerances(List.of(tolerance)))
                    .allocate(
                            eur(amount),
                            PAID_ON,
                            List.of(Designation.of(FIRST)),
                            List.of(invoice),
                            List.of(invoice).iterator());
        }

        @ParameterizedTest
        @CsvSource({
            "99.98, 99.98, 0.02, 0.00, 0.00, 0.00",
            "99.97, 99.97, 0.00, 0.03, 0.00, 0.00",
            "100.02, 100.00, 0.00, 0.00, 0.02, 0.00",
            "100.03, 100.00, 0.00, 0.00, 0.03, 0.00",
        })
        void defaultWritesOffShortfallKeepsExcess(
                String paid,
                String applied,
                String writeOff,
                String outstanding,
                String credit,
                String excessWrittenOff) {
            AllocationResult result = pay(paid, Tolerance.of(eur("0.02")));

            ItemSettlement settlement = result.settlements().get(0);
            assertThat(settlement.applied()).isEqualTo(eur(applied));
            assertThat(settlement.writeOff()).isEqualTo(eur(writeOff));
            assertThat(invoice.outstanding().subtract(settlement.cleared()))
                    .isEqualTo(eur(outstanding));
            assertThat(result.unapplied()).isEqualTo(eur(credit));
            assertThat(result.excessWrittenOff()).isEqualTo(eur(excessWrittenOff));
        }

        @Test
        void smallExcessWrittenOffWhenSet() {
            AllocationResult result =
                    pay("100.02", Tolerance.of(eur("0.02")).writingOffSmallExcess());

            assertThat(result.unapplied()).isEqualTo(eur("0.00"));
            assertThat(result.excessWrittenOff()).isEqualTo(eur("0.02"));
        }

        @Test
        void otherCurrencyHasNoTolerance() {
            AllocationResult result = pay("99.98", Tolerance.of(usd("0.02")));

            assertThat(result.settlements().get(0).writeOff()).isEqualTo(eur("0.00"));
        }

        @Test
        void twoToleranceSameCurrencyRejected() {
            assertThatThrownBy(
                            () ->
                                    AllocationPolicy.defaults()
                                            .withTolerances(
                                                    List.of(
                                                            Tolerance.of(eur("0.01")),
                                                            Tolerance.of(eur("0.02")))))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class Discounts {

        private final OpenItem discounted =
                new OpenItem(
                        FIRST,
                        1,
                        LocalDate.parse("2025-03-31"),
                        eur("0.00"),
                        eur("0.00"),
                        eur("1000.00"),
                        List.of(
                                new DueSchedule.EarlyPaymentDiscount(
                                        new BigDecimal("2"),
                                        LocalDate.parse("2025-03-10"),
                                        eur("20.00"))));

        private AllocationResult pay(String amount, String date) {
            return Allocator.of(AllocationPolicy.defaults())
                    .allocate(eur(amount), LocalDate.parse(date), List.of(discounted).iterator());
        }

        @ParameterizedTest
        @CsvSource({
            "980.00, 2025-03-10, 980.00, 20.00, 0.00",
            "1000.00, 2025-03-01, 980.00, 20.00, 20.00",
            "979.99, 2025-03-10, 979.99, 0.00, 0.00",
            "980.00, 2025-03-11, 980.00, 0.00, 0.00",
        })
        void grantedOnlyWhenItemCloses(
                String paid, String date, String applied, String discount, String credit) {
            AllocationResult result = pay(paid, date);

            ItemSettlement settlement = result.settlements().get(0);
            assertThat(settlement.applied()).isEqualTo(eur(applied));
            assertThat(settlement.discount()).isEqualTo(eur(discount));
            assertThat(result.unapplied()).isEqualTo(eur(credit));
        }

        @Test
        void remainderProposedDiscounted() {
            OpenItem afterPartial =
                    new OpenItem(
                            FIRST,
                            1,
                            discounted.dueDate(),
                            eur("0.00"),
                            eur("0.00"),
                            eur("500.00"),
                            discounted.discounts());

            assertThat(afterPartial.amountToSettle(LocalDate.parse("2025-03-05")))
                    .isEqualTo(eur("480.00"));
            assertThat(afterPartial.amountToSettle(LocalDate.parse("2025-03-11")))
                    .isEqualTo(eur("500.00"));
        }
    }

    @Nested
    class CompactResult {

        private MonetaryAmount money(String amount, String currency) {
            return Money.of(new BigDecimal(amount), currency);
        }

        private List<OpenItem> items(String currency, String... principals) {
            List<OpenItem> items = new ArrayList<>();
            for (int i = 0; i < principals.length; i++) {
                LocalDate due = LocalDate.parse("2025-01-01").plusDays(i);
                items.add(
                        OpenItem.principalOnly(id(i + 1), 1, due, money(principals[i], currency)));
            }
            return items;
        }

        @Test
        void settlementsListUnmodifiable() {
            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), eur("50.00"), items("EUR", "30.00"));

            assertThatThrownBy(() -> result.settlements().add(result.settlements().get(0)))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> result.settlements().remove(0))
                    .isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void equalsResultWithCopiedList() {
            AllocationResult result =
                    oldestFirst(
                            AllocationPolicy.defaults(),
                            eur("50.00"),
                            items("EUR", "30.00", "70.00"));
            AllocationResult copy =
                    new AllocationResult(
                            result.amount(),
                            new ArrayList<>(result.settlements()),
                            result.unapplied(),
                            result.excessWrittenOff());

            assertThat(copy).isEqualTo(result);
            assertThat(result).isEqualTo(copy);
            assertThat(result.hashCode()).isEqualTo(copy.hashCode());
            assertThat(result.toString()).isEqualTo(copy.toString());
        }

        @Test
        void compactListCheckedWithOtherAmounts() {
            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), eur("50.00"), items("EUR", "30.00"));

            AllocationResult rebuilt =
                    new AllocationResult(
                            eur("50.00"), result.settlements(), eur("20.00"), eur("0.00"));
            assertThat(rebuilt).isEqualTo(result);
            assertThatThrownBy(
                            () ->
                                    new AllocationResult(
                                            eur("60.00"),
                                            result.settlements(),
                                            result.unapplied(),
                                            result.excessWrittenOff()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("60.00 EUR");
        }

        @Test
        void settlementReadTwiceIsSame() {
            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), eur("50.00"), items("EUR", "30.00"));

            assertThat(result.settlements().get(0)).isSameAs(result.settlements().get(0));
        }

        @Test
        void indexOutsideListRejected() {
            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), eur("50.00"), items("EUR", "30.00"));

            assertThatThrownBy(() -> result.settlements().get(1))
                    .isInstanceOf(IndexOutOfBoundsException.class);
            assertThatThrownBy(() -> result.settlements().get(-1))
                    .isInstanceOf(IndexOutOfBoundsException.class);
        }

        @ParameterizedTest
        @CsvSource({
            "JPY, 1500,  1000, 800,  1000, 500,  0",
            "KWD, 1.234, 1.000, 0.500, 1.000, 0.234, 0",
            "EUR, 12.34, 10.00, 5.00, 10.00, 2.34, 0",
            "TRY, 20.00, 10.00, 5.00, 10.00, 5.00, 5.00",
        })
        void minorUnitsOfEachCurrency(
                String currency,
                String paid,
                String first,
                String second,
                String firstSettled,
                String secondSettled,
                String unapplied) {
            AllocationResult result =
                    oldestFirst(
                            AllocationPolicy.defaults(),
                            money(paid, currency),
                            items(currency, first, second));

            assertThat(result.settlements()).hasSize(2);
            assertThat(result.settlements().get(0).principal())
                    .isEqualTo(money(firstSettled, currency));
            assertThat(result.settlements().get(1).principal())
                    .isEqualTo(money(secondSettled, currency));
            assertThat(result.settlements().get(1).fee()).isEqualTo(money("0", currency));
            assertThat(result.unapplied()).isEqualTo(money(unapplied, currency));
            assertThat(result.amount()).isEqualTo(money(paid, currency));
        }

        @Test
        void fastMoneyPaymentAccepted() {
            AllocationResult result =
                    oldestFirst(
                            AllocationPolicy.defaults(),
                            FastMoney.of(new BigDecimal("45.50"), "EUR"),
                            items("EUR", "30.00", "20.00"));

            assertThat(result.settlements().get(1).principal()).isEqualTo(eur("15.50"));
            assertThat(result.amount()).isInstanceOf(Money.class).isEqualTo(eur("45.50"));
        }

        @Test
        void moneyPaymentKeptAsAmount() {
            MonetaryAmount paid = eur("45.50");

            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), paid, items("EUR", "30.00"));

            assertThat(result.amount()).isSameAs(paid);
        }

        @Test
        void moneyWithOwnContextRebuilt() {
            MonetaryContext context = MonetaryContextBuilder.of(Money.class).setMaxScale(6).build();
            MonetaryAmount paid = Money.of(new BigDecimal("45.50"), "EUR", context);

            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), paid, items("EUR", "30.00"));

            assertThat(result.amount()).isNotSameAs(paid).isEqualTo(eur("45.50"));
            assertThat(result.amount().getContext()).isEqualTo(eur("45.50").getContext());
        }

        @Test
        void trailingZerosBeyondMinorUnitAccepted() {
            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), eur("30.000"), items("EUR", "30.00"));

            assertThat(result.settlements().get(0).principal()).isEqualTo(eur("30.00"));
            assertThat(result.unapplied()).isEqualTo(eur("0.00"));
        }

        @ParameterizedTest
        @CsvSource({"EUR, 30.001", "JPY, 30.5", "KWD, 1.0001"})
        void amountFinerThanMinorUnitRejected(String currency, String paid) {
            List<OpenItem> open = items(currency, "10");

            assertThatThrownBy(
                            () ->
                                    oldestFirst(
                                            AllocationPolicy.defaults(),
                                            money(paid, currency),
                                            open))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(paid);
            assertThatThrownBy(
                            () ->
                                    oldestFirst(
                                            AllocationPolicy.defaults(),
                                            FastMoney.of(new BigDecimal(paid), currency),
                                            open))
                    .isInstanceOf(InvalidInputException.class);
        }

        @Test
        void designatedItemMergedPastScanLimit() {
            List<OpenItem> open =
                    items(
                            "EUR", "10.00", "10.00", "10.00", "10.00", "10.00", "10.00", "10.00",
                            "10.00", "10.00", "10.00", "10.00", "10.00");
            OpenItem designated = open.get(10);

            AllocationResult result =
                    Allocator.of(
                                    AllocationPolicy.defaults()
                                            .withExcess(ExcessHandling.SPILL_TO_OLDEST))
                            .allocate(
                                    eur("115.00"),
                                    PAID_ON,
                                    List.of(Designation.of(designated.invoiceId(), eur("4.00"))),
                                    List.of(designated),
                                    open.iterator());

            assertThat(result.settlements()).hasSize(12);
            assertThat(result.settlements().get(0).invoiceId()).isEqualTo(id(11));
            assertThat(result.settlements().get(0).principal()).isEqualTo(eur("10.00"));
            assertThat(result.settlements().get(11).invoiceId()).isEqualTo(id(12));
            assertThat(result.settlements().get(11).principal()).isEqualTo(eur("5.00"));
            assertThat(result.unapplied()).isEqualTo(eur("0.00"));
        }

        @ParameterizedTest
        @CsvSource({"0", "10", "100"})
        void itemsSharingKeyHashKeptApart(int others) {
            LocalDate due = LocalDate.parse("2025-01-01");
            OpenItem first = OpenItem.principalOnly(id(1), 32, due, eur("10.00"));
            OpenItem second = OpenItem.principalOnly(id(2), 1, due, eur("10.00"));
            assertThat(first.keyHash()).isEqualTo(second.keyHash());
            List<OpenItem> open = new ArrayList<>();
            for (int i = 0; i < others; i++) {
                open.add(OpenItem.principalOnly(id(1000 + i), 1, due, eur("1.00")));
            }
            open.add(first);
            open.add(second);

            AllocationResult result =
                    oldestFirst(
                            AllocationPolicy.defaults(),
                            eur("25.00").add(eur(others + ".00")),
                            open);

            assertThat(result.settlements()).hasSize(others + 2);
            ItemSettlement last = result.settlements().get(others + 1);
            assertThat(last.invoiceId()).isEqualTo(id(2));
            assertThat(last.installment()).isEqualTo(1);
            assertThat(last.principal()).isEqualTo(eur("10.00"));
            assertThat(result.unapplied()).isEqualTo(eur("5.00"));
        }

        @Test
        void zeroAmountsShareOneInstance() {
            AllocationResult result =
                    oldestFirst(
                            AllocationPolicy.defaults(),
                            eur("50.00"),
                            items("EUR", "30.00", "70.00"));

            ItemSettlement first = result.settlements().get(0);
            assertThat(first.fee()).isEqualTo(eur("0.00"));
            assertThat(first.fee()).isSameAs(first.interest());
            assertThat(first.fee()).isSameAs(result.unapplied());
        }

        @Test
        void settledPrincipalReusesItemMoney() {
            List<OpenItem> open = items("EUR", "30.00", "70.00");

            AllocationResult result = oldestFirst(AllocationPolicy.defaults(), eur("50.00"), open);

            assertThat(result.settlements().get(0).principal()).isSameAs(open.get(0).principal());
            assertThat(result.settlements().get(1).principal()).isEqualTo(eur("20.00"));
            assertThat(result.settlements().get(1).principal())
                    .isNotSameAs(open.get(1).principal());
        }

        @Test
        void settledPrincipalWithOwnContextRebuilt() {
            MonetaryContext context = MonetaryContextBuilder.of(Money.class).setMaxScale(6).build();
            MonetaryAmount principal = Money.of(new BigDecimal("30.00"), "EUR", context);
            OpenItem item =
                    OpenItem.principalOnly(FIRST, 1, LocalDate.parse("2025-01-10"), principal);

            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), eur("30.00"), List.of(item));

            MonetaryAmount settled = result.settlements().get(0).principal();
            assertThat(settled).isNotSameAs(principal).isEqualTo(eur("30.00"));
            assertThat(settled.getContext()).isEqualTo(eur("30.00").getContext());
        }

        @Test
        void settledFastMoneyPrincipalBuiltAsMoney() {
            OpenItem item =
                    OpenItem.principalOnly(
                            FIRST,
                            1,
                            LocalDate.parse("2025-01-10"),
                            FastMoney.of(new BigDecimal("30.00"), "EUR"));

            AllocationResult result =
                    oldestFirst(AllocationPolicy.defaults(), eur("30.00"), List.of(item));

            MonetaryAmount settled = result.settlements().get(0).principal();
            assertThat(settled).isInstanceOf(Money.class);
            assertThat(settled).isEqualTo(eur("30.00"));
        }
    }

    @Nested
    class Items {

        private OpenItem item(String fee, String principal) {
            return new OpenItem(
                    FIRST,
                    2,
                    LocalDate.parse("2025-01-10"),
                    eur(fee),
                    eur("0.00"),
                    eur(principal),
                    List.of());
        }

        @Test
        void equalComponentsEqualItems() {
            OpenItem first = item("1.00", "30.00");
            OpenItem second = item("1.00", "30.00");

            assertThat(first).isEqualTo(second);
            assertThat(first.hashCode()).isEqualTo(second.hashCode());
        }

        @Test
        void otherComponentOtherItem() {
            assertThat(item("1.00", "30.00")).isNotEqualTo(item("2.00", "30.00"));
            assertThat(item("1.00", "30.00")).isNotEqualTo(item("1.00", "31.00"));
        }

        @Test
        void itemPrintsComponentsByName() {
            String text = item("1.00", "30.00").toString();

            assertThat(text).startsWith("OpenItem[invoiceId=");
            assertThat(text).contains(", installment=2, dueDate=2025-01-10, fee=");
            assertThat(text).endsWith(", discounts=[]]");
        }
    }

    /** Counts the items an allocation reads. */
    private static final class CountingIterator implements Iterator<OpenItem> {
        private final Iterator<OpenItem> delegate;
        private int read;

        CountingIterator(Iterator<OpenItem> delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public OpenItem next() {
            read++;
            return delegate.next();
        }
    }
}
