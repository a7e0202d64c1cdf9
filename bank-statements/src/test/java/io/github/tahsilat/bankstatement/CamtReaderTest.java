package io.github.tahsilat.bankstatement;

import static io.github.tahsilat.bankstatement.Amounts.assertMoney;
import static io.github.tahsilat.bankstatement.CamtXml.balance;
import static io.github.tahsilat.bankstatement.CamtXml.entry;
import static io.github.tahsilat.bankstatement.CamtXml.read;
import static io.github.tahsilat.bankstatement.CamtXml.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CamtReaderTest {
    private static final String OPENING = balance("OPBD", new BigDecimal("100.00"), "2024-03-30");
    private static final String CLOSING = balance("CLBD", new BigDecimal("150.00"), "2024-03-31");

    @Nested
    class UntrustedInput {
        @Test
        void externalEntityIsRejectedUnread(@TempDir Path folder) throws Exception {
            Path secret = folder.resolve("secret.txt");
            Files.writeString(secret, "TOP-SECRET-CONTENT");
            String xml =
                    statement("02", OPENING + CLOSING, entry(new BigDecimal("50.00")))
                            .replace(
                                    "<Document ",
                                    "<!DOCTYPE Document [<!ENTITY xxe SYSTEM \""
                                            + secret.toUri()
                                            + "\">]>\n<Document ")
                            .replace("<Id>STMT-1</Id>", "<Id>&xxe;</Id>");

            StatementFormatException error =
                    catchThrowableOfType(StatementFormatException.class, () -> read(xml));

            assertThat(error).isNotNull();
            assertThat(error.getMessage()).contains("document type declaration (DTD)");
            assertThat(error.getMessage()).doesNotContain("TOP-SECRET-CONTENT");
            assertThat(error.line()).as("rejected at the DOCTYPE, before &xxe;").isEqualTo(2);
        }

        @Test
        void internalEntityIsRejected() {
            String xml =
                    statement("02", OPENING + CLOSING, "")
                            .replace(
                                    "<Document ",
                                    "<!DOCTYPE Document [<!ENTITY a \"aaaaaaaaaa\">"
                                            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                                            + "<Document ")
                            .replace("<Id>STMT-1</Id>", "<Id>&b;</Id>");

            assertThatThrownBy(() -> read(xml))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining("DTD");
        }
    }

    @Nested
    class Encodings {
        private final String document =
                statement(
                        "02",
                        balance("OPBD", new BigDecimal("100.00"), "2024-03-30")
                                + balance("CLBD", new BigDecimal("110.00"), "2024-03-31"),
                        entry(new BigDecimal("10.00")));

        private List<Statement> readBytes(byte[] bytes) {
            return StatementReaders.builtIn().readAll(new ByteArrayInputStream(bytes), "test.xml");
        }

        @ParameterizedTest
        @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE"})
        void utf16DocumentIsRead(String charset) {
            // UTF-16 writes a byte order mark; UTF-16LE and UTF-16BE rely on the declaration.
            byte[] bytes =
                    document.replace("encoding=\"UTF-8\"", "encoding=\"" + charset + "\"")
                            .getBytes(Charset.forName(charset));

            List<Statement> statements = readBytes(bytes);

            assertThat(statements).hasSize(1);
            assertMoney(statements.get(0).entries().get(0).amount(), "10.00", "EUR");
            assertThat(statements.get(0).isConsistent()).isTrue();
        }

        @Test
        void utf8ByteOrderMarkIsSkipped() {
            byte[] text = document.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[text.length + 3];
            bytes[0] = (byte) 0xEF;
            bytes[1] = (byte) 0xBB;
            bytes[2] = (byte) 0xBF;
            System.arraycopy(text, 0, bytes, 3, text.length);

            assertThat(readBytes(bytes)).hasSize(1);
        }
    }

    @Nested
    class MalformedInput {
        @Test
        void brokenXmlNamesLineAndColumn() {
            String xml = statement("02", OPENING, "<Ntry><Amt Ccy=\"EUR\">1.00</Amt>\n</Stmt>");

            StatementFormatException error =
                    catchThrowableOfType(StatementFormatException.class, () -> read(xml));

            assertThat(error).isNotNull();
            assertThat(error.getMessage()).contains("test.xml", "malformed XML");
            assertThat(error.line()).isEqualTo(11);
            assertThat(error.column()).isPositive();
        }

        @Test
        void truncatedDocumentIsRejected() {
            String xml = statement("02", OPENING + CLOSING, "");
            String truncated = xml.substring(0, xml.indexOf("</BkToCstmrStmt>"));

            assertThatThrownBy(() -> read(truncated))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining("malformed XML");
        }

        @Test
        void missingAmountNamesEntry() {
            String xml =
                    statement(
                            "02",
                            OPENING,
                            "<Ntry><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>\n");

            assertThatThrownBy(() -> read(xml))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining("at line 10")
                    .hasMessageContaining("missing <Amt> in <Ntry>");
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "<Amt Ccy=\"EUR\">1</Amt> | <Amt Ccy=\"EUR\"/> | empty amount in <Amt>",
                    "<Amt Ccy=\"EUR\">1</Amt> | <Amt Ccy=\"EUR\"> </Amt> | empty amount in <Amt>",
                    "<Amt Ccy=\"EUR\">1</Amt> | <Amt Ccy=\"\">1</Amt> | empty currency in <Amt>",
                    "<CdtDbtInd>CRDT</CdtDbtInd> | <CdtDbtInd/> | empty credit/debit indicator in"
                            + " <Ntry>",
                    "<Sts>BOOK</Sts> | <Sts></Sts> | empty entry status",
                    "<Dt>2024-03-31</Dt> | <Dt/> | missing <Dt or DtTm> in <BookgDt>",
                })
        void emptyElementIsNamedEmpty(String element, String empty, String expected) {
            String xml = statement("02", OPENING, entry(BigDecimal.ONE).replace(element, empty));

            assertThatThrownBy(() -> read(xml))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining(expected)
                    .hasMessageNotContaining("'null'");
        }

        @Test
        void deepNestingIsRejected() {
            String nested = "<X>".repeat(100_000) + "</X>".repeat(100_000);
            String xml =
                    statement(
                            "02",
                            OPENING,
                            entry(BigDecimal.ONE).replace("<Ntry>", "<Ntry>" + nested));

            assertThatThrownBy(() -> read(xml))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining("at line 10")
                    .hasMessageContaining("nested more than 100 levels");
        }

        @Test
        void nestingOfHundredLevelsIsRead() {
            String nested = "<X>".repeat(99) + "</X>".repeat(99);
            String xml =
                    statement(
                            "02",
                            OPENING,
                            entry(BigDecimal.ONE).replace("<Ntry>", "<Ntry>" + nested));

            assertThat(read(xml).get(0).entries()).hasSize(1);
        }

        @Test
        void commaAmountIsRejected() {
            String xml =
                    statement(
                            "02", OPENING, entry(BigDecimal.ONE).replace("1</Amt>", "1,50</Amt>"));

            assertThatThrownBy(() -> read(xml))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining("amount '1,50'")
                    .hasMessageContaining("expected a decimal number with a point");
        }

        @Test
        void unknownStatusIsRejected() {
            String xml = statement("02", OPENING, entry(BigDecimal.ONE, "<Sts>DONE</Sts>", "", ""));

            assertThatThrownBy(() -> read(xml))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining("entry status 'DONE'")
                    .hasMessageContaining("BOOK, PDNG, INFO or FUTR");
        }

        @Test
        void unsupportedVersionIsRejected() {
            String xml = statement("99", OPENING, "");

            assertThatThrownBy(() -> read(xml))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining("unsupported version")
                    .hasMessageContaining("camt.053.001.99");
        }
    }

    @Nested
    class Tolerance {
        @Test
        void unknownElementsAreSkipped() {
            String extra = "<FutureElement><Nested Attr=\"x\">text</Nested></FutureElement>";
            String xml =
                    statement(
                            "02",
                            extra + OPENING + CLOSING,
                            entry(new BigDecimal("50.00"), "<Sts>BOOK</Sts>", "", extra));

            Statement statement = read(xml).get(0);

            assertThat(statement.entries()).hasSize(1);
            assertMoney(statement.entries().get(0).amount(), "50.00", "EUR");
            assertThat(statement.findings()).isEmpty();
        }

        @Test
        void version08StatusCodeAndPartyAreRead() {
            String details =
                    "<NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Ayse Yilmaz</Nm></Pty></Dbtr>"
                            + "<DbtrAcct><Id><IBAN>TR330006100519786457841326</IBAN></Id></DbtrAcct>"
                            + "</RltdPties></TxDtls></NtryDtls>";
            String xml =
                    statement(
                            "08",
                            OPENING + CLOSING,
                            entry(
                                    new BigDecimal("50.00"),
                                    "<Sts><Cd>BOOK</Cd></Sts>",
                                    "",
                                    details));

            Entry entry = read(xml).get(0).entries().get(0);

            assertThat(entry.status()).isEqualTo(EntryStatus.BOOKED);
            assertThat(entry.details().get(0).counterparty().name()).isEqualTo("Ayse Yilmaz");
            assertThat(entry.details().get(0).amount()).isNull();
        }
    }

    @Nested
    class BalanceCheck {
        @Test
        void mismatchIsReportedNotThrown() {
            String xml = statement("04", OPENING + CLOSING, entry(new BigDecimal("49.99")));

            Statement statement = read(xml).get(0);

            assertThat(statement.findings())
                    .extracting(Finding::type)
                    .containsExactly(FindingType.BALANCE_MISMATCH);
            assertThat(statement.findings().get(0).message())
                    .isEqualTo(
                            "opening balance 100.00 EUR plus booked entries 49.99 EUR gives"
                                    + " 149.99 EUR, but the closing balance is 150.00 EUR");
        }

        @Test
        void pendingEntriesDoNotCount() {
            String entries =
                    entry(new BigDecimal("50.00"))
                            + entry(new BigDecimal("-20.00"), "<Sts>PDNG</Sts>", "", "");

            Statement statement = read(statement("02", OPENING + CLOSING, entries)).get(0);

            assertThat(statement.entries())
                    .extracting(Entry::status)
                    .containsExactly(EntryStatus.BOOKED, EntryStatus.PENDING);
            assertThat(statement.findings()).isEmpty();
        }

        @Test
        void missingClosingIsReported() {
            Statement statement = read(statement("02", OPENING, "")).get(0);

            assertThat(statement.findings())
                    .extracting(Finding::type)
                    .containsExactly(FindingType.CLOSING_BALANCE_MISSING);
        }
    }

    @Nested
    class Dates {
        @Test
        void dateTimeNearMidnightKeepsOwnDate() {
            String entryXml =
                    entry(
                            new BigDecimal("50.00"),
                            "<Sts>BOOK</Sts>",
                            "<BookgDt><DtTm>2024-04-01T00:30:00+03:00</DtTm></BookgDt>"
                                    + "<ValDt><DtTm>2024-03-31T23:30:00-05:00</DtTm></ValDt>",
                            "");
            TimeZone original = TimeZone.getDefault();
            Entry entry;
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                entry = read(statement("02", OPENING + CLOSING, entryXml)).get(0).entries().get(0);
            } finally {
                TimeZone.setDefault(original);
            }

            assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2024, 4, 1));
            assertThat(entry.valueDate()).isEqualTo(LocalDate.of(2024, 3, 31));
        }

        @Test
        void invalidDateNamesValue() {
            String entryXml =
                    entry(
                            BigDecimal.ONE,
                            "<Sts>BOOK</Sts>",
                            "<BookgDt><Dt>2024-02-30</Dt></BookgDt>",
                            "");

            assertThatThrownBy(() -> read(statement("02", OPENING, entryXml)))
                    .isInstanceOf(StatementFormatException.class)
                    .hasMessageContaining("date '2024-02-30'");
        }
    }

    @Nested
    class Streaming {
        @Test
        void visitorSeesEntriesBetweenStartAndEnd() {
            String entries = entry(new BigDecimal("30.00")) + entry(new BigDecimal("20.00"));
            String xml = statement("02", OPENING + CLOSING, entries);
            List<String> calls = new ArrayList<>();

            StatementReaders.builtIn()
                    .read(
                            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                            "test.xml",
                            new StatementVisitor() {
                                @Override
                                public void startStatement(StatementHeader header) {
                                    calls.add("start " + header.statementId());
                                }

                                @Override
                                public void entry(StatementHeader header, Entry entry) {
                                    calls.add(
                                            "entry "
                                                    + Amounts.decimal(entry.amount())
                                                            .stripTrailingZeros()
                                                            .toPlainString());
                                }

                                @Override
                                public void endStatement(StatementSummary summary) {
                                    calls.add(
                                            "end "
                                                    + summary.entryCount()
                                                    + " "
                                                    + summary.findings().size());
                                }
                            });

            assertThat(calls).containsExactly("start STMT-1", "entry 30", "entry 20", "end 2 0");
        }

        @Test
        void intradayReportIsRead() {
            String xml =
                    statement("02", "", entry(new BigDecimal("5.00")))
                            .replace("camt.053", "camt.052")
                            .replace("BkToCstmrStmt", "BkToCstmrAcctRpt")
                            .replace("Stmt>", "Rpt>");

            Statement report = read(xml).get(0);

            assertThat(report.header().kind()).isEqualTo(StatementKind.INTRADAY_REPORT);
            assertThat(report.entries()).hasSize(1);
            assertThat(report.findings()).as("reports may omit balances").isEmpty();
        }
    }
}
