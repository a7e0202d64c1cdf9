package io.github.tahsilat.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactAllocationTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final int DAY = 20_000;

    /** Parses items written as {@code fee:interest:principal}, separated by {@code |}. */
    private static CompactOpenItems items(String text) {
        String[] parts = text.split("\\|");
        long[] fee = new long[parts.length];
        long[] interest = new long[parts.length];
        long[] principal = new long[parts.length];
        int[] due = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String[] amounts = parts[i].split(":");
            fee[i] = Long.parseLong(amounts[0]);
            interest[i] = Long.parseLong(amounts[1]);
            principal[i] = Long.parseLong(amounts[2]);
            due[i] = DAY + i;
        }
        return CompactOpenItems.of(EUR, fee, interest, principal, due);
    }

    private static long[] units(String text) {
        return Arrays.stream(text.split("\\|")).mapToLong(Long::parseLong).toArray();
    }

    private static AllocationPolicy policy(ComponentOrder order, long limit, boolean excess) {
        AllocationPolicy policy = AllocationPolicy.defaults().withComponentOrder(order);
        if (limit < 0) {
            return policy;
        }
        Tolerance tolerance = Tolerance.of(Money.of(BigDecimal.valueOf(limit, 2), EUR));
        return policy.withTolerances(
                List.of(excess ? tolerance.writingOffSmallExcess() : tolerance));
    }

    private static long[] filled(int length) {
        long[] settled = new long[length];
        Arrays.fill(settled, -1);
        return settled;
    }

    @Nested
    class OldestFirst {

        private final Allocator defaultAllocator = Allocator.of(AllocationPolicy.defaults());

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = ';',
                value = {
                    "pays oldest first; -1; false; 5000; 0:0:3000|0:0:7000; 3000|2000; 0; 0; -1;"
                            + " 0; 2",
                    "overpayment unapplied; -1; false; 9500; 0:0:8900; 8900; 600; 0; -1; 0; 1",
                    "stops where money ends; -1; false; 100; 0:0:100|0:0:50|0:0:70; 100; 0; 0;"
                            + " -1; 0; 1",
                    "skips settled items; -1; false; 120; 0:0:0|0:0:100|0:0:0|0:0:50;"
                            + " 0|100|0|20; 0; 0; -1; 0; 4",
                    "writes off small shortfall; 50; false; 9960; 0:0:3000|0:0:7000; 3000|6960;"
                            + " 0; 0; 1; 40; 2",
                    "writes off shortfall at limit; 50; false; 9950; 0:0:3000|0:0:7000;"
                            + " 3000|6950; 0; 0; 1; 50; 2",
                    "keeps large shortfall open; 50; false; 9940; 0:0:3000|0:0:7000; 3000|6940;"
                            + " 0; 0; -1; 0; 2",
                    "keeps small excess as credit; 50; false; 10030; 0:0:3000|0:0:7000;"
                            + " 3000|7000; 30; 0; -1; 0; 2",
                    "writes off small excess; 50; true; 10030; 0:0:3000|0:0:7000; 3000|7000; 0;"
                            + " 30; -1; 0; 2",
                    "writes off excess at limit; 50; true; 10050; 0:0:3000|0:0:7000; 3000|7000;"
                            + " 0; 50; -1; 0; 2",
                    "keeps large excess as credit; 50; true; 10070; 0:0:3000|0:0:7000;"
                            + " 3000|7000; 70; 0; -1; 0; 2",
                    "pays components together; -1; false; 1800; 500:300:1200|0:0:400;"
                            + " 1800; 0; 0; -1; 0; 1",
                })
        void settlesTableCases(
                String name,
                long limit,
                boolean writeOffExcess,
                long amount,
                String itemsText,
                String expectedSettled,
                long unapplied,
                long excess,
                int writeOffIndex,
                long writeOff,
                int end) {
            CompactOpenItems items = items(itemsText);
            long[] settled = filled(items.size());
            Allocator allocator =
                    Allocator.of(
                            policy(ComponentOrder.COSTS_INTEREST_PRINCIPAL, limit, writeOffExcess));

            CompactAllocation result =
                    allocator.allocateOldestFirst(amount, items, 0, items.size(), settled);

            long[] expected = units(expectedSettled);
            assertThat(Arrays.copyOf(settled, expected.length)).containsExactly(expected);
            for (int i = expected.length; i < settled.length; i++) {
                assertThat(settled[i]).isEqualTo(-1);
            }
            assertThat(result.amountUnits()).isEqualTo(amount);
            assertThat(result.unappliedUnits()).isEqualTo(unapplied);
            assertThat(result.excessWrittenOffUnits()).isEqualTo(excess);
            assertThat(result.writeOffIndex()).isEqualTo(writeOffIndex);
            assertThat(result.writeOffUnits()).isEqualTo(writeOff);
            assertThat(result.end()).isEqualTo(end);
        }

        @Test
        void startsAtFromIndex() {
            CompactOpenItems items = items("0:0:100|0:0:200|0:0:300");
            long[] settled = filled(3);

            CompactAllocation result =
                    defaultAllocator.allocateOldestFirst(250, items, 1, 3, settled);

            assertThat(settled).containsExactly(-1, 200, 50);
            assertThat(result.end()).isEqualTo(3);
            assertThat(result.appliedUnits()).isEqualTo(250);
        }

        @Test
        void stopsAtToIndex() {
            CompactOpenItems items = items("0:0:100|0:0:200|0:0:300");
            long[] settled = filled(3);

            CompactAllocation result =
                    defaultAllocator.allocateOldestFirst(250, items, 0, 2, settled);

            assertThat(settled).containsExactly(100, 150, -1);
            assertThat(result.unappliedUnits()).isZero();

            CompactAllocation over =
                    defaultAllocator.allocateOldestFirst(400, items, 0, 2, settled);

            assertThat(settled).containsExactly(100, 200, -1);
            assertThat(over.unappliedUnits()).isEqualTo(100);
        }

        @Test
        void equalDueDatesKeepIndexOrder() {
            CompactOpenItems items =
                    CompactOpenItems.principalOnly(
                            EUR, new long[] {100, 200}, new int[] {DAY, DAY});
            long[] settled = new long[2];

            defaultAllocator.allocateOldestFirst(150, items, 0, 2, settled);

            assertThat(settled).containsExactly(100, 50);
        }

        @Test
        void emptyRangeLeavesAllUnapplied() {
            CompactOpenItems items = items("0:0:100");
            long[] settled = filled(1);

            CompactAllocation result =
                    Allocator.of(policy(ComponentOrder.COSTS_INTEREST_PRINCIPAL, 50, true))
                            .allocateOldestFirst(30, items, 1, 1, settled);

            assertThat(settled).containsExactly(-1);
            assertThat(result.unappliedUnits()).isEqualTo(30);
            assertThat(result.excessWrittenOffUnits()).isZero();
            assertThat(result.end()).isEqualTo(1);
        }
    }

    @Nested
    class Components {

        @ParameterizedTest(name = "{0} with {1}")
        @CsvSource({
            "COSTS_INTEREST_PRINCIPAL, 600, 500, 100, 0",
            "COSTS_INTEREST_PRINCIPAL, 1000, 500, 300, 200",
            "INTEREST_COSTS_PRINCIPAL, 600, 300, 300, 0",
            "INTEREST_COSTS_PRINCIPAL, 200, 0, 200, 0",
            "PRINCIPAL_FIRST, 1300, 0, 100, 1200",
            "PRINCIPAL_FIRST, 2000, 500, 300, 1200",
        })
        void splitFollowsComponentOrder(
                ComponentOrder order, long settled, long fee, long interest, long principal) {
            CompactOpenItems items = items("500:300:1200");

            assertThat(items.settledOn(0, settled, order, ItemComponent.FEE)).isEqualTo(fee);
            assertThat(items.settledOn(0, settled, order, ItemComponent.INTEREST))
                    .isEqualTo(interest);
            assertThat(items.settledOn(0, settled, order, ItemComponent.PRINCIPAL))
                    .isEqualTo(principal);
        }

        @Test
        void negativeSettledUnitsRejected() {
            CompactOpenItems items = items("500:300:1200");

            assertThatThrownBy(
                            () ->
                                    items.settledOn(
                                            0,
                                            -1,
                                            ComponentOrder.COSTS_INTEREST_PRINCIPAL,
                                            ItemComponent.FEE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("settledUnits");
        }

        @ParameterizedTest(name = "index {0}")
        @CsvSource({"-1", "1", "5"})
        void indexOutsideItemsRejected(int index) {
            CompactOpenItems items =
                    CompactOpenItems.principalOnly(EUR, new long[] {1200}, new int[] {DAY});

            assertThatThrownBy(
                            () ->
                                    items.settledOn(
                                            index,
                                            0,
                                            ComponentOrder.COSTS_INTEREST_PRINCIPAL,
                                            ItemComponent.FEE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid index: " + index + ";");
        }

        @Test
        void settledUnitsAboveOpenRejected() {
            CompactOpenItems items = items("500:300:1200");

            assertThatThrownBy(
                            () ->
                                    items.settledOn(
                                            0,
                                            2001,
                                            ComponentOrder.COSTS_INTEREST_PRINCIPAL,
                                            ItemComponent.PRINCIPAL))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid settledUnits: 2001;")
                    .hasMessageContaining("2000");
        }

        @Test
        void amountsLoweredFirstRejected() {
            long[] principal = {1200};
            CompactOpenItems items =
                    CompactOpenItems.of(
                            EUR, new long[] {500}, new long[] {300}, principal, new int[] {DAY});
            long[] settled = new long[1];
            Allocator.of(AllocationPolicy.defaults())
                    .allocateOldestFirst(1500, items, 0, 1, settled);
            principal[0] -= 700;

            assertThatThrownBy(
                            () ->
                                    items.settledOn(
                                            0,
                                            settled[0],
                                            ComponentOrder.COSTS_INTEREST_PRINCIPAL,
                                            ItemComponent.PRINCIPAL))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("settledUnits");
        }
    }

    @Nested
    class Totals {

        @Test
        void amountsReadAsMoney() {
            CompactAllocation result =
                    Allocator.of(policy(ComponentOrder.COSTS_INTEREST_PRINCIPAL, 50, true))
                            .allocateOldestFirst(
                                    10_030, items("0:0:3000|0:0:7000"), 0, 2, new long[2]);

            assertThat(result.amount()).isEqualTo(Money.of(new BigDecimal("100.30"), EUR));
            assertThat(result.applied()).isEqualTo(Money.of(new BigDecimal("100.00"), EUR));
            assertThat(result.unapplied()).isEqualTo(Money.of(new BigDecimal("0.00"), EUR));
            assertThat(result.excessWrittenOff()).isEqualTo(Money.of(new BigDecimal("0.30"), EUR));
            assertThat(result.writeOff()).isEqualTo(Money.of(new BigDecimal("0.00"), EUR));
        }

        @Test
        void zeroTotalsShareOneInstance() {
            CompactAllocation allocated =
                    Allocator.of(AllocationPolicy.defaults())
                            .allocateOldestFirst(
                                    3_000, items("0:0:3000|0:0:7000"), 0, 2, new long[2]);
            CompactAllocation built = new CompactAllocation(EUR, 3_000, 0, 0, 1, -1, 0);

            assertThat(allocated.unapplied()).isEqualTo(Money.of(new BigDecimal("0.00"), EUR));
            assertThat(allocated.excessWrittenOff()).isSameAs(allocated.unapplied());
            assertThat(allocated.writeOff()).isSameAs(allocated.unapplied());
            assertThat(built.unapplied()).isSameAs(allocated.unapplied());
            assertThat(built.writeOff()).isSameAs(allocated.unapplied());
        }

        @Test
        void amountsInThreeDigitCurrency() {
            CurrencyUnit kwd = Monetary.getCurrency("KWD");
            CompactOpenItems items =
                    CompactOpenItems.principalOnly(kwd, new long[] {1_250}, new int[] {DAY});

            CompactAllocation result =
                    Allocator.of(AllocationPolicy.defaults())
                            .allocateOldestFirst(1_500, items, 0, 1, new long[1]);

            assertThat(result.amount().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo(new BigDecimal("1.500"));
            assertThat(result.unapplied().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo(new BigDecimal("0.250"));
        }

        @Test
        void moneyPaymentReturnedAsAmount() {
            Money paid = Money.of(new BigDecimal("100.30"), EUR);
            long[] settled = new long[2];

            CompactAllocation result =
                    Allocator.of(AllocationPolicy.defaults())
                            .allocateOldestFirst(paid, items("0:0:3000|0:0:7000"), 0, 2, settled);

            assertThat(result.amount()).isSameAs(paid);
            assertThat(result.amountUnits()).isEqualTo(10_030);
            assertThat(result.unappliedUnits()).isEqualTo(30);
            assertThat(settled).containsExactly(3000, 7000);
        }

        @Test
        void moneyAndUnitsGiveEqualResults() {
            Allocator allocator =
                    Allocator.of(policy(ComponentOrder.COSTS_INTEREST_PRINCIPAL, 50, false));
            CompactOpenItems items = items("100:0:3000|0:20:7000");
            long[] fromUnits = new long[2];
            long[] fromMoney = new long[2];

            CompactAllocation byUnits =
                    allocator.allocateOldestFirst(10_080, items, 0, 2, fromUnits);
            CompactAllocation byMoney =
                    allocator.allocateOldestFirst(
                            Money.of(new BigDecimal("100.80"), EUR), items, 0, 2, fromMoney);

            assertThat(byMoney).isEqualTo(byUnits);
            assertThat(byMoney.hashCode()).isEqualTo(byUnits.hashCode());
            assertThat(fromMoney).containsExactly(fromUnits);
            assertThat(byUnits.writeOffIndex()).isEqualTo(1);
            assertThat(byUnits.writeOffUnits()).isEqualTo(40);
        }

        @Test
        void resultRejectsPartsAboveAmount() {
            assertThatThrownBy(() -> new CompactAllocation(EUR, 100, 80, 30, 0, -1, 0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("unappliedUnits");
        }

        @Test
        void resultRejectsWriteOffWithoutItem() {
            assertThatThrownBy(() -> new CompactAllocation(EUR, 100, 0, 0, 1, -1, 5))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("writeOffUnits");
        }

        @Test
        void resultRejectsWriteOffPastEnd() {
            assertThatThrownBy(() -> new CompactAllocation(EUR, 100, 0, 0, 2, 2, 5))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("writeOffIndex")
                    .hasMessageContaining("below end 2");
        }

        @Test
        void resultRejectsExcessWithShortfall() {
            assertThatThrownBy(() -> new CompactAllocation(EUR, 100, 0, 3, 2, 1, 5))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("excessWrittenOffUnits");
        }

        @Test
        void resultRejectsAmountOfZero() {
            assertThatThrownBy(() -> new CompactAllocation(EUR, 0, 0, 0, 0, -1, 0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("amountUnits");
        }
    }

    @Nested
    class Rejections {

        private final Allocator allocator = Allocator.of(AllocationPolicy.defaults());

        /**
         * Allocates 150 units over the two {@code items} and checks that the allocator rejects
         * them, naming {@code field}, before it writes to the settled array.
         */
        private void assertRejectedBeforeWriting(CompactOpenItems items, String field) {
            long[] settled = filled(2);

            assertThatThrownBy(() -> allocator.allocateOldestFirst(150, items, 0, 2, settled))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(field);
            assertThat(settled).containsExactly(-1, -1);
        }

        @Test
        void amountOfZeroRejected() {
            assertThatThrownBy(
                            () ->
                                    allocator.allocateOldestFirst(
                                            0, items("0:0:100"), 0, 1, new long[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("amountUnits");
        }

        @Test
        void paymentInOtherCurrencyRejected() {
            long[] settled = filled(1);

            assertThatThrownBy(
                            () ->
                                    allocator.allocateOldestFirst(
                                            Money.of(BigDecimal.TEN, "USD"),
                                            items("0:0:100"),
                                            0,
                                            1,
                                            settled))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("USD")
                    .hasMessageContaining("EUR");
            assertThat(settled).containsExactly(-1);
        }

        @Test
        void unroundedPaymentRejected() {
            assertThatThrownBy(
                            () ->
                                    allocator.allocateOldestFirst(
                                            Money.of(new BigDecimal("1.005"), EUR),
                                            items("0:0:100"),
                                            0,
                                            1,
                                            new long[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("amount");
        }

        @Test
        void rangeOutsideItemsRejected() {
            CompactOpenItems items = items("0:0:100|0:0:200");

            assertThatThrownBy(() -> allocator.allocateOldestFirst(10, items, 0, 3, new long[3]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("to");
            assertThatThrownBy(() -> allocator.allocateOldestFirst(10, items, 2, 1, new long[2]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("from");
            assertThatThrownBy(() -> allocator.allocateOldestFirst(10, items, -1, 1, new long[2]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("from");
        }

        @Test
        void shortSettledArrayRejected() {
            assertThatThrownBy(
                            () ->
                                    allocator.allocateOldestFirst(
                                            10, items("0:0:100|0:0:200"), 0, 2, new long[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("settled.length");
        }

        @Test
        void proRataPolicyRejected() {
            Allocator proRata =
                    Allocator.of(AllocationPolicy.defaults().withMethod(AllocationMethod.PRO_RATA));

            assertThatThrownBy(
                            () ->
                                    proRata.allocateOldestFirst(
                                            10, items("0:0:100"), 0, 1, new long[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("PRO_RATA");
        }

        @Test
        void negativeAmountLeavesSettledUnchanged() {
            long[] principal = {100, 200};
            CompactOpenItems items =
                    CompactOpenItems.principalOnly(EUR, principal, new int[] {DAY, DAY + 1});
            principal[1] = -5;

            assertRejectedBeforeWriting(items, "principal[1]");
        }

        @Test
        void dueDatesOutOfOrderRejected() {
            CompactOpenItems items =
                    CompactOpenItems.principalOnly(
                            EUR, new long[] {100, 200}, new int[] {DAY + 1, DAY});

            assertRejectedBeforeWriting(items, "dueEpochDays[1]");
        }

        @Test
        void arraysOfOtherLengthsRejected() {
            assertThatThrownBy(
                            () ->
                                    CompactOpenItems.of(
                                            EUR, new long[1], new long[2], new long[2], new int[2]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("fee.length");
            assertThatThrownBy(() -> CompactOpenItems.principalOnly(EUR, new long[2], new int[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("dueEpochDays.length");
        }

        @Test
        void negativeFeeRejected() {
            assertThatThrownBy(
                            () ->
                                    CompactOpenItems.of(
                                            EUR,
                                            new long[] {-1},
                                            new long[1],
                                            new long[1],
                                            new int[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("fee[0]");
        }

        @Test
        void missingCurrencyRejected() {
            assertThatThrownBy(() -> CompactOpenItems.principalOnly(null, new long[1], new int[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("currency");
        }

        @Test
        void overflowingItemRejected() {
            assertThatThrownBy(
                            () ->
                                    CompactOpenItems.of(
                                            EUR,
                                            new long[] {Long.MAX_VALUE},
                                            new long[] {1},
                                            new long[1],
                                            new int[1]))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("fee[0] + interest[0] + principal[0]");
        }

        @Test
        void itemRaisedPastLongLeavesSettledUnchanged() {
            long[] fee = {0, Long.MAX_VALUE / 2};
            long[] interest = {0, Long.MAX_VALUE / 2};
            long[] principal = {100, 0};
            CompactOpenItems items =
                    CompactOpenItems.of(EUR, fee, interest, principal, new int[] {DAY, DAY + 1});
            principal[1] = 10;
            long[] settled = filled(2);

            assertThatThrownBy(() -> allocator.allocateOldestFirst(150, items, 0, 2, settled))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("fee[1] + interest[1] + principal[1]");
            assertThat(settled).containsExactly(-1, -1);
        }

        @Test
        void paymentOfLongMaxSettlesExactly() {
            long[] principal = {Long.MAX_VALUE, Long.MAX_VALUE};
            CompactOpenItems items =
                    CompactOpenItems.principalOnly(EUR, principal, new int[] {DAY, DAY});
            long[] settled = filled(2);

            CompactAllocation result =
                    allocator.allocateOldestFirst(Long.MAX_VALUE, items, 0, 2, settled);

            assertThat(settled).containsExactly(Long.MAX_VALUE, -1);
            assertThat(result.end()).isEqualTo(1);
            assertThat(result.applied())
                    .isEqualTo(Money.of(new BigDecimal("92233720368547758.07"), "EUR"));
        }
    }

    @Nested
    class Annotations {

        @Test
        void validatorAcceptsBuiltResult() {
            try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
                Validator validator = factory.getValidator();
                CompactAllocation result = new CompactAllocation(EUR, 100, 0, 0, 1, -1, 0);

                assertThat(validator.validate(result)).isEmpty();
                assertThat(validator.validate(items("0:0:100"))).isEmpty();
            }
        }
    }
}
