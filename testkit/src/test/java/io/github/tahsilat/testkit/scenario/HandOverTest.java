package io.github.tahsilat.testkit.scenario;

import static io.github.tahsilat.testkit.scenario.DunningScenario.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.tahsilat.dunning.DunningAction;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.FixedFee;
import io.github.tahsilat.dunning.HandOverScope;
import io.github.tahsilat.dunning.PolicyText;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notification.spi.DeliveryResult;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.Exclusion;
import io.github.tahsilat.service.dunning.ExclusionReason;
import io.github.tahsilat.service.dunning.HandOver;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-over to a collection agency or legal follow-up at level 3, 30 days past due.
 *
 * <p>Invoice A of 100.00 EUR is due 2025-03-01 and invoice B of 50.00 EUR is due 2025-03-20. Level
 * 1 is at 7 days and level 2 at 14 days with a fee of 10.00. On 2025-03-31 A reaches level 3 and B
 * level 1, and on 2025-04-03 B reaches level 2.
 */
class HandOverTest {

    private static final LocalDate HAND_OVER_DAY = LocalDate.parse("2025-03-31");
    private static final LocalDate LATER = LocalDate.parse("2025-04-03");
    private static final String EVENT = "DunningHandedOver";

    private static DunningPolicy policy(HandOverScope scope, DunningAction... handOver) {
        DunningLevel.Builder last = DunningLevel.builder(3, 30).template("reminder-3");
        for (DunningAction action : handOver) {
            last.action(action);
        }
        return DunningPolicy.builder("agency")
                .handOverScope(scope)
                .level(DunningLevel.builder(1, 7).build())
                .level(
                        DunningLevel.builder(2, 14)
                                .fee(new FixedFee(eur("10.00"), FeeBasis.PER_NOTICE))
                                .build())
                .level(last.build())
                .build();
    }

    private static DunningScenario scenario(HandOverScope scope, DunningAction... handOver) {
        return DunningScenario.given(policy(scope, handOver))
                .invoice("A", "100.00", LocalDate.parse("2025-03-01"))
                .invoice("B", "50.00", LocalDate.parse("2025-03-20"));
    }

    private static long events(DunningScenario s) {
        return s.eventTypes().stream().filter(EVENT::equals).count();
    }

    @Nested
    class Event {

        @Test
        void handOverRaisesEventOnce() {
            DunningScenario s = scenario(HandOverScope.ITEM, DunningAction.HAND_OVER_TO_AGENCY);

            DunningRunResult first = s.runOn(HAND_OVER_DAY);
            DunningRunResult again = s.runOn(HAND_OVER_DAY);

            assertThat(first.handOvers())
                    .extracting(HandOver::level, HandOver::actions)
                    .containsExactly(tuple(3, Set.of(DunningAction.HAND_OVER_TO_AGENCY)));
            assertThat(first.notices()).extracting(Notice::level).containsExactly(3);
            assertThat(again.handOvers()).isEmpty();
            assertThat(events(s)).isEqualTo(1);
        }

        @Test
        void bothActionsReportedTogether() {
            DunningScenario s =
                    scenario(
                            HandOverScope.ITEM,
                            DunningAction.HAND_OVER_TO_AGENCY,
                            DunningAction.LEGAL_FOLLOW_UP);

            DunningRunResult result = s.runOn(HAND_OVER_DAY);

            assertThat(result.handOvers())
                    .singleElement()
                    .extracting(HandOver::actions)
                    .isEqualTo(
                            Set.of(
                                    DunningAction.HAND_OVER_TO_AGENCY,
                                    DunningAction.LEGAL_FOLLOW_UP));
            assertThat(events(s)).isEqualTo(1);
        }

        @Test
        void failedDeliveryDefersHandOver() {
            DunningScenario s = scenario(HandOverScope.ITEM, DunningAction.LEGAL_FOLLOW_UP);
            s.channel().thenReturn(DeliveryResult.failed("mail server timed out"));

            DunningRunResult failed = s.runOn(HAND_OVER_DAY);
            long eventsAfterFailure = events(s);
            DunningRunResult retried = s.runOn(HAND_OVER_DAY.plusDays(1));

            assertThat(failed.handOvers()).isEmpty();
            assertThat(eventsAfterFailure).isZero();
            assertThat(retried.handOvers()).extracting(HandOver::level).containsExactly(3);
            assertThat(events(s)).isEqualTo(1);
        }

        @Test
        void dryRunReportsWithoutEvent() {
            DunningScenario s = scenario(HandOverScope.ITEM, DunningAction.HAND_OVER_TO_AGENCY);

            DunningRunResult dry = s.run(s.request(HAND_OVER_DAY).asDryRun());

            assertThat(dry.handOvers()).extracting(HandOver::level).containsExactly(3);
            assertThat(events(s)).isZero();
        }

        @Test
        void levelWithoutHandOverRaisesNothing() {
            DunningScenario s = scenario(HandOverScope.ITEM);

            DunningRunResult result = s.runOn(HAND_OVER_DAY);

            assertThat(result.handOvers()).isEmpty();
            assertThat(events(s)).isZero();
        }
    }

    @Nested
    class LaterRuns {

        @ParameterizedTest
        @CsvSource({
            "ITEM, false, A, 2",
            "ITEM, true, '', 2",
            "COUNTERPARTY, false, A B, 0",
            "COUNTERPARTY, true, '', 2",
        })
        void laterRunFollowsScope(
                HandOverScope scope, boolean paidA, String excluded, int noticeLevel) {
            DunningScenario s = scenario(scope, DunningAction.HAND_OVER_TO_AGENCY);
            s.runOn(HAND_OVER_DAY);
            if (paidA) {
                s.payment("100.00", LocalDateTime.parse("2025-04-02T10:00"), "A");
            }

            DunningRunResult later = s.runOn(LATER);

            String expected = excluded == null ? "" : excluded;
            assertThat(later.exclusions())
                    .filteredOn(e -> e.reason() == ExclusionReason.HANDED_OVER)
                    .hasSize(expected.isBlank() ? 0 : expected.split(" ").length);
            assertThat(later.exclusions())
                    .extracting(Exclusion::reason)
                    .allMatch(reason -> reason == ExclusionReason.HANDED_OVER);
            if (noticeLevel == 0) {
                assertThat(later.notices()).isEmpty();
            } else {
                assertThat(later.notices()).extracting(Notice::level).containsExactly(noticeLevel);
                assertThat(later.notices().get(0).lines())
                        .extracting(line -> line.invoiceNumber())
                        .containsExactly("B");
            }
            assertThat(later.handOvers()).isEmpty();
        }
    }

    @Nested
    class TextForm {

        @Test
        void scopeParsesAndPrints() {
            DunningPolicy parsed =
                    PolicyText.parse(
                            "policy agency\n"
                                    + "hand-over-scope counterparty\n"
                                    + "level 1 after 30 days hand-over-to-agency\n");

            assertThat(parsed.handOverScope()).isEqualTo(HandOverScope.COUNTERPARTY);
            assertThat(PolicyText.print(parsed)).contains("hand-over-scope counterparty\n");
            assertThat(PolicyText.parse(PolicyText.print(parsed))).isEqualTo(parsed);
            assertThat(PolicyText.parse("policy p\nlevel 1 after 7 days\n").handOverScope())
                    .isEqualTo(HandOverScope.ITEM);
        }
    }
}
