package io.github.tahsilat.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.interest.RateTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DunningChargesTest {

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    static DunningPolicy policy(boolean waive) {
        return DunningPolicy.builder("p")
                .level(DunningLevel.builder(1, 7).build())
                .waiveChargesWhenPrincipalPaid(waive)
                .build();
    }

    // Invoice 100.00 at level 2 with a fee of 10.00 and interest of 0.41, principal then paid.
    static final DunningCharges PRINCIPAL_PAID =
            new DunningCharges(eur("0.00"), eur("10.00"), eur("0.41"));

    @Nested
    class PrincipalPaid {

        @Test
        void caseStaysOpenForCharges() {
            assertThat(PRINCIPAL_PAID.charges()).isEqualTo(eur("10.41"));
            assertThat(PRINCIPAL_PAID.balance()).isEqualTo(eur("10.41"));
            assertThat(PRINCIPAL_PAID.isOpen()).isTrue();
            assertThat(PRINCIPAL_PAID.isChargesOnly()).isTrue();
        }

        @Test
        void chargesKeptWithoutWaiver() {
            assertThat(PRINCIPAL_PAID.waiverUnder(policy(false))).isEmpty();
        }

        @Test
        void waiverWritesOffAllCharges() {
            Optional<MonetaryAmount> waiver = PRINCIPAL_PAID.waiverUnder(policy(true));
            DunningCharges after = PRINCIPAL_PAID.afterWaiver();

            assertThat(waiver).contains(eur("10.41"));
            assertThat(after.balance()).isEqualTo(eur("0.00"));
            assertThat(after.isOpen()).isFalse();
        }

        @Test
        void noWaiverWhilePrincipalOpen() {
            DunningCharges open = new DunningCharges(eur("1.00"), eur("10.00"), eur("0.41"));

            assertThat(open.waiverUnder(policy(true))).isEmpty();
            assertThat(open.isChargesOnly()).isFalse();
        }
    }

    @Nested
    class Validation {

        @Test
        void mixedCurrenciesRejected() {
            MonetaryAmount lira = Money.of(1, "TRY");

            assertThatThrownBy(() -> new DunningCharges(eur("1.00"), lira, eur("0.00")))
                    .isInstanceOf(CurrencyMismatchException.class);
        }
    }

    @Nested
    class InterestStartDate {

        static final LocalDate DUE = LocalDate.of(2025, 3, 1);
        static final RateTable RATES = RateTable.fixed(DUE, BigDecimal.TEN);

        @Test
        void fromDueDate() {
            InterestSettings settings =
                    new InterestSettings(DayCount.ACTUAL_360, RATES, InterestStart.FROM_DUE_DATE);

            assertThat(settings.accrualStart(DUE, Optional.of(LocalDate.of(2025, 3, 10))))
                    .contains(DUE);
        }

        @Test
        void fromNoticeWaitsForNotice() {
            InterestSettings settings =
                    new InterestSettings(DayCount.ACTUAL_360, RATES, InterestStart.FROM_NOTICE);

            assertThat(settings.accrualStart(DUE, Optional.empty())).isEmpty();
            assertThat(settings.accrualStart(DUE, Optional.of(LocalDate.of(2025, 3, 10))))
                    .contains(LocalDate.of(2025, 3, 10));
        }
    }
}
