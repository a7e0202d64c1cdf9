package io.github.tahsilat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import java.math.BigDecimal;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MinorBucketsTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit KWD = Monetary.getCurrency("KWD");

    /** Line 0 or 1 of two lines of three buckets in one shared array. */
    private static MinorBuckets line(int line, CurrencyUnit currency, long... units) {
        long[] shared = new long[6];
        System.arraycopy(units, 0, shared, line * 3, 3);
        return new MinorBuckets(currency, shared, line * 3, 3);
    }

    @Nested
    class Values {

        @Test
        void bucketsEqualEagerAmounts() {
            MinorBuckets buckets = line(1, EUR, 12_345, 0, -50);

            assertThat(buckets)
                    .containsExactly(
                            Money.of(new BigDecimal("123.45"), "EUR"),
                            Money.of(BigDecimal.ZERO, "EUR"),
                            Money.of(new BigDecimal("-0.50"), "EUR"));
        }

        @Test
        void listEqualsListOfSameAmounts() {
            MinorBuckets buckets = line(0, KWD, 1_001, 2, 0);
            List<MonetaryAmount> eager =
                    List.of(
                            Money.of(new BigDecimal("1.001"), "KWD"),
                            Money.of(new BigDecimal("0.002"), "KWD"),
                            Money.of(BigDecimal.ZERO, "KWD"));

            assertThat(buckets).isEqualTo(eager);
            assertThat(eager).isEqualTo(buckets);
            assertThat(buckets.hashCode()).isEqualTo(eager.hashCode());
            assertThat(buckets.toString()).isEqualTo(eager.toString());
        }

        @Test
        void secondReadReturnsSameInstance() {
            MinorBuckets buckets = line(0, EUR, 700, 1, 2);

            assertThat(buckets.get(0)).isSameAs(buckets.get(0));
            assertThat(buckets.total()).isSameAs(buckets.total());
        }

        @Test
        void linesOfOneArrayStayApart() {
            long[] shared = {100, 200, 300, 400};
            MinorBuckets first = new MinorBuckets(EUR, shared, 0, 2);
            MinorBuckets second = new MinorBuckets(EUR, shared, 2, 2);

            assertThat(first.total()).isEqualTo(Money.of(new BigDecimal("3.00"), "EUR"));
            assertThat(second.total()).isEqualTo(Money.of(new BigDecimal("7.00"), "EUR"));
            assertThat(second.get(0)).isEqualTo(Money.of(new BigDecimal("3.00"), "EUR"));
        }
    }

    @Nested
    class Total {

        @Test
        void totalAddsEveryBucket() {
            MinorBuckets buckets = line(1, EUR, 12_345, 55, -300);

            assertThat(buckets.total()).isEqualTo(Money.of(new BigDecimal("121.00"), "EUR"));
        }

        @Test
        void totalBeyondLongIsExact() {
            MinorBuckets buckets = line(0, EUR, Long.MAX_VALUE, Long.MAX_VALUE, 1);

            assertThat(buckets.total())
                    .isEqualTo(Money.of(new BigDecimal("184467440737095516.15"), "EUR"));
        }

        @Test
        void totalBelowLongIsExact() {
            MinorBuckets buckets = line(0, EUR, Long.MIN_VALUE, -1, 0);

            assertThat(buckets.total())
                    .isEqualTo(Money.of(new BigDecimal("-92233720368547758.09"), "EUR"));
        }

        @Test
        void overflowThatReturnsIsExact() {
            MinorBuckets buckets = line(0, EUR, Long.MAX_VALUE, 1, -2);

            assertThat(buckets.total())
                    .isEqualTo(Money.of(new BigDecimal("92233720368547758.06"), "EUR"));
        }

        @Test
        void totalOfOneBucketIsThatBucket() {
            MinorBuckets buckets = line(0, EUR, 0, 4_250, 0);

            MonetaryAmount bucket = buckets.get(1);

            assertThat(buckets.total()).isSameAs(bucket);
            assertThat(buckets.total()).isEqualTo(Money.of(new BigDecimal("42.50"), "EUR"));
        }

        @Test
        void bucketHoldingTotalIsTotal() {
            MinorBuckets buckets = line(1, EUR, 0, 0, -75);

            MonetaryAmount total = buckets.total();

            assertThat(buckets.get(2)).isSameAs(total);
            assertThat(buckets.get(2)).isEqualTo(Money.of(new BigDecimal("-0.75"), "EUR"));
            assertThat(buckets.get(0)).isEqualTo(Money.of(BigDecimal.ZERO, "EUR"));
        }

        @Test
        void totalOfTwoBucketsIsNewAmount() {
            MinorBuckets buckets = line(0, EUR, 100, 0, 100);

            MonetaryAmount total = buckets.total();

            assertThat(total).isNotSameAs(buckets.get(0));
            assertThat(total).isEqualTo(Money.of(new BigDecimal("2.00"), "EUR"));
            assertThat(buckets.get(0)).isEqualTo(Money.of(new BigDecimal("1.00"), "EUR"));
        }

        @Test
        void agingAmountsTotalUsesBuckets() {
            MinorBuckets buckets = line(0, EUR, 100, 250, 0);
            MonetaryAmount zero = Money.of(BigDecimal.ZERO, "EUR");

            AgingAmounts amounts = new AgingAmounts(EUR, buckets, zero, zero);

            assertThat(amounts.buckets()).isSameAs(buckets);
            assertThat(amounts.total()).isEqualTo(Money.of(new BigDecimal("3.50"), "EUR"));
        }
    }

    @Nested
    class Rejections {

        @Test
        void indexOutsideBucketsThrows() {
            MinorBuckets buckets = line(0, EUR, 1, 2, 3);

            assertThatThrownBy(() -> buckets.get(3))
                    .isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("bucket index: 3; expected 0 to 2");
            assertThatThrownBy(() -> buckets.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }

        @Test
        void mutatorsThrow() {
            MinorBuckets buckets = line(0, EUR, 1, 2, 3);
            MonetaryAmount oneEuro = Money.of(BigDecimal.ONE, "EUR");

            assertThatThrownBy(() -> buckets.set(0, oneEuro))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> buckets.add(oneEuro))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> buckets.remove(0))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(buckets).hasSize(3);
        }

        @Test
        void otherCurrencyIsRejected() {
            MinorBuckets buckets = line(0, EUR, 1, 2, 3);
            MonetaryAmount zero = Money.of(BigDecimal.ZERO, "KWD");

            assertThatThrownBy(() -> new AgingAmounts(KWD, buckets, zero, zero))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("KWD")
                    .hasMessageContaining("EUR");
        }
    }
}
