package io.github.tahsilat.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.invoice.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.javamoney.moneta.Money;

/** Invariants of the aging of compact items over random items, currencies and counterparties. */
class CompactAgingPropertiesTest {

    private static final CompanyId COMPANY = new CompanyId(new UUID(1, 1));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final String[] CURRENCIES = {"TRY", "EUR", "JPY", "KWD"};

    /**
     * One open item ({@code kind} 0), or the unapplied credit (1) or amount covered by instruments
     * (2) of its counterparty. The counterparty's id has one of three high halves, so ids often
     * share one.
     */
    record Item(int counterparty, int currency, boolean payable, int age, long units, int kind) {

        UUID id() {
            return new UUID(counterparty % 3 - 1, counterparty * 0x9E3779B97F4A7C15L);
        }

        String code() {
            return CURRENCIES[currency];
        }
    }

    /**
     * Items handed over without numbers ({@code numbering} 0), with the counterparty's number (1),
     * or with a number per item (2), so that one id comes under many numbers.
     */
    record Items(List<Item> items, int numbering) implements CompactItems {

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
            int asOf = (int) AS_OF.toEpochDay();
            int position = 0;
            for (Item item : items) {
                position++;
                Direction side = item.payable() ? Direction.PAYABLE : Direction.RECEIVABLE;
                if (item.kind() == 1) {
                    credits.accept(item.id(), item.code(), side, item.units());
                } else if (item.kind() == 2) {
                    covers.accept(item.id(), item.code(), side, item.units());
                } else {
                    int due = asOf - item.age();
                    sink.accept(
                            number(item, position),
                            item.id(),
                            item.code(),
                            side,
                            due - 30,
                            due,
                            item.units());
                }
            }
        }

        private int number(Item item, int position) {
            return switch (numbering) {
                case 1 -> item.counterparty();
                case 2 -> position;
                default -> -1;
            };
        }
    }

    @Provide
    Arbitrary<Items> items() {
        Arbitrary<Item> item =
                Combinators.combine(
                                Arbitraries.integers().between(0, 400),
                                Arbitraries.integers().between(0, CURRENCIES.length - 1),
                                Arbitraries.of(true, false),
                                Arbitraries.integers().between(-60, 200),
                                Arbitraries.longs().between(-1_000, 1_000_000_000),
                                Arbitraries.frequency(
                                        Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 2)))
                        .as(Item::new);
        return Combinators.combine(
                        item.list().ofMaxSize(1_500), Arbitraries.integers().between(0, 2))
                .as(Items::new);
    }

    @Property(tries = 100)
    void linesAddUpToCurrencyTotals(@ForAll("items") Items items) {
        AgingReport report = Aging.ofCompact(COMPANY, items, AgingOptions.asOf(AS_OF));

        for (AgingAmounts total : report.totals()) {
            int width = total.buckets().size();
            BigDecimal[] sums = new BigDecimal[width + 3];
            Arrays.fill(sums, BigDecimal.ZERO);
            for (AgingLine line : report.lines()) {
                AgingAmounts amounts = line.amounts();
                if (!amounts.currency().equals(total.currency())) {
                    continue;
                }
                for (int bucket = 0; bucket < width; bucket++) {
                    sums[bucket] = sums[bucket].add(number(amounts.buckets().get(bucket)));
                }
                sums[width] = sums[width].add(number(amounts.total()));
                sums[width + 1] = sums[width + 1].add(number(amounts.coveredByInstruments()));
                sums[width + 2] = sums[width + 2].add(number(amounts.unappliedCredit()));
            }
            for (int bucket = 0; bucket < width; bucket++) {
                assertThat(sums[bucket]).isEqualByComparingTo(number(total.buckets().get(bucket)));
            }
            assertThat(sums[width]).isEqualByComparingTo(number(total.total()));
            assertThat(sums[width + 1]).isEqualByComparingTo(number(total.coveredByInstruments()));
            assertThat(sums[width + 2]).isEqualByComparingTo(number(total.unappliedCredit()));
        }
    }

    @Property(tries = 100)
    void linesMatchSumsPerCounterparty(@ForAll("items") Items items) {
        AgingOptions options = AgingOptions.asOf(AS_OF);
        AgingBuckets buckets = options.buckets();
        int width = buckets.size();
        // Keyed by the order the report promises: currency code, then the id's text.
        Map<String, long[]> expected = new TreeMap<>();
        for (Item item : items.items()) {
            if (item.payable() || item.units() == 0) {
                continue;
            }
            long[] sums =
                    expected.computeIfAbsent(
                            item.code() + " " + item.id(), k -> new long[width + 2]);
            int column = item.kind() == 0 ? buckets.indexOf(item.age()) : width + item.kind() - 1;
            sums[column] += item.units();
        }

        AgingReport report = Aging.ofCompact(COMPANY, items, options);

        assertThat(report.lines()).hasSameSizeAs(expected.keySet());
        int i = 0;
        for (Map.Entry<String, long[]> entry : expected.entrySet()) {
            AgingLine line = report.lines().get(i++);
            AgingAmounts amounts = line.amounts();
            String code = amounts.currency().getCurrencyCode();
            assertThat(code + " " + line.counterpartyId().value()).isEqualTo(entry.getKey());
            long[] sums = entry.getValue();
            long total = 0;
            for (int bucket = 0; bucket < width; bucket++) {
                assertThat(amounts.buckets().get(bucket)).isEqualTo(money(sums[bucket], code));
                total += sums[bucket];
            }
            assertThat(amounts.total()).isEqualTo(money(total, code));
            assertThat(amounts.unappliedCredit()).isEqualTo(money(sums[width], code));
            assertThat(amounts.coveredByInstruments()).isEqualTo(money(sums[width + 1], code));
        }
    }

    @Property(tries = 100)
    void numberingLeavesReportUnchanged(@ForAll("items") Items items) {
        AgingOptions options = AgingOptions.asOf(AS_OF);

        AgingReport unnumbered = Aging.ofCompact(COMPANY, new Items(items.items(), 0), options);

        assertThat(Aging.ofCompact(COMPANY, new Items(items.items(), 1), options))
                .isEqualTo(unnumbered);
        assertThat(Aging.ofCompact(COMPANY, new Items(items.items(), 2), options))
                .isEqualTo(unnumbered);
    }

    private static BigDecimal number(MonetaryAmount amount) {
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    private static MonetaryAmount money(long units, String code) {
        int digits = Monetary.getCurrency(code).getDefaultFractionDigits();
        return Money.of(BigDecimal.valueOf(units, digits), code);
    }
}
