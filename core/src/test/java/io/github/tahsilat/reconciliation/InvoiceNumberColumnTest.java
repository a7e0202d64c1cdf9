package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InvoiceNumberColumnTest {

    static Stream<String> numbers() {
        return Stream.of(
                "INV-000123",
                "A",
                "A".repeat(127),
                "A".repeat(128),
                "A".repeat(200),
                "A".repeat(InvoiceNumberColumn.MAX_LENGTH),
                "FATURA-ÇÖÜ-7",
                "ÿ-255",
                "FATURA-ŞĞİ-7",
                "Ş".repeat(200),
                "Ş".repeat(InvoiceNumberColumn.MAX_LENGTH),
                "請求書-2025-0001",
                "INV-\uD83D\uDE00",
                "INV-\uD800-unpaired",
                "INV-\uDFFF",
                "\u0000\u00FF\u0100\uFFFF");
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void numberReadsBackUnchanged(String number) {
        InvoiceNumberColumn column = new InvoiceNumberColumn(3);

        column.set(1, number);

        assertThat(column.contains(1)).isTrue();
        assertThat(column.get(1)).isEqualTo(number);
        assertThat(column.contains(0)).isFalse();
        assertThat(column.contains(2)).isFalse();
    }

    @Test
    void numberOverMaximumLengthRejected() {
        InvoiceNumberColumn column = new InvoiceNumberColumn(1);
        column.set(0, "INV-1");
        String tooLong = "A".repeat(InvoiceNumberColumn.MAX_LENGTH + 1);

        assertThatThrownBy(() -> column.set(0, tooLong))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("invoiceNumber")
                .hasMessageContaining("at most 255 characters");
        assertThat(column.get(0)).isEqualTo("INV-1");
    }

    @ParameterizedTest
    @CsvSource({
        "INV-1, INV-10",
        "INV-10, INV-9",
        "INV-Ç, INV-Ş",
        "ÿ, Ā",
        "Ş, ÿÿ",
        "INV-\uD83D\uDE00, INV-\uFFFF",
        "AB, ABC",
        "INV-Ş, INV-Ş",
        "a, A",
    })
    void compareOrdersAsStrings(String left, String right) {
        InvoiceNumberColumn column = new InvoiceNumberColumn(2);
        column.set(0, left);
        column.set(1, right);

        assertThat(Integer.signum(column.compare(0, 1)))
                .isEqualTo(Integer.signum(left.compareTo(right)));
        assertThat(Integer.signum(column.compare(1, 0)))
                .isEqualTo(Integer.signum(right.compareTo(left)));
    }

    @Test
    void replacedSlotReadsNewNumber() {
        InvoiceNumberColumn column = new InvoiceNumberColumn(2);
        column.set(0, "INV-1");
        column.set(1, "INV-2");

        column.set(0, "FATURA-ŞĞ-3");

        assertThat(column.get(0)).isEqualTo("FATURA-ŞĞ-3");
        assertThat(column.get(1)).isEqualTo("INV-2");
    }

    @Test
    void clearedSlotCanBeReused() {
        InvoiceNumberColumn column = new InvoiceNumberColumn(2);
        column.set(0, "INV-1");

        column.clear(0);

        assertThat(column.contains(0)).isFalse();
        column.set(0, "INV-4");
        assertThat(column.get(0)).isEqualTo("INV-4");
    }

    @Test
    void clearingEmptySlotChangesNothing() {
        InvoiceNumberColumn column = new InvoiceNumberColumn(2);
        column.set(1, "INV-1");

        column.clear(0);

        assertThat(column.contains(0)).isFalse();
        assertThat(column.get(1)).isEqualTo("INV-1");
    }

    @Test
    void replacingManyTimesCompactsPages() {
        // Each round writes 1,000 slots of 256 bytes, so 100 rounds write 25.6 MB.
        InvoiceNumberColumn column = new InvoiceNumberColumn(1_000);
        for (int round = 0; round < 100; round++) {
            for (int slot = 0; slot < 1_000; slot++) {
                column.set(slot, number(round, slot));
            }
        }

        for (int slot = 0; slot < 1_000; slot++) {
            assertThat(column.get(slot)).isEqualTo(number(99, slot));
        }
        // Live entries take 256,000 bytes, and garbage at most as much plus one page.
        assertThat(column.pageBytes()).isLessThanOrEqualTo(640L * 1024);
    }

    @Test
    void grownColumnKeepsNumbers() {
        InvoiceNumberColumn column = new InvoiceNumberColumn(1);
        column.set(0, "INV-1");

        column.grow(10);
        column.set(9, "INV-9");

        assertThat(column.get(0)).isEqualTo("INV-1");
        assertThat(column.get(9)).isEqualTo("INV-9");
        assertThat(column.contains(5)).isFalse();
    }

    private static String number(int round, int slot) {
        String prefix = "INV-" + round + "-" + slot + "-";
        return prefix + "X".repeat(254 - prefix.length());
    }
}
