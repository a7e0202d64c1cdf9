package io.github.tahsilat.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.fx.VatBasis;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.RateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTextTest {

    static final String FULL =
            """
            # standard terms for retail customers
            policy retail
            grace 3 days
            count business-days
            skipped-levels send-each-in-turn
            pay-within 10 days
            interest act/365f from notice margin 8 rate 2024-01-01 42.5 rate 2024-07-01 40
            waive-charges-when-principal-paid
            list-all-overdue-items
            charge-vat 20 inclusive

            level 1 after -3 days template friendly notify
            level 2 after 7 days min EUR 10.00 min TRY 300.00 gap 7 days template reminder-2
            level 3 after 14 days fee fixed EUR 10.00 per-notice fee fixed TRY 300.00 per-notice
            level 4 after 30 days fee percent 1.5 at-least EUR 5.00 at-most EUR 50.00 per-item add-interest
            level 5 after 60 days template final hand-over-to-agency legal-follow-up
            """;

    @Nested
    class Parse {

        @Test
        void levelLinesWithAllClauses() {
            DunningPolicy policy =
                    PolicyText.parse(
                            "policy p\n"
                                    + "level 1 after 7 days template reminder-1 notify\n"
                                    + "level 2 after 14 days min EUR 10.00 gap 7 fee fixed EUR 10.00"
                                    + " per-notice template reminder-2\n");

            DunningLevel second = policy.levels().get(1);
            assertThat(policy.levels()).hasSize(2);
            assertThat(second.daysPastDue()).isEqualTo(14);
            assertThat(second.minimumGapDays()).isEqualTo(7);
            assertThat(second.minimumAmounts())
                    .containsExactly(Money.of(new BigDecimal("10.00"), "EUR"));
            assertThat(second.fees())
                    .containsExactly(
                            new FixedFee(
                                    Money.of(new BigDecimal("10.00"), "EUR"), FeeBasis.PER_NOTICE));
            assertThat(second.actions())
                    .containsExactly(DunningAction.NOTIFY, DunningAction.CHARGE_FEE);
            assertThat(second.template()).isEqualTo("reminder-2");
        }

        @Test
        void defaultsWithoutSettings() {
            DunningPolicy policy = PolicyText.parse("policy p\nlevel 1 after 1 days\n");

            assertThat(policy.graceDays()).isZero();
            assertThat(policy.dayCounting()).isEqualTo(DayCounting.CALENDAR_DAYS);
            assertThat(policy.skippedLevels()).isEqualTo(SkippedLevels.SEND_HIGHEST_REACHED);
            assertThat(policy.payWithinDays()).isEqualTo(7);
            assertThat(policy.interest()).isEmpty();
            assertThat(policy.waiveChargesWhenPrincipalPaid()).isFalse();
            assertThat(policy.listAllOverdueItems()).isFalse();
            assertThat(policy.levels().get(0).template()).isEqualTo("reminder-1");
            assertThat(policy.levels().get(0).actions()).containsExactly(DunningAction.NOTIFY);
        }

        @Test
        void everySettingRead() {
            DunningPolicy policy = PolicyText.parse(FULL);

            assertThat(policy.name()).isEqualTo("retail");
            assertThat(policy.graceDays()).isEqualTo(3);
            assertThat(policy.dayCounting()).isEqualTo(DayCounting.BUSINESS_DAYS);
            assertThat(policy.skippedLevels()).isEqualTo(SkippedLevels.SEND_EACH_IN_TURN);
            assertThat(policy.payWithinDays()).isEqualTo(10);
            assertThat(policy.waiveChargesWhenPrincipalPaid()).isTrue();
            assertThat(policy.listAllOverdueItems()).isTrue();
            InterestSettings interest = policy.interest().orElseThrow();
            assertThat(interest.dayCount()).isEqualTo(DayCount.ACTUAL_365_FIXED);
            assertThat(interest.start()).isEqualTo(InterestStart.FROM_NOTICE);
            assertThat(interest.rates().annualPercentOn(LocalDate.of(2024, 6, 30)))
                    .isEqualByComparingTo("50.5");
            assertThat(interest.rates().annualPercentOn(LocalDate.of(2024, 7, 1)))
                    .isEqualByComparingTo("48");
            assertThat(policy.levels()).hasSize(5);
            assertThat(policy.levels().get(0).daysPastDue()).isEqualTo(-3);
            assertThat(policy.levels().get(3).fees().get(0))
                    .isEqualTo(
                            new PercentageFee(
                                    new BigDecimal("1.5"),
                                    Optional.of(Money.of(new BigDecimal("5.00"), "EUR")),
                                    Optional.of(Money.of(new BigDecimal("50.00"), "EUR")),
                                    FeeBasis.PER_ITEM));
            assertThat(policy.levels().get(4).actions())
                    .containsExactly(
                            DunningAction.HAND_OVER_TO_AGENCY, DunningAction.LEGAL_FOLLOW_UP);
        }
    }

    @Nested
    class ChargeVatSetting {

        @Test
        void fullTextSetsInclusiveVat() {
            DunningPolicy policy = PolicyText.parse(FULL);

            assertThat(policy.chargeVat())
                    .contains(new ChargeVat(new BigDecimal("20"), VatBasis.INCLUSIVE));
        }

        @Test
        void exclusiveVatWithDecimalRate() {
            DunningPolicy policy =
                    PolicyText.parse("policy p\ncharge-vat 0.5 exclusive\nlevel 1 after 7 days\n");

            assertThat(policy.chargeVat())
                    .contains(new ChargeVat(new BigDecimal("0.5"), VatBasis.EXCLUSIVE));
        }

        @Test
        void vatIsOffWithoutTheSetting() {
            DunningPolicy policy = PolicyText.parse("policy p\nlevel 1 after 7 days\n");

            assertThat(policy.chargeVat()).isEmpty();
            assertThat(PolicyText.print(policy)).doesNotContain("charge-vat");
        }

        @Test
        void printedVatParsesBack() {
            DunningPolicy policy =
                    DunningPolicy.builder("p")
                            .chargeVat(new ChargeVat(new BigDecimal("20.00"), VatBasis.EXCLUSIVE))
                            .level(DunningLevel.builder(1, 7).build())
                            .build();

            String printed = PolicyText.print(policy);

            assertThat(printed).contains("charge-vat 20 exclusive\n");
            assertThat(PolicyText.parse(printed).chargeVat().orElseThrow().vatRate())
                    .isEqualByComparingTo("20");
        }
    }

    @Nested
    class Print {

        @Test
        void printThenParseGivesSamePolicy() {
            DunningPolicy policy = PolicyText.parse(FULL);

            String printed = PolicyText.print(policy);

            assertThat(PolicyText.parse(printed)).isEqualTo(policy);
        }

        @Test
        void builtPolicyPrintsCanonicalLines() {
            DunningPolicy policy =
                    DunningPolicy.builder("standard")
                            .interest(
                                    new InterestSettings(
                                            DayCount.THIRTY_360_US,
                                            RateTable.fixed(
                                                    LocalDate.of(2024, 1, 1),
                                                    new BigDecimal("12.00")),
                                            InterestStart.FROM_DUE_DATE))
                            .level(DunningLevel.builder(1, 7).build())
                            .level(
                                    DunningLevel.builder(2, 14)
                                            .minimum(Money.of(new BigDecimal("10.00"), "EUR"))
                                            .minimumGapDays(7)
                                            .fee(
                                                    new FixedFee(
                                                            Money.of(
                                                                    new BigDecimal("10.00"), "EUR"),
                                                            FeeBasis.PER_NOTICE))
                                            .build())
                            .build();

            assertThat(PolicyText.print(policy))
                    .isEqualTo(
                            """
                            policy standard
                            grace 0 days
                            count calendar-days
                            skipped-levels send-highest-reached
                            pay-within 7 days
                            interest 30/360-us from due rate 2024-01-01 12
                            level 1 after 7 days template reminder-1 notify
                            level 2 after 14 days min EUR 10.00 gap 7 days fee fixed EUR 10.00 \
                            per-notice template reminder-2 notify
                            """);
        }
    }

    @Nested
    class Errors {

        @ParameterizedTest(name = "{0}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "level 1 after 7 days| 1| 1| the statement 'policy NAME' first",
                    "policy p\\nlevel x after 7 days| 2| 7| a whole number, found 'x'",
                    "policy p\\nlevel 1 after 7 weeks| 2| 17| 'days', found 'weeks'",
                    "policy p\\nlevel 1 after 7 days min EUR 10.001| 2| 30| at most 2 decimals"
                            + " for EUR",
                    "policy p\\nlevel 1 after 7 days min XYZ 1| 2| 26| an ISO 4217 currency code",
                    "policy p\\nlevel 1 after 7 days fee fixed EUR 5.00| 2| 40| per-notice or"
                            + " per-item, found end of line",
                    "policy p\\nlevel 1 after 7 days shout| 2| 22| min, gap, fee, template",
                    "policy p\\ngrace 3 days\\ngrace 4 days\\nlevel 1 after 1 days| 3| 1| each"
                            + " setting at most once",
                    "policy p\\ncount weekdays\\nlevel 1 after 1 days| 2| 7| calendar-days or"
                            + " business-days, found 'weekdays'",
                    "policy p\\ninterest act/365 from due rate 2024-01-01 12\\nlevel 1 after 1"
                            + " days| 2| 10| a day count",
                    "policy p\\ninterest act/360 from due rate 2024-02-30 12\\nlevel 1 after 1"
                            + " days| 2| 32| an ISO date",
                    "policy p\\nlevel 2 after 7 days\\nlevel 1 after 9 days| 3| 7| a level number above 2",
                    "policy p\\nlevel 1 after 7 days\\nlevel 2 after 3 days| 3| 15| more than 7"
                            + " days",
                    "policy p| 1| 1| at least one 'level' statement",
                    "policy p\\ncharge-vat 120 exclusive\\nlevel 1 after 1 days| 2| 12| a VAT rate"
                            + " from 0 to 100 percent, found '120'",
                    "policy p\\ncharge-vat 20 gross\\nlevel 1 after 1 days| 2| 15| exclusive or"
                            + " inclusive, found 'gross'",
                    "policy p\\ncharge-vat\\nlevel 1 after 1 days| 2| 11| a VAT rate in percent",
                })
        void errorNamesLineColumnAndExpectation(
                String text, int line, int column, String expected) {
            String input = text.replace("\\n", "\n");

            assertThatThrownBy(() -> PolicyText.parse(input))
                    .isInstanceOfSatisfying(
                            PolicySyntaxException.class,
                            e -> {
                                assertThat(e.line()).isEqualTo(line);
                                assertThat(e.column()).isEqualTo(column);
                            })
                    .hasMessageContaining("line " + line + ", column " + column)
                    .hasMessageContaining(expected);
        }
    }
}
