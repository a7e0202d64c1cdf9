package io.github.tahsilat.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.invoice.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectionAgingTest {

    static final long[] STANDARD_BOUNDS = AgingBuckets.standard().upperBounds();

    private static final CompanyId COMPANY = new CompanyId(new UUID(1, 1));

    // A jqwik property, so it sits outside the JUnit @Nested class, which jqwik does not run.
    @Property
    void bucketMatchesIndexOf(@ForAll @LongRange(min = -400, max = 400) long days) {
        assertThat(ProjectionAging.bucket(days, STANDARD_BOUNDS))
                .isEqualTo(AgingBuckets.standard().indexOf(days));
    }

    @Nested
    class CounterpartyNumbers {

        @Test
        void numberedItemsAgeAsUnnumbered() {
            NumberedItems items = new NumberedItems(2_000, 40, 11);
            CompactItems unnumbered = items::forEach;
            AgingOptions options = AgingOptions.asOf(LocalDate.of(2026, 6, 30));

            AgingReport numbered = Aging.ofCompact(COMPANY, items, options);

            assertThat(numbered).isEqualTo(Aging.ofCompact(COMPANY, unnumbered, options));
            assertThat(numbered.lines()).hasSizeGreaterThan(40);
        }

        @Test
        void idUnderTwoNumbersGetsOneLine() {
            UUID id = new UUID(4, 2);
            int asOf = (int) LocalDate.of(2026, 6, 30).toEpochDay();
            CompactItems items =
                    new CompactItems() {
                        @Override
                        public void forEach(Sink sink) {
                            throw new AssertionError("the report reads numbered items");
                        }

                        @Override
                        public void forEachIndexed(
                                IndexedSink sink, CreditSink credits, CoverSink covers) {
                            sink.accept(0, id, "EUR", Direction.RECEIVABLE, asOf, asOf, 1_000);
                            sink.accept(5, id, "EUR", Direction.RECEIVABLE, asOf, asOf - 40, 250);
                            sink.accept(9, id, "EUR", Direction.RECEIVABLE, asOf, asOf, 5);
                            credits.accept(id, "EUR", Direction.RECEIVABLE, 70);
                        }
                    };

            AgingReport report =
                    Aging.ofCompact(COMPANY, items, AgingOptions.asOf(LocalDate.of(2026, 6, 30)));

            assertThat(report.lines()).hasSize(1);
            AgingAmounts amounts = report.lines().get(0).amounts();
            assertThat(amounts.buckets())
                    .containsExactly(
                            Money.of(new BigDecimal("10.05"), "EUR"),
                            Money.of(BigDecimal.ZERO, "EUR"),
                            Money.of(new BigDecimal("2.50"), "EUR"),
                            Money.of(BigDecimal.ZERO, "EUR"),
                            Money.of(BigDecimal.ZERO, "EUR"));
            assertThat(amounts.total()).isEqualTo(Money.of(new BigDecimal("12.55"), "EUR"));
            assertThat(amounts.unappliedCredit())
                    .isEqualTo(Money.of(new BigDecimal("0.70"), "EUR"));
            assertThat(report.totals()).containsExactly(amounts);
        }

        @Test
        void numberedPayablesAgeAsUnnumbered() {
            NumberedItems items = new NumberedItems(500, 7, 5);
            CompactItems unnumbered = items::forEach;
            AgingOptions options =
                    AgingOptions.asOf(LocalDate.of(2026, 6, 30))
                            .side(Direction.PAYABLE)
                            .basis(AgingBasis.INVOICE_DATE);

            AgingReport numbered = Aging.ofCompact(COMPANY, items, options);

            assertThat(numbered).isEqualTo(Aging.ofCompact(COMPANY, unnumbered, options));
            assertThat(numbered.lines()).isNotEmpty();
        }
    }

    /**
     * Items of random age, amount, side and currency (EUR or TRY), whose counterparty numbers are
     * the positions of their ids.
     */
    private static final class NumberedItems implements CompactItems {
        private final int items;
        private final UUID[] counterparties;
        private final long seed;

        NumberedItems(int items, int counterparties, long seed) {
            this.items = items;
            this.counterparties = new UUID[counterparties];
            for (int i = 0; i < counterparties; i++) {
                this.counterparties[i] = new UUID(seed, i);
            }
            this.seed = seed;
        }

        @Override
        public void forEach(Sink sink) {
            forEachIndexed(
                    (index, id, currency, side, issueDay, dueDay, openMinor) ->
                            sink.accept(id, currency, side, issueDay, dueDay, openMinor),
                    (id, currency, side, creditMinor) -> {},
                    (id, currency, side, coveredMinor) -> {});
        }

        @Override
        public void forEachIndexed(IndexedSink sink, CreditSink credits, CoverSink covers) {
            SplittableRandom random = new SplittableRandom(seed);
            int asOf = (int) LocalDate.of(2026, 6, 30).toEpochDay();
            for (int i = 0; i < items; i++) {
                int counterparty = random.nextInt(counterparties.length);
                int due = asOf - 200 + random.nextInt(300);
                sink.accept(
                        counterparty,
                        counterparties[counterparty],
                        random.nextBoolean() ? "EUR" : "TRY",
                        random.nextInt(4) == 0 ? Direction.PAYABLE : Direction.RECEIVABLE,
                        due - 30,
                        due,
                        random.nextLong(1, 1_000_000));
            }
        }
    }

    @Nested
    class Bucket {

        @ParameterizedTest
        @CsvSource({
            "-9223372036854775808, 0",
            "-5, 0",
            "0, 0",
            "1, 1",
            "30, 1",
            "31, 2",
            "60, 2",
            "61, 3",
            "90, 3",
            "91, 4",
            "9223372036854775807, 4"
        })
        void standardBucketOfAge(long days, int expected) {
            assertThat(ProjectionAging.bucket(days, STANDARD_BOUNDS)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"-2, 0", "-1, 0", "0, 1", "7, 1", "8, 2"})
        void customBoundsBucketOfAge(long days, int expected) {
            AgingBuckets buckets = AgingBuckets.ofUpperBounds(List.of("a", "b", "c"), -1, 7);

            assertThat(ProjectionAging.bucket(days, buckets.upperBounds())).isEqualTo(expected);
        }
    }
}
