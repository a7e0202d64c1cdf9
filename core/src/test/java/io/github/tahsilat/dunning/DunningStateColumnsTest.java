package io.github.tahsilat.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DunningStateColumnsTest {

    static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    static final DunningBlock DISPUTE =
            new DunningBlock("dispute", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

    @Nested
    class Contents {

        @Test
        void statesReturnedAsAdded() {
            List<DunningState> added =
                    List.of(
                            DunningState.first(LocalDate.of(2025, 1, 31), eur("100.00")),
                            new DunningState(
                                    LocalDate.of(2024, 12, 15),
                                    eur("0.01"),
                                    2,
                                    Optional.of(LocalDate.of(2025, 2, 10)),
                                    List.of(DISPUTE)),
                            DunningState.first(LocalDate.of(2025, 3, 1), eur("0")));
            DunningStateColumns.Builder builder = DunningStateColumns.builder(EUR);
            added.forEach(builder::add);

            DunningStateColumns columns = builder.build();

            assertThat(columns.size()).isEqualTo(3);
            assertThat(columns.currency()).isEqualTo(EUR);
            for (int i = 0; i < added.size(); i++) {
                assertThat(columns.state(i)).isEqualTo(added.get(i));
            }
        }

        @Test
        void growsPastFirstCapacity() {
            DunningStateColumns.Builder builder = DunningStateColumns.builder(EUR);
            List<DunningState> added = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                DunningState state =
                        DunningState.first(LocalDate.of(2025, 1, 1).plusDays(i), eur(i + ".25"));
                added.add(i == 70 ? state.withBlock(DISPUTE) : state);
                builder.add(added.get(i));
            }

            DunningStateColumns columns = builder.build();

            assertThat(columns.size()).isEqualTo(100);
            assertThat(columns.state(0)).isEqualTo(added.get(0));
            assertThat(columns.state(70)).isEqualTo(added.get(70));
            assertThat(columns.state(99)).isEqualTo(added.get(99));
        }

        @Test
        void laterAddsLeaveBuiltColumns() {
            DunningStateColumns.Builder builder = DunningStateColumns.builder(EUR);
            builder.add(DunningState.first(LocalDate.of(2025, 1, 31), eur("1.00")));
            DunningStateColumns first = builder.build();

            builder.add(DunningState.first(LocalDate.of(2025, 2, 28), eur("2.00")));

            assertThat(first.size()).isEqualTo(1);
            assertThat(builder.build().size()).isEqualTo(2);
        }

        @ParameterizedTest(name = "index {0}")
        @ValueSource(ints = {-1, 1, Integer.MAX_VALUE})
        void indexOutsideRejected(int index) {
            DunningStateColumns.Builder builder = DunningStateColumns.builder(EUR);
            builder.add(DunningState.first(LocalDate.of(2025, 1, 31), eur("1.00")));
            DunningStateColumns columns = builder.build();

            assertThatThrownBy(() -> columns.state(index))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid index: " + index + ";");
        }
    }

    @Nested
    class Rejections {

        @Test
        void otherCurrencyRejected() {
            DunningStateColumns.Builder builder = DunningStateColumns.builder(EUR);
            DunningState dollars =
                    DunningState.first(LocalDate.of(2025, 1, 31), Money.of(10, "USD"));

            assertThatThrownBy(() -> builder.add(dollars))
                    .isInstanceOfSatisfying(
                            CurrencyMismatchException.class,
                            e -> {
                                assertThat(e.expectedCurrency()).isEqualTo("EUR");
                                assertThat(e.actualCurrency()).isEqualTo("USD");
                            });
            assertThat(builder.build().size()).isZero();
        }

        @Test
        void fractionOfMinorUnitRejected() {
            DunningStateColumns.Builder builder = DunningStateColumns.builder(EUR);
            DunningState state = DunningState.first(LocalDate.of(2025, 1, 31), eur("10.005"));

            assertThatThrownBy(() -> builder.add(state)).isInstanceOf(InvalidInputException.class);
            assertThat(builder.build().size()).isZero();
        }

        @Test
        void dueDateBeyondIntRejected() {
            DunningStateColumns.Builder builder = DunningStateColumns.builder(EUR);
            DunningState state = DunningState.first(LocalDate.MAX, eur("10.00"));

            assertThatThrownBy(() -> builder.add(state))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("dueDate");
        }

        @Test
        void nullStateRejected() {
            DunningStateColumns.Builder builder = DunningStateColumns.builder(EUR);

            assertThatThrownBy(() -> builder.add(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("state");
        }

        @Test
        void nullCurrencyRejected() {
            assertThatThrownBy(() -> DunningStateColumns.builder(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("currency");
        }
    }
}
