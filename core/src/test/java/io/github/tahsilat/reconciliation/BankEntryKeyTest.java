package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.Lines.PAYER_IBAN;
import static io.github.tahsilat.reconciliation.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.reconciliation.EntryHashing;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BankEntryKeyTest {

    private static BankLine.Builder payment() {
        return line("150.00")
                .valueDate(Lines.DAY.plusDays(1))
                .counterpartyIban(PAYER_IBAN)
                .endToEndId("E2E-1")
                .remittanceText("INV-1");
    }

    @Nested
    class Computation {

        @Test
        void referenceKeyNamesAccountAndReference() {
            BankEntryKey key =
                    BankEntryKey.of(payment().accountServicerReference("2503140001").build(), 1);

            assertThat(key.referenceKey()).contains("ref:" + Lines.ACCOUNT + ":2503140001");
            assertThat(key.primary()).isEqualTo("ref:" + Lines.ACCOUNT + ":2503140001");
        }

        @Test
        void contentKeyHashesEveryField() {
            BankEntryKey key = BankEntryKey.of(payment().build(), 1);

            String expected =
                    EntryHashing.sha256Hex(
                            Lines.ACCOUNT,
                            "2025-03-14",
                            "2025-03-15",
                            "150.00",
                            "EUR",
                            "TR020006100519786457841399",
                            "E2E-1",
                            "INV-1");
            assertThat(key.contentKey()).isEqualTo("sha256:" + expected + "#1");
            assertThat(key.referenceKey()).isEmpty();
            assertThat(key.primary()).isEqualTo(key.contentKey());
        }

        @Test
        void eachContentFieldChangesKey() {
            String base = BankEntryKey.of(payment().build(), 1).contentKey();

            List<BankLine> changed =
                    List.of(
                            payment().accountId("OTHER").build(),
                            payment().bookingDate(Lines.DAY.minusDays(1)).build(),
                            payment().valueDate(Lines.DAY).build(),
                            payment().amount(Lines.eur("150.01")).build(),
                            payment().amount(Lines.try_("150.00")).build(),
                            payment().counterpartyIban(Lines.OTHER_IBAN).build(),
                            payment().endToEndId("E2E-2").build(),
                            payment().remittanceText("INV-2").build());

            for (BankLine line : changed) {
                assertThat(BankEntryKey.of(line, 1).contentKey()).isNotEqualTo(base);
            }
        }

        @Test
        void bankReferenceIsNotHashed() {
            BankEntryKey with = BankEntryKey.of(payment().accountServicerReference("X").build(), 1);
            BankEntryKey without = BankEntryKey.of(payment().build(), 1);

            assertThat(with.contentKey()).isEqualTo(without.contentKey());
        }

        @Test
        void identicalEntriesGetOccurrenceNumbers() {
            BankLine same = payment().build();
            BankLine other = payment().remittanceText("INV-2").build();

            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(same, other, same));

            assertThat(keys.get(0).contentKey()).endsWith("#1");
            assertThat(keys.get(1).contentKey()).endsWith("#1");
            assertThat(keys.get(2).contentKey()).endsWith("#2");
            assertThat(keys.get(2).contentKey()).isNotEqualTo(keys.get(0).contentKey());
        }

        @Test
        void occurrenceBelowOneRejected() {
            BankLine line = payment().build();

            assertThatThrownBy(() -> BankEntryKey.of(line, 0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid occurrence: 0; expected a number from 1");
        }
    }

    @Nested
    class Booking {

        private final Set<String> recorded = new HashSet<>();

        private void book(BankEntryKey key) {
            recorded.addAll(key.keysToRecord());
        }

        @Test
        void keysToRecordWithReference() {
            BankEntryKey key = BankEntryKey.of(payment().accountServicerReference("R1").build(), 1);

            assertThat(key.keysToRecord())
                    .containsExactly(key.referenceKey().orElseThrow(), key.contentKey() + "+ref");
        }

        @Test
        void markedContentKeyAtOtherOccurrence() {
            BankEntryKey second =
                    BankEntryKey.of(payment().accountServicerReference("R1").build(), 2);
            String digest = second.contentKey().substring(0, second.contentKey().length() - 2);

            assertThat(second.contentKey()).endsWith("#2");
            assertThat(second.markedContentKey(1)).isEqualTo(digest + "#1+ref");
            assertThat(second.markedContentKey(2)).isEqualTo(second.contentKey() + "+ref");
            assertThat(second.markedContentKey(12)).isEqualTo(digest + "#12+ref");
            assertThat(new BankEntryKey(Optional.empty(), "sha256:ab").markedContentKey(3))
                    .isEqualTo("sha256:ab#3+ref");
            assertThatThrownBy(() -> second.markedContentKey(0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("occurrence");
        }

        @Test
        void twinMarkedAtOtherOccurrenceBooksNotification() {
            BankEntryKey twinFirst =
                    BankEntryKey.of(payment().accountServicerReference("R1").build(), 1);
            BankEntryKey twinSecond =
                    BankEntryKey.of(payment().accountServicerReference("R2").build(), 1);
            recorded.addAll(twinFirst.keysToRecord());
            recorded.add(twinSecond.referenceKey().orElseThrow());
            recorded.add(twinSecond.markedContentKey(2));

            assertThat(twinSecond.isBookedIn(recorded)).isTrue();
            assertThat(BankEntryKey.of(payment().build(), 1).isBookedIn(recorded)).isTrue();
            assertThat(BankEntryKey.of(payment().build(), 2).isBookedIn(recorded)).isTrue();
            assertThat(BankEntryKey.of(payment().build(), 3).isBookedIn(recorded)).isFalse();
        }

        @Test
        void notificationThenStatementBooksOnce() {
            BankEntryKey notification = BankEntryKey.of(payment().build(), 1);
            BankEntryKey statement =
                    BankEntryKey.of(payment().accountServicerReference("R1").build(), 1);

            assertThat(notification.isBookedIn(recorded)).isFalse();
            book(notification);

            assertThat(statement.isBookedIn(recorded)).isTrue();
        }

        @Test
        void statementThenNotificationBooksOnce() {
            BankEntryKey statement =
                    BankEntryKey.of(payment().accountServicerReference("R1").build(), 1);
            BankEntryKey notification = BankEntryKey.of(payment().build(), 1);

            book(statement);

            assertThat(notification.isBookedIn(recorded)).isTrue();
        }

        @Test
        void statementImportedTwiceBooksOnce() {
            BankEntryKey statement =
                    BankEntryKey.of(payment().accountServicerReference("R1").build(), 1);

            book(statement);

            assertThat(statement.isBookedIn(recorded)).isTrue();
        }

        @Test
        void differentBankReferencesAreDifferentEntries() {
            BankEntryKey first =
                    BankEntryKey.of(payment().accountServicerReference("R1").build(), 1);
            BankEntryKey second =
                    BankEntryKey.of(payment().accountServicerReference("R2").build(), 1);

            book(first);

            assertThat(second.isBookedIn(recorded)).isFalse();
        }

        @Test
        void secondIdenticalEntryStillOpen() {
            BankLine same = payment().build();
            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(same, same));

            book(keys.get(0));

            assertThat(keys.get(0).isBookedIn(recorded)).isTrue();
            assertThat(keys.get(1).isBookedIn(recorded)).isFalse();
        }

        @Test
        void referenceSharedInStatementIsDropped() {
            BankLine first =
                    payment().accountServicerReference("98888208N8").remittanceText("A").build();
            BankLine second =
                    payment().accountServicerReference("98888208N8").remittanceText("B").build();
            BankLine other = payment().accountServicerReference("R3").remittanceText("C").build();

            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(first, second, other));
            book(keys.get(0));

            assertThat(keys.get(0).referenceKey()).isEmpty();
            assertThat(keys.get(1).referenceKey()).isEmpty();
            assertThat(keys.get(2).referenceKey()).isPresent();
            assertThat(keys.get(0).contentKey()).isEqualTo(BankEntryKey.of(first, 1).contentKey());
            assertThat(keys.get(1).isBookedIn(recorded)).isFalse();
            assertThat(
                            BankEntryKey.forStatement(List.of(first, second))
                                    .get(0)
                                    .isBookedIn(recorded))
                    .isTrue();
        }

        @Test
        void reimportedStatementWithIdenticalEntriesBooksOnce() {
            BankLine same = payment().build();
            List<BankEntryKey> first = BankEntryKey.forStatement(List.of(same, same));
            first.forEach(this::book);

            List<BankEntryKey> again = BankEntryKey.forStatement(List.of(same, same));

            assertThat(again).allMatch(key -> key.isBookedIn(recorded));
        }
    }
}
