package io.github.tahsilat.invoice;

import static io.github.tahsilat.invoice.Fixtures.invoice;
import static io.github.tahsilat.invoice.Fixtures.line;
import static io.github.tahsilat.invoice.Fixtures.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.VatRounding;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PastDueTest {

    /** Builds an invoice of 100.00 EUR issued on {@code dueDate} with terms net 0, due that day. */
    private static Invoice dueOn(LocalDate dueDate, ZoneId zone) {
        return invoice("EUR")
                .issueDate(dueDate)
                .terms(new io.github.tahsilat.terms.NetDays(0))
                .line(line("1", "100.00", "0"))
                .build(
                        new InvoiceContext(
                                java.math.RoundingMode.HALF_UP,
                                VatRounding.PER_LINE,
                                Fixtures.EVERY_DAY,
                                zone));
    }

    private static LocalDate asOf(String instant, ZoneId zone) {
        return PastDue.asOfDate(Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")), zone);
    }

    @Nested
    class ClockInCompanyZone {

        @ParameterizedTest
        @CsvSource({
            // São Paulo is UTC-3: 23:30 local on the due date is already the next day in UTC.
            "America/Sao_Paulo, 2025-11-20, 2025-11-21T02:30:00Z, 2025-11-20, 0, false",
            "America/Sao_Paulo, 2025-11-20, 2025-11-21T03:30:00Z, 2025-11-21, 1, true",
            // New York: the due date stays 2016-03-31 at any time of that local day.
            "America/New_York,  2016-03-31, 2016-03-31T04:00:30Z, 2016-03-31, 0, false",
            "America/New_York,  2016-03-31, 2016-04-01T03:59:00Z, 2016-03-31, 0, false",
            "America/New_York,  2016-03-31, 2016-03-31T00:00:00Z, 2016-03-30, -1, false",
            // Tokyo is UTC+9: 15:30 UTC on the due date is already 00:30 the next day.
            "Asia/Tokyo,        2025-11-20, 2025-11-20T14:30:00Z, 2025-11-20, 0, false",
            "Asia/Tokyo,        2025-11-20, 2025-11-20T15:30:00Z, 2025-11-21, 1, true",
            // Istanbul is UTC+3: one second before local midnight and at local midnight.
            "Europe/Istanbul,   2025-02-03, 2025-02-03T20:59:59Z, 2025-02-03, 0, false",
            "Europe/Istanbul,   2025-02-03, 2025-02-03T21:00:00Z, 2025-02-04, 1, true",
            // Berlin across the start of daylight saving time: local midnights 71 hours apart.
            "Europe/Berlin,     2025-03-28, 2025-03-30T22:01:00Z, 2025-03-31, 3, true",
            // Berlin across its end: local midnights 73 hours apart.
            "Europe/Berlin,     2025-10-24, 2025-10-26T23:01:00Z, 2025-10-27, 3, true",
        })
        void daysPastDueFollowLocalDate(
                String zoneId,
                LocalDate dueDate,
                String instant,
                LocalDate expectedAsOf,
                long days,
                boolean overdue) {
            ZoneId zone = ZoneId.of(zoneId);
            Invoice invoice = dueOn(dueDate, zone);

            LocalDate asOf = asOf(instant, zone);

            assertThat(asOf).isEqualTo(expectedAsOf);
            assertThat(invoice.dueSchedule().finalDueDate()).isEqualTo(dueDate);
            assertThat(invoice.daysPastDue(asOf)).isEqualTo(days);
            assertThat(invoice.isOverdue(asOf)).isEqualTo(overdue);
        }

        @Test
        void contextGivesSameAsOfDate() {
            ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
            InvoiceContext context =
                    new InvoiceContext(
                            java.math.RoundingMode.HALF_UP,
                            VatRounding.PER_LINE,
                            Fixtures.EVERY_DAY,
                            saoPaulo);
            Clock lateEvening = Clock.fixed(Instant.parse("2025-11-21T02:30:00Z"), saoPaulo);

            assertThat(context.asOfDate(lateEvening)).isEqualTo(LocalDate.of(2025, 11, 20));
        }
    }

    @Nested
    class DaysBetweenDates {

        @ParameterizedTest
        @CsvSource({
            "2025-03-28, 2025-03-31, 3",
            "2025-10-24, 2025-10-27, 3",
            "2025-02-03, 2025-02-03, 0",
            "2025-02-03, 2025-02-04, 1",
            "2025-07-15, 2025-06-30, -15",
            "2024-02-28, 2024-03-01, 2",
        })
        void daysAreCalendarDays(LocalDate dueDate, LocalDate asOf, long days) {
            assertThat(PastDue.days(dueDate, asOf)).isEqualTo(days);
        }
    }

    @Nested
    class Installments {

        // 1,000.00 EUR issued 2025-10-21: 500.00 due 2025-11-20 and 500.00 due 2025-12-20.
        private final Invoice invoice =
                invoice("EUR")
                        .terms(Fixtures.twoInstallments())
                        .line(line("1", "1000.00", "0"))
                        .build(Fixtures.HALF_UP_PER_LINE);

        @Test
        void eachInstallmentHasOwnDueDate() {
            List<InstallmentBalance> balances =
                    invoice.installmentBalances(LocalDate.of(2025, 12, 1));

            assertThat(balances)
                    .containsExactly(
                            new InstallmentBalance(
                                    1,
                                    LocalDate.of(2025, 11, 20),
                                    money("500.00", "EUR"),
                                    money("500.00", "EUR"),
                                    11),
                            new InstallmentBalance(
                                    2,
                                    LocalDate.of(2025, 12, 20),
                                    money("500.00", "EUR"),
                                    money("500.00", "EUR"),
                                    -19));
            assertThat(balances.get(0).isOverdue()).isTrue();
            assertThat(balances.get(1).isOverdue()).isFalse();
        }

        @Test
        void earliestOverdueIsFirstUnpaid() {
            LocalDate asOf = LocalDate.of(2025, 12, 22);

            assertThat(invoice.earliestOverdue(asOf).map(InstallmentBalance::number)).contains(1);
            assertThat(invoice.daysPastDue(asOf)).isEqualTo(32);
        }

        @Test
        void settlementCoversEarliestFirst() {
            Invoice partly = invoice.applySettlement(money("600.00", "EUR"));
            LocalDate asOf = LocalDate.of(2025, 12, 22);

            List<InstallmentBalance> balances = partly.installmentBalances(asOf);

            assertThat(balances.get(0).outstanding()).isEqualTo(money("0.00", "EUR"));
            assertThat(balances.get(1).outstanding()).isEqualTo(money("400.00", "EUR"));
            assertThat(partly.earliestOverdue(asOf).map(InstallmentBalance::number)).contains(2);
            assertThat(partly.daysPastDue(asOf)).isEqualTo(2);
        }

        @Test
        void paidFirstInstallmentNotOverdue() {
            Invoice partly = invoice.applySettlement(money("500.00", "EUR"));
            LocalDate asOf = LocalDate.of(2025, 12, 1);

            assertThat(partly.isOverdue(asOf)).isFalse();
            assertThat(partly.earliestOverdue(asOf)).isEmpty();
            assertThat(partly.daysPastDue(asOf)).isEqualTo(-19);
        }

        @Test
        void paidInvoiceHasNothingPastDue() {
            Invoice paid = invoice.applySettlement(money("1000.00", "EUR"));
            LocalDate asOf = LocalDate.of(2026, 3, 1);

            assertThat(paid.isOverdue(asOf)).isFalse();
            assertThat(paid.daysPastDue(asOf)).isZero();
        }
    }
}
