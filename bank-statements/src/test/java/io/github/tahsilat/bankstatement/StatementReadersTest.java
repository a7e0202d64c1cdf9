package io.github.tahsilat.bankstatement;

import static io.github.tahsilat.bankstatement.Amounts.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.bankstatement.spi.StatementReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatementReadersTest {
    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A bank's own layout: one line {@code date;amount} per entry, starting with a marker. */
    private static final class SemicolonReader implements StatementReader {
        @Override
        public String formatName() {
            return "semicolon";
        }

        @Override
        public boolean canRead(byte[] head) {
            return new String(head, StandardCharsets.US_ASCII).startsWith("#SEMICOLON");
        }

        @Override
        public void read(InputStream input, String sourceName, StatementVisitor visitor)
                throws java.io.IOException {
            StatementHeader header =
                    new StatementHeader(
                            StatementKind.STATEMENT,
                            "semicolon",
                            null,
                            sourceName,
                            null,
                            null,
                            null,
                            null,
                            "ACC-1",
                            null,
                            null,
                            null,
                            null,
                            null);
            visitor.startStatement(header);
            String[] lines =
                    new String(input.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] parts = lines[i].split(";");
                visitor.entry(
                        header,
                        new Entry(
                                null,
                                null,
                                LocalDate.parse(parts[0]),
                                null,
                                money(parts[1], "TRY"),
                                EntryStatus.BOOKED,
                                false,
                                BankTransactionCode.NONE,
                                List.of(),
                                null,
                                List.of(),
                                null));
            }
            visitor.endStatement(
                    new StatementSummary(header, List.of(), lines.length - 1, List.of()));
        }
    }

    @Nested
    class Registry {
        @Test
        void hostReaderIsAskedFirst() {
            StatementReaders readers = StatementReaders.builtIn().with(new SemicolonReader());

            List<Statement> statements =
                    readers.readAll(bytes("#SEMICOLON\n2024-03-31;150.00\n2024-03-31;-20.00"), "x");

            assertThat(readers.readers())
                    .extracting(StatementReader::formatName)
                    .containsExactly("semicolon", "camt", "MT940");
            assertThat(statements).hasSize(1);
            assertThat(statements.get(0).entries()).hasSize(2);
            Amounts.assertMoney(statements.get(0).entries().get(1).amount(), "-20.00", "TRY");
        }

        @Test
        void unknownInputIsRejected() {
            assertThatThrownBy(
                            () -> StatementReaders.builtIn().readAll(bytes("hello"), "notes.txt"))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining("notes.txt")
                    .hasMessageContaining("no reader recognizes the input");
        }

        @Test
        void sniffingPicksFormat() {
            StatementReaders readers = StatementReaders.builtIn();
            byte[] camt =
                    "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\">"
                            .getBytes(StandardCharsets.UTF_8);
            byte[] mt940 = "\u0001\n:20:X\n:25:123\n:28C:1\n".getBytes(StandardCharsets.UTF_8);

            assertThat(readers.find(camt).map(StatementReader::formatName)).contains("camt");
            assertThat(readers.find(mt940).map(StatementReader::formatName)).contains("MT940");
            assertThat(readers.find(new byte[0])).isEmpty();
        }
    }

    @Nested
    class Remittance {
        @Test
        void textJoinsByLineWidth() {
            TransactionDetails details =
                    new TransactionDetails(
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            new Counterparty(null, null, null, null),
                            List.of(),
                            List.of("12345678901234567890123456789012345", "678", "next item"),
                            BankTransactionCode.NONE,
                            List.of(),
                            null,
                            null);

            assertThat(details.remittanceText())
                    .isEqualTo("12345678901234567890123456789012345678 next item");
        }
    }
}
