package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.ReconciliationFixture.credit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.persistence.spi.record.BankEntryRecord;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.reconciliation.AlreadyBookedLine;
import io.github.tahsilat.service.reconciliation.BookedLine;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.StatementApplier;
import io.github.tahsilat.service.reconciliation.SuggestedLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A statement imported again with its lines in another order. Two lines of equal content get each
 * other's occurrence number then, so the second import can book a line under the content key that
 * the first import recorded for the other line.
 */
class ReorderedImportTest {

    private static final Actor CLERK = Actor.user("clerk-7");
    private static final String REFERENCE_PREFIX = "ref:" + ReconciliationFixture.ACCOUNT + ":";

    private final ReconciliationFixture fixture = new ReconciliationFixture();

    /**
     * Two lines of 500.00 TRY naming INV-1 of 1000.00 TRY, with bank references A and B, first
     * imported in {@code firstOrder}. Both are suggested, and the clerk confirms the one with
     * reference {@code confirmed}. The import in {@code againOrder} then books the other line,
     * which pays the rest exactly, and finds the confirmed one booked.
     */
    @ParameterizedTest(name = "{0}, confirm {1}, again {2}")
    @CsvSource({"AB, A, BA", "AB, B, BA", "BA, A, AB", "BA, B, AB", "AB, A, AB", "AB, B, AB"})
    void reorderedImportBooksOtherLine(String firstOrder, String confirmed, String againOrder) {
        Invoice invoice = fixture.issue("INV-1", "1000.00");
        ReconciliationResult first = fixture.importLines("STMT-1", inOrder(firstOrder));
        confirm(first, confirmed);
        String other = confirmed.equals("A") ? "B" : "A";

        ReconciliationResult again = fixture.importLines("STMT-1", inOrder(againOrder));
        ReconciliationResult third = fixture.importLines("STMT-1", inOrder(firstOrder));

        assertThat(first.suggested()).hasSize(2);
        assertThat(again.booked())
                .extracting(ReorderedImportTest::reference)
                .containsExactly(other);
        assertThat(again.alreadyBooked())
                .extracting(line -> line.key().primary())
                .containsExactly(REFERENCE_PREFIX + confirmed);
        assertThat(third.booked()).isEmpty();
        assertThat(third.alreadyBooked()).hasSize(2);
        assertThat(fixture.paymentsRecorded()).isEqualTo(2);
        assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("0.00");
        String content = contentKeyWithoutOccurrence();
        assertThat(fixture.entries())
                .extracting(BankEntryRecord::entryKey)
                .containsExactlyInAnyOrder(
                        REFERENCE_PREFIX + "A",
                        REFERENCE_PREFIX + "B",
                        content + "1" + BankEntryKey.WITH_REFERENCE_SUFFIX,
                        content + "2" + BankEntryKey.WITH_REFERENCE_SUFFIX);
    }

    /**
     * The notification of both lines, without bank references, after the reordered import: its two
     * entries of equal content find the two marked content keys and book nothing.
     */
    @Test
    void notificationAfterReorderedImportBooksNothing() {
        fixture.issue("INV-1", "1000.00");
        confirm(fixture.importLines("STMT-1", inOrder("AB")), "A");
        fixture.importLines("STMT-1", inOrder("BA"));
        BankLine notified = credit("500.00").remittanceText("INV-1").build();

        ReconciliationResult notification =
                fixture.importLines("NTF-1", List.of(notified, notified));

        assertThat(notification.booked()).isEmpty();
        assertThat(notification.suggested()).isEmpty();
        assertThat(notification.alreadyBooked())
                .extracting(AlreadyBookedLine::key)
                .doesNotHaveDuplicates()
                .hasSize(2);
        assertThat(fixture.paymentsRecorded()).isEqualTo(2);
    }

    /**
     * A line ignored by the clerk and its twin booked by a reordered import: ignoring records the
     * same keys as booking, so the reordered booking must not fail on them either.
     */
    @Test
    void reorderedImportAfterIgnoredTwin() {
        Invoice invoice = fixture.issue("INV-1", "1000.00");
        ReconciliationResult first = fixture.importLines("STMT-1", inOrder("AB"));
        SuggestedLine lineA = suggested(first, "A");
        StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");
        assertThat(applier.ignore(lineA.proposal().key(), lineA.proposal().line(), CLERK)).isTrue();

        ReconciliationResult again = fixture.importLines("STMT-1", inOrder("BA"));

        assertThat(again.alreadyBooked())
                .extracting(line -> line.key().primary())
                .containsExactly(REFERENCE_PREFIX + "A");
        assertThat(again.booked()).isEmpty();
        assertThat(again.suggested()).extracting(line -> reference(line)).containsExactly("B");
        assertThat(fixture.outstanding(invoice)).isEqualByComparingTo("1000.00");
        SuggestedLine lineB = again.suggested().get(0);
        assertThat(applier.apply(lineB.proposal(), CLERK)).isTrue();
        assertThat(fixture.paymentsRecorded()).isEqualTo(1);
    }

    private List<BankLine> inOrder(String references) {
        List<BankLine> lines = new ArrayList<>();
        for (char reference : references.toCharArray()) {
            lines.add(
                    credit("500.00")
                            .remittanceText("INV-1")
                            .accountServicerReference(String.valueOf(reference))
                            .build());
        }
        return lines;
    }

    private void confirm(ReconciliationResult result, String reference) {
        StatementApplier applier = fixture.reconciliation.applier(fixture.companyId, "STMT-1");
        assertThat(applier.apply(suggested(result, reference).proposal(), CLERK)).isTrue();
    }

    private static SuggestedLine suggested(ReconciliationResult result, String reference) {
        return result.suggested().stream()
                .filter(line -> reference(line).equals(reference))
                .findFirst()
                .orElseThrow();
    }

    private static String reference(BookedLine line) {
        return line.line().accountServicerReference().orElseThrow();
    }

    private static String reference(SuggestedLine line) {
        return line.proposal().line().accountServicerReference().orElseThrow();
    }

    /** Returns the content key of the lines up to their occurrence number, ending in '#'. */
    private static String contentKeyWithoutOccurrence() {
        String key =
                BankEntryKey.forStatement(
                                List.of(
                                        credit("500.00")
                                                .remittanceText("INV-1")
                                                .accountServicerReference("A")
                                                .build()))
                        .get(0)
                        .contentKey();
        return key.substring(0, key.lastIndexOf('#') + 1);
    }
}
