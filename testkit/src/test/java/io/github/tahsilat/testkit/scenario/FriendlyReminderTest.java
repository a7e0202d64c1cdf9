package io.github.tahsilat.testkit.scenario;

import static io.github.tahsilat.testkit.scenario.DunningScenario.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.dunning.DayCounting;
import io.github.tahsilat.dunning.DunningAction;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.dunning.InterestSettings;
import io.github.tahsilat.dunning.InterestStart;
import io.github.tahsilat.dunning.PolicyText;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.RateTable;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.service.dunning.DunningRunResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Friendly reminders before the due date. Invoice A of 100.00 EUR is due Monday 2025-03-10. The
 * friendly level fires 3 days before due, level 2 at 7 days past due with a fee of 10.00, and level
 * 3 at 14 days with 36.5 % interest.
 */
class FriendlyReminderTest {

    private static final LocalDate DUE = LocalDate.parse("2025-03-10");

    private static DunningPolicy policy(DayCounting counting, DunningLevel friendly) {
        return DunningPolicy.builder("friendly")
                .dayCounting(counting)
                .interest(
                        new InterestSettings(
                                DayCount.ACTUAL_365_FIXED,
                                RateTable.fixed(
                                        LocalDate.parse("2025-01-01"), new BigDecimal("36.5")),
                                InterestStart.FROM_DUE_DATE))
                .level(friendly)
                .level(
                        DunningLevel.builder(2, 7)
                                .fee(new FixedFee(eur("10.00"), FeeBasis.PER_NOTICE))
                                .build())
                .level(DunningLevel.builder(3, 14).action(DunningAction.ADD_INTEREST).build())
                .build();
    }

    private static DunningLevel friendly(int daysBefore) {
        return DunningLevel.builder(1, -daysBefore).template("friendly").build();
    }

    private static DunningScenario scenario(DayCounting counting, DunningLevel friendly) {
        return DunningScenario.given(policy(counting, friendly)).invoice("A", "100.00", DUE);
    }

    /** Returns the level of the run's only notice, or 0 when it sent none. */
    private static int level(DunningRunResult result) {
        assertThat(result.notices()).hasSizeLessThanOrEqualTo(1);
        return result.notices().isEmpty() ? 0 : result.notices().get(0).level();
    }

    @Nested
    class Threshold {

        @ParameterizedTest
        @CsvSource({
            "2025-03-05, 0",
            "2025-03-06, 0",
            "2025-03-07, 1",
            "2025-03-09, 1",
            "2025-03-10, 1",
            "2025-03-16, 1",
            "2025-03-17, 2",
            "2025-03-24, 3",
        })
        void firstRunSendsLevelReached(LocalDate runDay, int expectedLevel) {
            DunningScenario s = scenario(DayCounting.CALENDAR_DAYS, friendly(3));

            DunningRunResult result = s.runOn(runDay);

            assertThat(level(result)).isEqualTo(expectedLevel);
        }

        @ParameterizedTest
        @CsvSource({
            "2025-03-05, 0", // Thursday 03-06, Friday 03-07 and Monday 03-10 are 3 business days
            "2025-03-06, 1", // Friday 03-07 and Monday 03-10 are 2 business days
            "2025-03-07, 1",
        })
        void businessDaysCountTheLead(LocalDate runDay, int expectedLevel) {
            DunningScenario s = scenario(DayCounting.BUSINESS_DAYS, friendly(2));

            DunningRunResult result = s.runOn(runDay);

            assertThat(level(result)).isEqualTo(expectedLevel);
        }

        @Test
        void friendlyLineShowsDaysBeforeDue() {
            DunningScenario s = scenario(DayCounting.CALENDAR_DAYS, friendly(3));

            Notice notice = s.runOn(DUE.minusDays(3)).notices().get(0);

            assertThat(notice.template()).isEqualTo("friendly");
            assertThat(notice.lines().get(0).daysPastDue()).isEqualTo(-3);
            assertThat(notice.lines().get(0).outstanding()).isEqualTo(eur("100.00"));
            assertThat(s.channel().delivered().get(0).body())
                    .contains("vadesi yaklaşmaktadır")
                    .doesNotContain("gecikmiş");
        }
    }

    @Nested
    class Sequence {

        @Test
        void friendlyThenOverdueLevels() {
            DunningScenario s = scenario(DayCounting.CALENDAR_DAYS, friendly(3));
            List<Integer> levels = new ArrayList<>();
            List<DunningRunResult> runs = new ArrayList<>();

            for (String day :
                    List.of(
                            "2025-03-07",
                            "2025-03-07",
                            "2025-03-08",
                            "2025-03-10",
                            "2025-03-17",
                            "2025-03-17",
                            "2025-03-24",
                            "2025-03-25")) {
                DunningRunResult result = s.runOn(LocalDate.parse(day));
                runs.add(result);
                levels.add(level(result));
            }

            assertThat(levels).containsExactly(1, 0, 0, 0, 2, 0, 3, 0);
            assertThat(s.channel().delivered()).hasSize(3);
            assertThat(runs.get(0).fees()).isEmpty();
            assertThat(runs.get(0).interest()).isEmpty();
            assertThat(runs.get(4).fees())
                    .extracting(f -> f.amount())
                    .containsExactly(eur("10.00"));
            assertThat(runs.get(6).interest())
                    .extracting(i -> i.amount())
                    .containsExactly(eur("1.40"));
            assertThat(s.balance()).isEqualTo(eur("111.40"));
        }

        @Test
        void friendlyLevelChargesWhenItSays() {
            DunningLevel charging =
                    DunningLevel.builder(1, -3)
                            .template("friendly")
                            .fee(new FixedFee(eur("2.00"), FeeBasis.PER_NOTICE))
                            .build();
            DunningScenario s = scenario(DayCounting.CALENDAR_DAYS, charging);

            DunningRunResult result = s.runOn(DUE.minusDays(3));

            assertThat(result.fees()).extracting(f -> f.amount()).containsExactly(eur("2.00"));
            assertThat(result.interest()).isEmpty();
            assertThat(s.balance()).isEqualTo(eur("102.00"));
        }

        @Test
        void paidBeforeDueGetsNoReminder() {
            DunningScenario s = scenario(DayCounting.CALENDAR_DAYS, friendly(3));
            s.payment("100.00", DUE.minusDays(5).atTime(10, 0));

            DunningRunResult result = s.runOn(DUE.minusDays(3));

            assertThat(result.notices()).isEmpty();
        }
    }

    @Nested
    class TextForm {

        @Test
        void negativeThresholdParsesAsFriendly() {
            DunningPolicy parsed =
                    PolicyText.parse(
                            "policy friendly\n"
                                    + "level 1 after -3 days template friendly\n"
                                    + "level 2 after 7 days\n");

            assertThat(parsed.levels().get(0).daysPastDue()).isEqualTo(-3);
            assertThat(parsed.reminderLeadDays()).isEqualTo(3);
            assertThat(PolicyText.parse(PolicyText.print(parsed))).isEqualTo(parsed);
        }
    }
}
