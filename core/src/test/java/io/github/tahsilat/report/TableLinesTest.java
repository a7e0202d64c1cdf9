package io.github.tahsilat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The lines of a report from compact items, which are built when read. */
class TableLinesTest {

    private static final CompanyId COMPANY = new CompanyId(new UUID(1, 1));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final int TODAY = (int) AS_OF.toEpochDay();

    // Ids with a negative half, a zero half and the extremes, so a sign or bit error shows.
    private static final UUID FIRST = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");
    private static final UUID SECOND = new UUID(0, -1);
    private static final UUID THIRD = new UUID(Long.MIN_VALUE, Long.MAX_VALUE);

    /** Items of three counterparties in euros and one in lira, with credit on one of them. */
    private static final CompactItems ITEMS =
            new CompactItems() {
                @Override
                public void forEach(Sink sink) {
                    sink.accept(FIRST, "EUR", Direction.RECEIVABLE, TODAY, TODAY, 10_000);
                    sink.accept(FIRST, "EUR", Direction.RECEIVABLE, TODAY, TODAY - 45, 2_550);
                    sink.accept(SECOND, "EUR", Direction.RECEIVABLE, TODAY, TODAY - 10, 1_999);
                    sink.accept(THIRD, "EUR", Direction.RECEIVABLE, TODAY, TODAY - 200, 5);
                    sink.accept(FIRST, "TRY", Direction.RECEIVABLE, TODAY, TODAY - 70, 75_000);
                }

                @Override
                public void forEach(Sink sink, CreditSink credits) {
                    forEach(sink);
                    credits.accept(SECOND, "EUR", Direction.RECEIVABLE, 300);
                }
            };

    private static AgingReport report() {
        return Aging.ofCompact(COMPANY, ITEMS, AgingOptions.asOf(AS_OF));
    }

    private static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    /** Returns every amount of every line, in the order a reader meets them. */
    private static List<MonetaryAmount> readAll(AgingReport report) {
        List<MonetaryAmount> read = new ArrayList<>();
        for (AgingLine line : report.lines()) {
            read.addAll(line.amounts().buckets());
            read.add(line.amounts().total());
            read.add(line.amounts().coveredByInstruments());
            read.add(line.amounts().unappliedCredit());
        }
        return read;
    }

    @Nested
    class Ids {

        @Test
        void readIdsEqualHandedIds() {
            List<UUID> ids = new ArrayList<>();
            for (AgingLine line : report().lines()) {
                ids.add(line.counterpartyId().value());
            }

            // Euros first, then lira, and by the id's text within a currency.
            assertThat(ids).containsExactly(SECOND, THIRD, FIRST, FIRST);
        }

        @Test
        void readIdHasSameHalves() {
            UUID read = report().lines().get(2).counterpartyId().value();

            assertThat(read.getMostSignificantBits()).isEqualTo(FIRST.getMostSignificantBits());
            assertThat(read.getLeastSignificantBits()).isEqualTo(FIRST.getLeastSignificantBits());
            assertThat(read.toString()).isEqualTo("f47ac10b-58cc-4372-a567-0e02b2c3d479");
        }
    }

    @Nested
    class Reads {

        @Test
        void secondReadReturnsSameLine() {
            AgingReport report = report();

            assertThat(report.lines().get(1)).isSameAs(report.lines().get(1));
        }

        @Test
        void reportReadTwiceReturnsSameAmounts() {
            AgingReport report = report();

            List<MonetaryAmount> first = readAll(report);
            List<MonetaryAmount> second = readAll(report);

            assertThat(second).isEqualTo(first);
            for (int i = 0; i < first.size(); i++) {
                assertThat(second.get(i)).isSameAs(first.get(i));
            }
        }

        @Test
        void linesCarryHandedAmounts() {
            List<AgingLine> lines = report().lines();

            assertThat(lines.get(0).amounts().buckets())
                    .containsExactly(eur("0"), eur("19.99"), eur("0"), eur("0"), eur("0"));
            assertThat(lines.get(0).amounts().unappliedCredit()).isEqualTo(eur("3.00"));
            assertThat(lines.get(1).amounts().total()).isEqualTo(eur("0.05"));
            assertThat(lines.get(1).amounts().unappliedCredit()).isEqualTo(eur("0"));
            assertThat(lines.get(2).amounts().total()).isEqualTo(eur("125.50"));
            assertThat(lines.get(3).amounts().total())
                    .isEqualTo(Money.of(new BigDecimal("750.00"), "TRY"));
        }

        @Test
        void linesEqualCopiedLines() {
            AgingReport report = report();
            List<AgingLine> copied = List.copyOf(report.lines());

            assertThat(report.lines()).isEqualTo(copied);
            assertThat(report.lines().hashCode()).isEqualTo(copied.hashCode());
            assertThat(
                            new AgingReport(
                                    report.companyId(), report.options(), copied, report.totals()))
                    .isEqualTo(report);
        }

        @Test
        void indexOutsideLinesIsRejected() {
            List<AgingLine> lines = report().lines();

            assertThatThrownBy(() -> lines.get(4))
                    .isInstanceOf(IndexOutOfBoundsException.class)
                    .hasMessage("line index: 4; expected 0 to 3");
            assertThatThrownBy(() -> lines.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        }

        @Test
        void linesRejectChanges() {
            List<AgingLine> lines = report().lines();
            AgingLine line = new AgingLine(new CounterpartyId(FIRST), lines.get(0).amounts());

            assertThatThrownBy(() -> lines.add(line))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> lines.set(0, line))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> lines.remove(0))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(lines).hasSize(4);
        }
    }
}
