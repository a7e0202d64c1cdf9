package io.github.tahsilat.testkit.scenario;

import static io.github.tahsilat.testkit.scenario.DunningScenario.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.ComponentOrder;
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
import io.github.tahsilat.service.dunning.ChargeWriteOff;
import io.github.tahsilat.service.dunning.DunningRunResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Invoices whose principal is paid while the fee and late interest a notice booked are still open.
 * The invoice is 100.00 EUR due 2025-03-01. Level 1 fires at 7 days, and level 2 at 14 days with a
 * fee of 10.00 and 10.7 % interest (0.41 by then). An hour after that notice, a payment designated
 * to the invoice and allocated principal first pays the principal in full.
 */
class ChargesOnlyDunningTest {

    private static final LocalDate DUE = LocalDate.parse("2025-03-01");
    private static final LocalDateTime PRINCIPAL_PAID = LocalDateTime.parse("2025-03-15T10:00");
    private static final LocalDate LEVEL_THREE_DAY = LocalDate.parse("2025-03-31");
    private static final AllocationPolicy PRINCIPAL_FIRST =
            AllocationPolicy.defaults().withComponentOrder(ComponentOrder.PRINCIPAL_FIRST);

    private static DunningPolicy policy(boolean waiveCharges) {
        return DunningPolicy.builder("charges")
                .interest(
                        new InterestSettings(
                                DayCount.ACTUAL_365_FIXED,
                                RateTable.fixed(
                                        LocalDate.parse("2025-01-01"), new BigDecimal("10.7")),
                                InterestStart.FROM_DUE_DATE))
                .waiveChargesWhenPrincipalPaid(waiveCharges)
                .level(DunningLevel.builder(1, 7).build())
                .level(
                        DunningLevel.builder(2, 14)
                                .action(DunningAction.ADD_INTEREST)
                                .fee(new FixedFee(eur("10.00"), FeeBasis.PER_NOTICE))
                                .build())
                .level(DunningLevel.builder(3, 30).action(DunningAction.ADD_INTEREST).build())
                .build();
    }

    /** Returns a scenario after the level-2 notice and the payment of the whole principal. */
    private static DunningScenario principalPaid(boolean waiveCharges) {
        DunningScenario s = DunningScenario.given(policy(waiveCharges)).invoice("A", "100.00", DUE);
        s.runOn(DUE.plusDays(7));
        s.runOn(DUE.plusDays(14));
        s.allocation(PRINCIPAL_FIRST).payment("100.00", PRINCIPAL_PAID, "A");
        s.allocation(AllocationPolicy.defaults());
        return s;
    }

    @Nested
    class OpenCharges {

        @ParameterizedTest
        @CsvSource({
            "0.00, 10.41, 10.41",
            "5.00, 5.41, 5.41",
            "10.40, 0.01, 0.01",
        })
        void nextLevelShowsOpenCharges(String paidLater, String line, String total) {
            DunningScenario s = principalPaid(false);
            if (new BigDecimal(paidLater).signum() > 0) {
                s.payment(paidLater, LocalDateTime.parse("2025-03-20T10:00"));
            }

            DunningRunResult result = s.runOn(LEVEL_THREE_DAY);

            Notice notice = result.notices().get(0);
            assertThat(notice.level()).isEqualTo(3);
            assertThat(notice.lines())
                    .extracting(NoticeLine::invoiceNumber, NoticeLine::outstanding)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("A", eur(line)));
            assertThat(notice.interestTotal()).isEqualTo(eur("0.00"));
            assertThat(notice.total()).isEqualTo(eur(total));
            assertThat(result.interest()).isEmpty();
            assertThat(result.fees()).isEmpty();
            assertThat(s.balance()).isEqualTo(eur(total));
        }

        @Test
        void paidChargesEndDunning() {
            DunningScenario s = principalPaid(false);
            s.payment("10.41", LocalDateTime.parse("2025-03-20T10:00"));

            DunningRunResult result = s.runOn(LEVEL_THREE_DAY);

            assertThat(result.notices()).isEmpty();
            assertThat(result.exclusions()).isEmpty();
            assertThat(s.balance()).isEqualTo(eur("0.00"));
        }

        @Test
        void chargesOnlyLevelSentOnce() {
            DunningScenario s = principalPaid(false);

            s.runOn(LEVEL_THREE_DAY);
            DunningRunResult again = s.runOn(LEVEL_THREE_DAY.plusDays(1));

            assertThat(again.notices()).isEmpty();
            assertThat(s.channel().delivered()).hasSize(3);
            assertThat(s.balance()).isEqualTo(eur("10.41"));
        }

        @Test
        void noNoticeBeforeNextLevel() {
            DunningScenario s = principalPaid(false);

            DunningRunResult result = s.runOn(LEVEL_THREE_DAY.minusDays(1));

            assertThat(result.notices()).isEmpty();
            assertThat(s.balance()).isEqualTo(eur("10.41"));
        }
    }

    @Nested
    class WaiverWhenPrincipalPaid {

        @Test
        void runWritesOffOpenCharges() {
            DunningScenario s = principalPaid(true);

            DunningRunResult result = s.runOn(LEVEL_THREE_DAY.minusDays(1));

            assertThat(result.writeOffs())
                    .singleElement()
                    .satisfies(
                            w -> {
                                assertThat(w.fee()).isEqualTo(eur("10.00"));
                                assertThat(w.interest()).isEqualTo(eur("0.41"));
                                assertThat(w.total()).isEqualTo(eur("10.41"));
                            });
            assertThat(result.notices()).isEmpty();
            assertThat(s.balance()).isEqualTo(eur("0.00"));
            assertThat(s.eventTypes()).filteredOn("ChargeWaived"::equals).hasSize(2);
        }

        @Test
        void writeOffRecordedOnce() {
            DunningScenario s = principalPaid(true);

            s.runOn(LEVEL_THREE_DAY.minusDays(1));
            DunningRunResult later = s.runOn(LEVEL_THREE_DAY);

            assertThat(later.writeOffs()).isEmpty();
            assertThat(later.notices()).isEmpty();
            assertThat(s.eventTypes()).filteredOn("ChargeWaived"::equals).hasSize(2);
        }

        @Test
        void dryRunReportsWithoutWriting() {
            DunningScenario s = principalPaid(true);

            DunningRunResult dry = s.run(s.request(LEVEL_THREE_DAY).asDryRun());

            assertThat(dry.writeOffs())
                    .extracting(ChargeWriteOff::total)
                    .containsExactly(eur("10.41"));
            assertThat(s.balance()).isEqualTo(eur("10.41"));
            assertThat(s.eventTypes()).doesNotContain("ChargeWaived");
        }

        @Test
        void openPrincipalKeepsCharges() {
            DunningScenario s = DunningScenario.given(policy(true)).invoice("A", "100.00", DUE);
            s.runOn(DUE.plusDays(7));
            s.runOn(DUE.plusDays(14));
            s.allocation(PRINCIPAL_FIRST).payment("99.00", PRINCIPAL_PAID, "A");

            DunningRunResult result = s.runOn(LEVEL_THREE_DAY);

            assertThat(result.writeOffs()).isEmpty();
            assertThat(result.notices()).singleElement().extracting(Notice::level).isEqualTo(3);
        }
    }
}
