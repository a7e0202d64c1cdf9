package io.github.tahsilat.notice;

import static io.github.tahsilat.notice.NoticeFixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.FeeBasis;
import io.github.tahsilat.dunning.PercentageFee;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.LateInterest;
import io.github.tahsilat.interest.PrincipalHistory;
import io.github.tahsilat.interest.RateTable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NoticeComposerTest {

    static final LocalDate RUN = LocalDate.of(2025, 4, 1);

    // A 120.00 due 2025-03-01 unpaid; B 200.00 due 2025-03-10 with 120.00 paid.
    static List<NoticeLine> twoInvoices() {
        return List.of(
                new NoticeLine("A", LocalDate.of(2025, 3, 1), 31, eur("120.00")),
                new NoticeLine("B", LocalDate.of(2025, 3, 10), 22, eur("80.00")));
    }

    @Nested
    class SeveralItems {

        @Test
        void eachLineKeepsItsOwnAmount() {
            Notice notice =
                    NoticeFixtures.notice(
                            NoticeFixtures.policyWithFee(FeeBasis.PER_NOTICE),
                            twoInvoices(),
                            List.of());

            assertThat(notice.lines())
                    .extracting(NoticeLine::outstanding)
                    .containsExactly(eur("120.00"), eur("80.00"));
            assertThat(notice.itemsTotal()).isEqualTo(eur("200.00"));
        }

        @Test
        void perNoticeFeeChargedOnce() {
            LateInterest zeroRate =
                    LateInterest.of(
                            DayCount.ACTUAL_360,
                            RateTable.fixed(LocalDate.of(2025, 1, 1), BigDecimal.ZERO),
                            RoundingMode.HALF_UP);
            List<InterestLine> interest =
                    List.of(
                            InterestLine.of(
                                    "A",
                                    LocalDate.of(2025, 3, 1),
                                    RUN,
                                    zeroRate.accrue(
                                            PrincipalHistory.of(eur("120.00")),
                                            LocalDate.of(2025, 3, 1),
                                            RUN)),
                            InterestLine.of(
                                    "B",
                                    LocalDate.of(2025, 3, 10),
                                    RUN,
                                    zeroRate.accrue(
                                            PrincipalHistory.of(eur("80.00")),
                                            LocalDate.of(2025, 3, 10),
                                            RUN)));

            Notice notice =
                    NoticeFixtures.notice(
                            NoticeFixtures.policyWithFee(FeeBasis.PER_NOTICE),
                            twoInvoices(),
                            interest);

            assertThat(notice.fees()).hasSize(1);
            assertThat(notice.feesTotal()).isEqualTo(eur("5.00"));
            assertThat(notice.interestTotal()).isEqualTo(eur("0.00"));
            assertThat(notice.total()).isEqualTo(eur("205.00"));
        }

        @Test
        void perItemFeeChargedPerLine() {
            Notice notice =
                    NoticeFixtures.notice(
                            NoticeFixtures.policyWithFee(FeeBasis.PER_ITEM),
                            twoInvoices(),
                            List.of());

            assertThat(notice.fees())
                    .extracting(f -> f.invoiceNumber().orElseThrow())
                    .containsExactly("A", "B");
            assertThat(notice.feesTotal()).isEqualTo(eur("10.00"));
            assertThat(notice.total()).isEqualTo(eur("210.00"));
        }
    }

    @Nested
    class Fees {

        @Test
        void partlyPaidItemNoticeShowsRest() {
            List<NoticeLine> lines =
                    List.of(new NoticeLine("INV-1", LocalDate.of(2025, 5, 1), 15, eur("50.00")));

            Notice notice =
                    NoticeFixtures.notice(
                            NoticeFixtures.policyWithFee(FeeBasis.PER_NOTICE), lines, List.of());

            assertThat(notice.itemsTotal()).isEqualTo(eur("50.00"));
            assertThat(notice.feesTotal()).isEqualTo(eur("5.00"));
            assertThat(notice.total()).isEqualTo(eur("55.00"));
        }

        @Test
        void percentagePerNoticeOfItemsTotal() {
            DunningLevel level =
                    DunningLevel.builder(2, 14)
                            .fee(
                                    new PercentageFee(
                                            new BigDecimal("2"),
                                            Optional.of(eur("1.00")),
                                            Optional.empty(),
                                            FeeBasis.PER_NOTICE))
                            .build();

            List<FeeLine> fees = NoticeComposer.fees(level, twoInvoices(), RoundingMode.HALF_UP);

            assertThat(fees).extracting(FeeLine::amount).containsExactly(eur("4.00"));
        }

        @Test
        void levelWithoutFeeChargesNothing() {
            List<FeeLine> fees =
                    NoticeComposer.fees(
                            DunningLevel.builder(1, 7).build(),
                            twoInvoices(),
                            RoundingMode.HALF_UP);

            assertThat(fees).isEmpty();
        }

        @Test
        void feeInOtherCurrencySkipped() {
            List<NoticeLine> lines =
                    List.of(
                            new NoticeLine(
                                    "T-1",
                                    LocalDate.of(2025, 3, 1),
                                    31,
                                    NoticeFixtures.lira("100.00")));

            List<FeeLine> fees =
                    NoticeComposer.fees(
                            NoticeFixtures.policyWithFee(FeeBasis.PER_NOTICE).levels().get(0),
                            lines,
                            RoundingMode.HALF_UP);

            assertThat(fees).isEmpty();
        }
    }

    @Nested
    class Details {

        @Test
        void payByFollowsPolicy() {
            DunningPolicy policy =
                    DunningPolicy.builder("p")
                            .payWithinDays(10)
                            .level(DunningLevel.builder(1, 1).build())
                            .build();

            Notice notice = NoticeFixtures.notice(policy, twoInvoices(), List.of());

            assertThat(notice.payBy()).isEqualTo(LocalDate.of(2025, 4, 11));
        }

        @Test
        void instructionsListAccountsInNoticeCurrency() {
            Notice notice =
                    NoticeFixtures.notice(
                            NoticeFixtures.policyWithFee(FeeBasis.PER_NOTICE),
                            twoInvoices(),
                            List.of());

            assertThat(notice.instructions().accounts())
                    .extracting(a -> a.iban())
                    .containsExactly(NoticeFixtures.EUR_IBAN);
            assertThat(notice.instructions().paymentReference()).isEqualTo("RF18-INV-2025");
        }

        @Test
        void mixedCurrenciesRejected() {
            List<NoticeLine> lines =
                    List.of(
                            new NoticeLine("A", LocalDate.of(2025, 3, 1), 31, eur("1.00")),
                            new NoticeLine(
                                    "B",
                                    LocalDate.of(2025, 3, 1),
                                    31,
                                    NoticeFixtures.lira("1.00")));
            DunningPolicy policy = NoticeFixtures.policyWithFee(FeeBasis.PER_NOTICE);

            assertThatThrownBy(() -> NoticeFixtures.notice(policy, lines, List.of()))
                    .isInstanceOf(CurrencyMismatchException.class);
        }

        @Test
        void noticeIdStableAcrossRetries() {
            Notice first =
                    NoticeFixtures.notice(
                            NoticeFixtures.policyWithFee(FeeBasis.PER_NOTICE),
                            twoInvoices(),
                            List.of());
            Notice retry =
                    NoticeFixtures.notice(
                            NoticeFixtures.policyWithFee(FeeBasis.PER_NOTICE),
                            twoInvoices(),
                            List.of());

            assertThat(retry.noticeId("email")).isEqualTo(first.noticeId("email"));
            assertThat(first.noticeId("sms")).isNotEqualTo(first.noticeId("email"));
            assertThat(first.noticeId("email"))
                    .isEqualTo(
                            java.util.UUID.nameUUIDFromBytes(
                                    ("tahsilat-notice|00000000-0000-0000-0000-0000000000c1"
                                                    + "|00000000-0000-0000-0000-0000000000d1"
                                                    + "|2025-04-01|email")
                                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }
}
