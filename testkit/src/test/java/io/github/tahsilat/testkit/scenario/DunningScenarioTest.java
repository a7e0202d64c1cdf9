package io.github.tahsilat.testkit.scenario;

import static io.github.tahsilat.testkit.scenario.DunningScenario.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tahsilat.dunning.DunningAction;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.dunning.InterestSettings;
import io.github.tahsilat.dunning.InterestStart;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.RateTable;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notice.NoticeLine;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.ExclusionReason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DunningScenarioTest {

    private static DunningLevel level(int number, int days) {
        return DunningLevel.builder(number, days).build();
    }

    private static DunningLevel feeLevel(int number, int days, String fee, FeeBasis basis) {
        return DunningLevel.builder(number, days)
                .action(DunningAction.CHARGE_FEE)
                .fee(new FixedFee(eur(fee), basis))
                .build();
    }

    private static DunningPolicy policy(DunningLevel... levels) {
        DunningPolicy.Builder builder = DunningPolicy.builder("standard");
        for (DunningLevel level : levels) {
            builder.level(level);
        }
        return builder.build();
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Nested
    class LevelThreshold {

        @Test
        void noNoticeOnTheDueDate() {
            DunningScenario s =
                    DunningScenario.given(policy(level(1, 1)))
                            .invoice("A", "100.00", day("2025-02-03"));

            DunningRunResult result = s.runOn(day("2025-02-03"));

            assertThat(result.notices()).isEmpty();
            assertThat(s.channel().delivered()).isEmpty();
        }

        @Test
        void oneNoticeTheDayAfterTheDueDate() {
            DunningScenario s =
                    DunningScenario.given(policy(level(1, 1)))
                            .invoice("A", "100.00", day("2025-02-03"));

            s.runOn(day("2025-02-03"));
            DunningRunResult result = s.runOn(day("2025-02-04"));

            assertThat(result.notices()).singleElement().extracting(Notice::level).isEqualTo(1);
            assertThat(s.channel().delivered()).hasSize(1);
        }

        @Test
        void levelReachedOnItsThresholdDayNotBefore() {
            DunningScenario s =
                    DunningScenario.given(policy(level(1, 10)))
                            .invoice("A", "100.00", day("2025-02-01"));

            assertThat(s.runOn(day("2025-02-10")).notices()).isEmpty();
            assertThat(s.runOn(day("2025-02-11")).notices()).hasSize(1);
        }
    }

    @Nested
    class SeveralInvoicesOnOneNotice {

        @Test
        void linesShowOwnOutstandingFeeOnce() {
            DunningScenario s =
                    DunningScenario.given(policy(feeLevel(1, 1, "5.00", FeeBasis.PER_NOTICE)))
                            .invoice("A", "120.00", day("2025-03-01"))
                            .invoice("B", "200.00", day("2025-03-10"));
            s.payment("120.00", LocalDateTime.parse("2025-03-05T10:00"), "B");

            DunningRunResult result = s.runOn(day("2025-04-01"));

            Notice notice = result.notices().get(0);
            assertThat(result.notices()).hasSize(1);
            assertThat(notice.lines())
                    .extracting(NoticeLine::invoiceNumber, NoticeLine::outstanding)
                    .containsExactly(tuple("A", eur("120.00")), tuple("B", eur("80.00")));
            assertThat(notice.interestTotal()).isEqualTo(eur("0.00"));
            assertThat(notice.fees()).hasSize(1);
            assertThat(notice.feesTotal()).isEqualTo(eur("5.00"));
            assertThat(notice.total()).isEqualTo(eur("205.00"));
            assertThat(result.fees()).extracting(f -> f.amount()).containsExactly(eur("5.00"));
        }
    }

    @Nested
    class RepeatedRuns {

        private DunningScenario scenario() {
            return DunningScenario.given(
                            policy(level(1, 7), feeLevel(2, 14, "10.00", FeeBasis.PER_NOTICE)))
                    .invoice("A", "500.00", day("2025-03-01"));
        }

        @Test
        void runsEveryFewMinutesSendEachLevelOnce() {
            DunningScenario s = scenario();

            DunningRunResult first = s.runAt(LocalDateTime.parse("2025-03-08T09:00"));
            DunningRunResult second = s.runAt(LocalDateTime.parse("2025-03-08T09:15"));
            DunningRunResult third = s.runAt(LocalDateTime.parse("2025-03-08T10:00"));
            DunningRunResult fourth = s.runAt(LocalDateTime.parse("2025-03-15T09:00"));
            DunningRunResult fifth = s.runAt(LocalDateTime.parse("2025-03-15T09:15"));
            DunningRunResult sixth = s.runAt(LocalDateTime.parse("2025-03-16T09:00"));

            assertThat(first.notices()).singleElement().extracting(Notice::level).isEqualTo(1);
            assertThat(second.notices()).isEmpty();
            assertThat(third.notices()).isEmpty();
            assertThat(fourth.notices()).singleElement().extracting(Notice::level).isEqualTo(2);
            assertThat(fifth.notices()).isEmpty();
            assertThat(sixth.notices()).isEmpty();
            assertThat(s.channel().delivered()).extracting(n -> n.level()).containsExactly(1, 2);
            assertThat(fourth.fees())
                    .singleElement()
                    .satisfies(f -> assertThat(f.amount()).isEqualTo(eur("10.00")));
            assertThat(s.balance()).isEqualTo(eur("510.00"));
        }

        @Test
        void gapInRunsSendsTheHighestLevelOnce() {
            DunningScenario s = scenario();

            DunningRunResult result = s.runOn(day("2025-03-20"));
            s.runOn(day("2025-03-21"));

            assertThat(result.notices()).singleElement().extracting(Notice::level).isEqualTo(2);
            assertThat(s.channel().delivered()).extracting(n -> n.level()).containsExactly(2);
            assertThat(s.balance()).isEqualTo(eur("510.00"));
        }
    }

    @Nested
    class CreditsPaymentsAndBlocks {

        private DunningScenario scenario() {
            return DunningScenario.given(policy(feeLevel(1, 14, "5.00", FeeBasis.PER_NOTICE)))
                    .invoice("A", "500.00", day("2025-05-01"));
        }

        @Test
        void creditNoteCoveringTheInvoiceStopsDunning() {
            DunningScenario s = scenario().creditNote("A", "500.00", day("2025-05-10"));

            DunningRunResult result = s.runOn(day("2025-05-16"));

            assertThat(result.notices()).isEmpty();
            assertThat(result.fees()).isEmpty();
            assertThat(s.balance()).isEqualTo(eur("0.00"));
        }

        @Test
        void partialPaymentLeavesRestOnNotice() {
            DunningScenario s =
                    scenario().payment("450.00", LocalDateTime.parse("2025-05-10T12:00"));

            DunningRunResult result = s.runOn(day("2025-05-16"));

            Notice notice = result.notices().get(0);
            assertThat(notice.lines())
                    .extracting(NoticeLine::outstanding)
                    .containsExactly(eur("50.00"));
            assertThat(notice.feesTotal()).isEqualTo(eur("5.00"));
            assertThat(notice.total()).isEqualTo(eur("55.00"));
        }

        @Test
        void paymentEarlierOnTheRunDayStopsDunning() {
            DunningScenario s =
                    scenario().payment("500.00", LocalDateTime.parse("2025-05-16T08:00"));

            DunningRunResult result = s.runAt(LocalDateTime.parse("2025-05-16T09:00"));

            assertThat(result.notices()).isEmpty();
            assertThat(s.channel().attempts()).isEmpty();
        }

        @Test
        void blockPausesDunningAndLapsesByItself() {
            DunningScenario s = scenario().block("A", day("2025-05-05"), day("2025-05-31"));

            DunningRunResult during = s.runOn(day("2025-05-16"));
            DunningRunResult lastDay = s.runOn(day("2025-05-31"));
            DunningRunResult after = s.runOn(day("2025-06-01"));

            assertThat(during.notices()).isEmpty();
            assertThat(during.exclusions())
                    .extracting(e -> e.reason())
                    .containsExactly(ExclusionReason.BLOCKED);
            assertThat(lastDay.notices()).isEmpty();
            Notice notice = after.notices().get(0);
            assertThat(notice.level()).isEqualTo(1);
            assertThat(notice.lines().get(0).daysPastDue()).isEqualTo(31);
            assertThat(notice.feesTotal()).isEqualTo(eur("5.00"));
        }
    }

    @Nested
    class PromisesToPay {

        private DunningScenario scenario() {
            return DunningScenario.given(policy(feeLevel(1, 14, "5.00", FeeBasis.PER_NOTICE)))
                    .invoice("A", "500.00", day("2025-05-01"))
                    .promise("A", day("2025-05-10"), day("2025-05-20"), "200.00");
        }

        @Test
        void promiseCoversTheItemUpToItsDate() {
            DunningScenario s = scenario();

            DunningRunResult result = s.runOn(day("2025-05-20"));

            assertThat(result.notices()).isEmpty();
            assertThat(result.exclusions())
                    .extracting(e -> e.reason())
                    .containsExactly(ExclusionReason.PROMISED_TO_PAY);
        }

        @Test
        void brokenPromiseRaisesAnEventAndDunningResumes() {
            DunningScenario s =
                    scenario().payment("150.00", LocalDateTime.parse("2025-05-18T10:00"));

            DunningRunResult result = s.runOn(day("2025-05-21"));

            assertThat(s.eventTypes()).containsOnlyOnce("PromiseToPayBroken");
            assertThat(result.notices().get(0).lines())
                    .extracting(NoticeLine::outstanding)
                    .containsExactly(eur("350.00"));
        }

        @Test
        void keptPromiseRaisesNoEvent() {
            DunningScenario s =
                    scenario().payment("200.00", LocalDateTime.parse("2025-05-18T10:00"));

            DunningRunResult result = s.runOn(day("2025-05-21"));
            s.runOn(day("2025-05-22"));

            assertThat(s.eventTypes()).doesNotContain("PromiseToPayBroken");
            assertThat(result.notices().get(0).lines())
                    .extracting(NoticeLine::outstanding)
                    .containsExactly(eur("300.00"));
            assertThat(s.channel().delivered()).hasSize(1);
        }

        @Test
        void paymentAfterPayByBreaksPromise() {
            DunningScenario s =
                    scenario().payment("200.00", LocalDateTime.parse("2025-05-21T10:00"));

            DunningRunResult result = s.runOn(day("2025-05-22"));

            assertThat(s.eventTypes()).containsOnlyOnce("PromiseToPayBroken");
            assertThat(result.notices().get(0).lines())
                    .extracting(NoticeLine::outstanding)
                    .containsExactly(eur("300.00"));
        }

        @Test
        void paymentOnPayByKeepsPromise() {
            DunningScenario s =
                    scenario().payment("200.00", LocalDateTime.parse("2025-05-20T16:00"));

            s.runOn(day("2025-05-22"));

            assertThat(s.eventTypes()).doesNotContain("PromiseToPayBroken");
        }

        @Test
        void dryRunLeavesThePromiseOpen() {
            DunningScenario s = scenario();

            s.run(s.request(day("2025-05-21")).asDryRun());
            s.runOn(day("2025-05-21"));

            assertThat(s.eventTypes()).containsOnlyOnce("PromiseToPayBroken");
        }
    }

    @Nested
    class LateInterest {

        private DunningLevel interestLevel(int number, int days, String fee) {
            DunningLevel.Builder level =
                    DunningLevel.builder(number, days).action(DunningAction.ADD_INTEREST);
            if (fee != null) {
                level.action(DunningAction.CHARGE_FEE)
                        .fee(new FixedFee(eur(fee), FeeBasis.PER_NOTICE));
            }
            return level.build();
        }

        private DunningPolicy withInterest(String percent, DunningLevel... levels) {
            DunningPolicy.Builder builder =
                    DunningPolicy.builder("interest")
                            .interest(
                                    new InterestSettings(
                                            DayCount.ACTUAL_365_FIXED,
                                            RateTable.fixed(
                                                    day("2025-01-01"), new BigDecimal(percent)),
                                            InterestStart.FROM_DUE_DATE));
            for (DunningLevel level : levels) {
                builder.level(level);
            }
            return builder.build();
        }

        @Test
        void interestAccruesAfterPartialPayment() {
            DunningScenario s =
                    DunningScenario.given(withInterest("36.5", interestLevel(1, 20, null)))
                            .invoice("A", "1000.00", day("2025-03-01"))
                            .payment("400.00", LocalDateTime.parse("2025-03-11T10:00"));

            DunningRunResult result = s.runOn(day("2025-03-21"));

            Notice notice = result.notices().get(0);
            assertThat(notice.interestTotal()).isEqualTo(eur("16.00"));
            assertThat(result.interest()).extracting(i -> i.amount()).containsExactly(eur("16.00"));
            assertThat(notice.total()).isEqualTo(eur("616.00"));
            assertThat(s.balance()).isEqualTo(eur("616.00"));
        }

        @Test
        void payingThePrincipalLeavesFeeAndInterestOpen() {
            DunningScenario s =
                    DunningScenario.given(
                                    withInterest(
                                            "10.7", level(1, 7), interestLevel(2, 14, "10.00")))
                            .invoice("A", "100.00", day("2025-03-01"));
            s.runOn(day("2025-03-08"));
            DunningRunResult second = s.runOn(day("2025-03-15"));

            s.payment("100.00", LocalDateTime.parse("2025-03-16T10:00"), "A");
            DunningRunResult later = s.runOn(day("2025-04-15"));

            assertThat(second.fees()).extracting(f -> f.amount()).containsExactly(eur("10.00"));
            assertThat(second.interest()).extracting(i -> i.amount()).containsExactly(eur("0.41"));
            assertThat(s.balance()).isEqualTo(eur("10.41"));
            assertThat(later.interest()).isEmpty();
            assertThat(later.fees()).isEmpty();
        }

        @Test
        void interestIsChargedOncePerItemAndLevel() {
            DunningScenario s =
                    DunningScenario.given(withInterest("36.5", interestLevel(1, 20, null)))
                            .invoice("A", "1000.00", day("2025-03-01"));

            s.runAt(LocalDateTime.parse("2025-03-21T09:00"));
            s.runAt(LocalDateTime.parse("2025-03-21T10:00"));
            s.runOn(day("2025-03-22"));

            assertThat(s.balance()).isEqualTo(eur("1020.00"));
        }
    }
}
