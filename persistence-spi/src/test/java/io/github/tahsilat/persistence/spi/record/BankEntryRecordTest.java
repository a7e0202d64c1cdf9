package io.github.tahsilat.persistence.spi.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BankEntryRecordTest {

    private static final UUID COMPANY = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private static final UUID FIRST = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SECOND = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final WriteStamp STAMP =
            new WriteStamp(Actor.user("clerk-1"), Instant.parse("2026-03-02T10:15:30Z"));

    private static BankEntryRecord entry(
            BankEntryDecision decision, Optional<UUID> paymentId, List<UUID> additional) {
        return new BankEntryRecord(
                COMPANY,
                "sha256:aa#1",
                "STMT-1",
                "TR330006100519786457841326",
                LocalDate.of(2026, 3, 2),
                50_000,
                "TRY",
                Optional.empty(),
                decision,
                paymentId,
                additional,
                STAMP);
    }

    @Nested
    class AdditionalPayments {

        @Test
        void paymentIdsListsFirstThenOthers() {
            BankEntryRecord entry =
                    entry(BankEntryDecision.BOOKED, Optional.of(FIRST), List.of(SECOND));

            assertThat(entry.paymentIds()).containsExactly(FIRST, SECOND);
        }

        @Test
        void keptUnderOtherKey() {
            BankEntryRecord entry =
                    entry(BankEntryDecision.REVERSED, Optional.of(FIRST), List.of(SECOND));

            assertThat(entry.withEntryKey("ref:X:1").additionalPaymentIds())
                    .containsExactly(SECOND);
        }

        @Test
        void listIsCopied() {
            List<UUID> additional = new ArrayList<>(List.of(SECOND));
            BankEntryRecord entry = entry(BankEntryDecision.BOOKED, Optional.of(FIRST), additional);

            additional.add(UUID.randomUUID());

            assertThat(entry.additionalPaymentIds()).containsExactly(SECOND);
        }

        @Test
        void repeatedPaymentRejected() {
            List<UUID> twice = List.of(SECOND, SECOND);

            assertThatThrownBy(() -> entry(BankEntryDecision.BOOKED, Optional.of(FIRST), twice))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("additionalPaymentIds");
        }

        @Test
        void firstPaymentRepeatedRejected() {
            List<UUID> first = List.of(FIRST);

            assertThatThrownBy(() -> entry(BankEntryDecision.BOOKED, Optional.of(FIRST), first))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("additionalPaymentIds");
        }

        @Test
        void ignoredWithPaymentsRejected() {
            List<UUID> second = List.of(SECOND);

            assertThatThrownBy(() -> entry(BankEntryDecision.IGNORED, Optional.empty(), second))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("additionalPaymentIds");
        }
    }
}
