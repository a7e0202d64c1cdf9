package io.github.tahsilat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile and careless input to {@link Aging#ofCompact}. */
class CompactAgingInputTest {

    private static final CompanyId COMPANY = new CompanyId(new UUID(1, 1));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int DAY = (int) AS_OF.toEpochDay();
    private static final UUID FIRST = new UUID(0, 1);
    private static final UUID SECOND = new UUID(0, 2);

    /** The body of a compact source that numbers its counterparties. */
    @FunctionalInterface
    interface Source {
        void handOver(
                CompactItems.IndexedSink items,
                CompactItems.CreditSink credits,
                CompactItems.CoverSink covers);
    }

    private static AgingReport age(Source source) {
        CompactItems items =
                new CompactItems() {
                    @Override
                    public void forEach(Sink sink) {
                        throw new AssertionError("the report reads numbered items");
                    }

                    @Override
                    public void forEachIndexed(
                            IndexedSink sink, CreditSink credits, CoverSink covers) {
                        source.handOver(sink, credits, covers);
                    }
                };
        return Aging.ofCompact(COMPANY, items, AgingOptions.asOf(AS_OF));
    }

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    /** Hands over a euro receivable of the first counterparty, numbered 0, dated the as-of day. */
    private static void receivable(CompactItems.IndexedSink items, long units) {
        receivable(items, 0, FIRST, units);
    }

    /** Hands over a euro receivable dated the as-of day. */
    private static void receivable(
            CompactItems.IndexedSink items, int number, UUID counterpartyId, long units) {
        items.accept(number, counterpartyId, "EUR", Direction.RECEIVABLE, DAY, DAY, units);
    }

    /** Hands over an item of the first counterparty, numbered 0, dated the as-of day. */
    private static void item(
            CompactItems.IndexedSink items, String currency, Direction side, long units) {
        items.accept(0, FIRST, currency, side, DAY, DAY, units);
    }

    /**
     * Ages a payable of 100 minor units in {@code payableCurrency} and a receivable of 0.05 EUR.
     */
    private static AgingReport ageBesidePayable(String payableCurrency) {
        return age(
                (items, credits, covers) -> {
                    item(items, payableCurrency, Direction.PAYABLE, 100);
                    receivable(items, 5);
                });
    }

    @Nested
    class MissingSide {

        @Test
        void itemWithoutSideRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) -> {
                                                receivable(items, 100);
                                                item(items, "EUR", null, 250);
                                            }))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("side")
                    .hasMessageContaining(FIRST.toString());
        }

        @Test
        void creditWithoutSideRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) ->
                                                    credits.accept(FIRST, "EUR", null, 70)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("side");
        }

        @Test
        void coverWithoutSideRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) ->
                                                    covers.accept(FIRST, "EUR", null, 70)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("side");
        }

        @Test
        void otherSideStillSkipped() {
            AgingReport report = ageBesidePayable("EUR");

            assertThat(report.totals()).hasSize(1);
            assertThat(report.totals().get(0).total()).isEqualTo(eur("0.05"));
        }
    }

    @Nested
    class MissingCounterpartyId {

        @ParameterizedTest
        @ValueSource(ints = {-1, 0})
        void itemWithoutIdRejected(int number) {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) ->
                                                    receivable(items, number, null, 100)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("counterpartyId");
        }

        @Test
        void creditWithoutIdRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) ->
                                                    credits.accept(
                                                            null, "EUR", Direction.RECEIVABLE, 70)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("counterpartyId");
        }

        @Test
        void coverWithoutIdRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) ->
                                                    covers.accept(
                                                            null, "EUR", Direction.RECEIVABLE, 70)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("counterpartyId");
        }
    }

    @Nested
    class CurrencyCodes {

        @ParameterizedTest
        @ValueSource(strings = {"XQZ", "eur", "", "EURO"})
        void unknownCodeRejected(String code) {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) ->
                                                    item(items, code, Direction.RECEIVABLE, 100)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid currency: " + code + ";")
                    .hasMessageContaining(FIRST.toString());
        }

        @Test
        void missingCodeRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) ->
                                                    item(items, null, Direction.RECEIVABLE, 100)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("missing currency");
        }

        @Test
        void unknownCreditCodeRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) ->
                                                    credits.accept(
                                                            FIRST,
                                                            "try",
                                                            Direction.RECEIVABLE,
                                                            70)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid currency: try;");
        }

        @Test
        void unknownCodeRejectedBeforeNextItem() {
            // Each unknown code with a counterparty number near 2^22 would cost the table an
            // array of 16 MB, so the pass has to stop at the first one.
            int[] handedOver = {0};
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) -> {
                                                for (int i = 0; i < 3; i++) {
                                                    handedOver[0]++;
                                                    items.accept(
                                                            (1 << 22) - 1,
                                                            FIRST,
                                                            "XQ" + i,
                                                            Direction.RECEIVABLE,
                                                            DAY,
                                                            DAY,
                                                            100);
                                                }
                                            }))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid currency: XQ0;");
            assertThat(handedOver[0]).isEqualTo(1);
        }

        @Test
        void unknownCoverCodeRejectedBeforeNextCover() {
            int[] handedOver = {0};
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) -> {
                                                for (int i = 0; i < 3; i++) {
                                                    handedOver[0]++;
                                                    covers.accept(
                                                            FIRST,
                                                            "XQ" + i,
                                                            Direction.RECEIVABLE,
                                                            70);
                                                }
                                            }))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid currency: XQ0;");
            assertThat(handedOver[0]).isEqualTo(1);
        }

        @Test
        void unknownCodeOfOtherSideAccepted() {
            AgingReport report = ageBesidePayable("XQZ");

            assertThat(report.totals()).hasSize(1);
            assertThat(report.totals().get(0).total()).isEqualTo(eur("0.05"));
        }

        @Test
        void minorUnitsOfEachCurrencyKept() {
            AgingReport report =
                    age(
                            (items, credits, covers) -> {
                                item(items, "JPY", Direction.RECEIVABLE, 1234);
                                item(items, "KWD", Direction.RECEIVABLE, 1234);
                                receivable(items, 1234);
                            });

            assertThat(report.totals()).hasSize(3);
            assertThat(report.totals().get(0).total()).isEqualTo(eur("12.34"));
            assertThat(report.totals().get(1).total())
                    .isEqualTo(Money.of(new BigDecimal("1234"), "JPY"));
            assertThat(report.totals().get(2).total())
                    .isEqualTo(Money.of(new BigDecimal("1.234"), "KWD"));
        }
    }

    @Nested
    class CounterpartyNumbers {

        @Test
        void numberOfOtherIdRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) -> {
                                                receivable(items, 3, FIRST, 100);
                                                receivable(items, 3, SECOND, 7);
                                            }))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("counterpartyIndex")
                    .hasMessageContaining(FIRST.toString())
                    .hasMessageContaining(SECOND.toString());
        }

        @Test
        void equalIdOfOtherInstanceAccepted() {
            AgingReport report =
                    age(
                            (items, credits, covers) -> {
                                receivable(items, 3, new UUID(0, 1), 100);
                                receivable(items, 3, new UUID(0, 1), 7);
                            });

            assertThat(report.lines()).hasSize(1);
            assertThat(report.lines().get(0).amounts().total()).isEqualTo(eur("1.07"));
        }
    }

    @Nested
    class Overflow {

        @Test
        void bucketPastLongRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) -> {
                                                receivable(items, Long.MAX_VALUE);
                                                receivable(items, 1);
                                            }))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("openMinor")
                    .hasMessageContaining(FIRST.toString());
        }

        @Test
        void creditPastLongRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) -> {
                                                credits.accept(
                                                        FIRST,
                                                        "EUR",
                                                        Direction.RECEIVABLE,
                                                        Long.MAX_VALUE);
                                                credits.accept(
                                                        FIRST, "EUR", Direction.RECEIVABLE, 1);
                                            }))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("creditMinor");
        }

        @Test
        void coverPastLongRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) -> {
                                                covers.accept(
                                                        FIRST,
                                                        "EUR",
                                                        Direction.RECEIVABLE,
                                                        Long.MAX_VALUE);
                                                covers.accept(
                                                        FIRST, "EUR", Direction.RECEIVABLE, 1);
                                            }))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("coveredMinor");
        }

        @Test
        void companyTotalPastLongRejected() {
            assertThatThrownBy(
                            () ->
                                    age(
                                            (items, credits, covers) -> {
                                                receivable(items, Long.MAX_VALUE - 1);
                                                receivable(items, 1, SECOND, Long.MAX_VALUE - 1);
                                            }))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("EUR");
        }

        @Test
        void lineTotalPastLongReadExactly() {
            AgingReport report =
                    age(
                            (items, credits, covers) -> {
                                receivable(items, Long.MAX_VALUE);
                                items.accept(
                                        0, FIRST, "EUR", Direction.RECEIVABLE, DAY, DAY - 400, 1);
                            });

            assertThat(report.lines().get(0).amounts().total())
                    .isEqualTo(eur("92233720368547758.08"));
        }

        @Test
        void epochDaysAtIntLimitsBucketed() {
            AgingReport report =
                    age(
                            (items, credits, covers) -> {
                                items.accept(
                                        0,
                                        FIRST,
                                        "EUR",
                                        Direction.RECEIVABLE,
                                        Integer.MIN_VALUE,
                                        Integer.MIN_VALUE,
                                        5);
                                items.accept(
                                        0,
                                        FIRST,
                                        "EUR",
                                        Direction.RECEIVABLE,
                                        Integer.MAX_VALUE,
                                        Integer.MAX_VALUE,
                                        7);
                            });

            AgingAmounts amounts = report.lines().get(0).amounts();
            assertThat(amounts.buckets().get(0)).isEqualTo(eur("0.07"));
            assertThat(amounts.buckets().get(amounts.buckets().size() - 1)).isEqualTo(eur("0.05"));
        }
    }
}
