package io.github.tahsilat.report;

import static io.github.tahsilat.report.ReportFixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AverageDueDateTest {

    /** Parses "date=amount;date=amount". */
    private static List<DatedAmount> amounts(String text) {
        List<DatedAmount> amounts = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] pair = part.split("=");
            amounts.add(new DatedAmount(LocalDate.parse(pair[0]), eur(pair[1])));
        }
        return amounts;
    }

    @Nested
    class WeightedByAmount {

        @ParameterizedTest
        @CsvSource({
            "2025-03-01=100.00, 2025-03-01",
            "2025-03-01=100.00;2025-03-03=100.00, 2025-03-02",
            "2025-03-01=100.00;2025-03-04=100.00, 2025-03-03",
            "2025-03-01=300.00;2025-03-05=100.00, 2025-03-02",
            "2025-03-01=100.00;2025-03-31=200.00, 2025-03-21",
            "2025-01-31=0.01;2025-03-01=0.02, 2025-02-19",
            "2025-03-10=50.00;2025-03-01=150.00, 2025-03-03",
            "2024-12-31=1000.00;2025-01-01=1000.00;2025-01-02=1.00, 2025-01-01",
        })
        void tableOfAverageDueDates(String items, LocalDate expected) {
            assertThat(AverageDueDate.of(amounts(items))).isEqualTo(expected);
        }

        @Test
        void halfDayRoundsToLaterDay() {
            List<DatedAmount> items = amounts("2025-03-01=0.01;2025-03-02=0.01");

            assertThat(AverageDueDate.of(items)).isEqualTo(LocalDate.parse("2025-03-02"));
        }
    }

    @Nested
    class Rejections {

        @Test
        void emptySetIsRejected() {
            assertThatThrownBy(() -> AverageDueDate.of(List.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("amounts");
        }

        @Test
        void mixedCurrenciesAreRejected() {
            List<DatedAmount> items =
                    List.of(
                            new DatedAmount(LocalDate.parse("2025-03-01"), eur("1.00")),
                            new DatedAmount(LocalDate.parse("2025-03-01"), Money.of(1, "TRY")));

            assertThatThrownBy(() -> AverageDueDate.of(items))
                    .isInstanceOf(CurrencyMismatchException.class);
        }
    }
}
