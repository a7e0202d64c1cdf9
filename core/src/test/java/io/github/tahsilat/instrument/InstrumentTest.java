package io.github.tahsilat.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InstrumentTest {

    private static final LocalDate RECEIVED = LocalDate.parse("2025-03-01");
    private static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");

    private static MonetaryAmount tryAmount(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    static Instrument cheque() {
        return Instrument.received(
                InstrumentId.random(),
                CompanyId.random(),
                CounterpartyId.random(),
                InstrumentKind.CHEQUE,
                "0012345",
                "Örnek Ltd., Ziraat Bankası Kadıköy",
                RECEIVED,
                LocalDate.parse("2025-05-31"),
                tryAmount("10000.00"),
                "clerk-7",
                AT);
    }

    @Nested
    class Steps {

        @ParameterizedTest
        @CsvSource({
            "IN_PORTFOLIO, AT_BANK_FOR_COLLECTION, true",
            "IN_PORTFOLIO, ENDORSED, true",
            "IN_PORTFOLIO, CLEARED, true",
            "AT_BANK_AS_COLLATERAL, IN_PORTFOLIO, true",
            "AT_BANK_FOR_COLLECTION, ENDORSED, false",
            "ENDORSED, IN_PORTFOLIO, false",
            "ENDORSED, BOUNCED, true",
            "CLEARED, BOUNCED, false",
            "BOUNCED, CLEARED, false",
        })
        void transitionsFollowTable(InstrumentStatus from, InstrumentStatus to, boolean allowed) {
            assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        }

        @Test
        void everyStepRecorded() {
            Instrument moved =
                    cheque().moveTo(
                                    InstrumentStatus.ENDORSED,
                                    RECEIVED.plusDays(1),
                                    "Tedarikçi A.Ş.",
                                    "clerk-8",
                                    AT)
                            .moveTo(InstrumentStatus.CLEARED, RECEIVED.plusDays(90), "", "job", AT);

            assertThat(moved.steps()).hasSize(3);
            assertThat(moved.steps().get(1).holder()).isEqualTo("Tedarikçi A.Ş.");
            assertThat(moved.status()).isEqualTo(InstrumentStatus.CLEARED);
            assertThat(moved.isUncleared()).isFalse();
        }

        @Test
        void clearedCannotBounce() {
            Instrument cleared = cheque().moveTo(InstrumentStatus.CLEARED, RECEIVED, "", "job", AT);

            assertThatThrownBy(() -> cleared.bounce(RECEIVED, tryAmount("0.00"), "job", AT))
                    .isInstanceOf(InstrumentStateException.class)
                    .hasMessageContaining("CLEARED");
        }

        @Test
        void bankStepNeedsHolder() {
            assertThatThrownBy(
                            () ->
                                    cheque().moveTo(
                                                    InstrumentStatus.AT_BANK_AS_COLLATERAL,
                                                    RECEIVED,
                                                    " ",
                                                    "job",
                                                    AT))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("holder");
        }
    }

    @Nested
    class Bounces {

        @Test
        void partialPaymentKept() {
            Instrument bounced =
                    cheque().bounce(RECEIVED.plusDays(91), tryAmount("3000.00"), "job", AT);

            assertThat(bounced.status()).isEqualTo(InstrumentStatus.BOUNCED);
            assertThat(bounced.paidOnBounce()).isEqualTo(tryAmount("3000.00"));
        }

        @ParameterizedTest
        @CsvSource({"10000.00", "10000.01", "-1.00"})
        void paidOutOfRangeRejected(String paid) {
            assertThatThrownBy(() -> cheque().bounce(RECEIVED, tryAmount(paid), "job", AT))
                    .isInstanceOf(InvalidInputException.class);
        }
    }
}
