package io.github.tahsilat.bankstatement;

import static io.github.tahsilat.bankstatement.Amounts.assertMoney;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Mt940ReaderTest {
    private static List<Statement> read(String text) {
        return StatementReaders.builtIn()
                .readAll(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        "test.sta");
    }

    private static String statement(String body) {
        return ":20:REF1\n"
                + ":25:TR330006100519786457841326\n"
                + ":28C:7/1\n"
                + ":60F:C240330EUR100,00\n"
                + body
                + "-\n";
    }

    @Nested
    class ReversalMarks {
        @Test
        void reversalOfDebitIsCredit() {
            Statement statement =
                    read(statement(
                                    ":61:2403310331RD25,50NTRFNONREF//BANK1\n"
                                            + ":86:/EREF/E2E-1/NAME/Ayse Yilmaz/REMI/refund\n"
                                            + ":62F:C240331EUR125,50\n"))
                            .get(0);
            Entry entry = statement.entries().get(0);

            assertThat(entry.reversal()).isTrue();
            assertMoney(entry.amount(), "25.50", "EUR");
            assertThat(entry.creditDebit()).isEqualTo(CreditDebit.CREDIT);
            assertThat(entry.entryReference()).as("NONREF is absent").isNull();
            assertThat(entry.accountServicerReference()).isEqualTo("BANK1");
            assertThat(entry.details().get(0).endToEndId()).isEqualTo("E2E-1");
            assertThat(statement.isConsistent()).isTrue();
        }

        @Test
        void reversalOfCreditIsDebit() {
            Statement statement =
                    read(statement(":61:240331RC25,50NTRFNONREF\n:62F:C240331EUR74,50\n")).get(0);
            Entry entry = statement.entries().get(0);

            assertThat(entry.reversal()).isTrue();
            assertMoney(entry.amount(), "-25.50", "EUR");
            assertThat(statement.isConsistent()).isTrue();
        }

        @Test
        void fundsCodeLetterIsSkipped() {
            Entry entry =
                    read(statement(":61:240331RDR25,NMSCNONREF\n:62F:C240331EUR125,\n"))
                            .get(0)
                            .entries()
                            .get(0);

            assertMoney(entry.amount(), "25.00", "EUR");
            assertThat(entry.bankTransactionCode().proprietary()).isEqualTo("NMSC");
        }
    }

    @Nested
    class Pages {
        @Test
        void pagesJoinIntoOneStatement() {
            String text =
                    statement(":61:240331C10,NTRFNONREF\n:62M:C240331EUR110,00\n")
                            + ":20:REF2\n:25:TR330006100519786457841326\n:28C:7/2\n"
                            + ":60M:C240331EUR110,00\n:61:240331D30,NTRFNONREF\n"
                            + ":62F:C240331EUR80,00\n-\n";

            List<Statement> statements = read(text);

            assertThat(statements).hasSize(1);
            assertThat(statements.get(0).entries()).hasSize(2);
            assertThat(statements.get(0).header().statementId()).isEqualTo("REF1");
            assertThat(statements.get(0).isConsistent()).isTrue();
        }

        @Test
        void pageBalanceGapIsFinding() {
            String text =
                    statement(":61:240331C10,NTRFNONREF\n:62M:C240331EUR110,00\n")
                            + ":20:REF2\n:25:TR330006100519786457841326\n:28C:7/2\n"
                            + ":60M:C240331EUR111,00\n:62F:C240331EUR110,00\n-\n";

            Statement statement = read(text).get(0);

            assertThat(statement.findings())
                    .extracting(Finding::type)
                    .containsExactly(FindingType.PAGE_BALANCE_MISMATCH);
        }
    }

    @Nested
    class LineEnds {
        private static final String BODY =
                ":61:240331C25,50NTRFNONREF\n:86:paid\n:62F:C240331EUR125,50\n";

        @Test
        void trailingSpacesAfterSeparatorAreIgnored() {
            String text = statement(BODY).replace("\n-\n", "\n-  \n") + statement(BODY);

            List<Statement> statements = read(text);

            assertThat(statements).hasSize(2);
            assertThat(statements.get(0).balances().get(1).amount().getNumber().intValue())
                    .isEqualTo(125);
            assertThat(statements.get(0).isConsistent()).isTrue();
        }

        @Test
        void trailingSpacesAfterBlockEndAreIgnored() {
            String text =
                    "{1:F01BANKBEBBAXXX0000000000}{2:I940BANKBEBBXXXXN}{4:\n"
                            + statement(BODY).replace("\n-\n", "\n-} \t\n");

            Statement statement = read(text).get(0);

            assertThat(statement.isConsistent()).isTrue();
            assertThat(statement.entries()).hasSize(1);
        }

        @Test
        void windowsLineEndsReadLikeUnix() {
            Statement unix = read(statement(BODY)).get(0);
            Statement windows = read(statement(BODY).replace("\n", "\r\n")).get(0);

            assertThat(windows).isEqualTo(unix);
        }
    }

    @Nested
    class Account {
        private StatementHeader header(String account) {
            String text =
                    ":20:R\n:25:" + account + "\n:60F:C240330EUR100,00\n:62F:C240331EUR100,00\n-\n";
            return read(text).get(0).header();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"MU17BOMM0101101030300200000MUR", "SC18SSCB11010000000000001497USD"})
        void ibanEndingInCurrencyCodeStaysWhole(String iban) {
            // Mauritius and Seychelles IBANs end in letters that spell a currency code.
            StatementHeader header = header(iban);

            assertThat(header.accountIban()).isEqualTo(iban);
            assertThat(header.accountOtherId()).isNull();
            assertThat(header.accountCurrency().getCurrencyCode()).isEqualTo("EUR");
        }

        @Test
        void appendedCurrencyIsSplitOff() {
            StatementHeader header = header("NL91ABNA0417164300USD");

            assertThat(header.accountIban()).isEqualTo("NL91ABNA0417164300");
            assertThat(header.accountCurrency().getCurrencyCode()).isEqualTo("USD");
        }

        @Test
        void ibanEndingInCurrencyWithAppendedCurrency() {
            StatementHeader header = header("MU17BOMM0101101030300200000MUR EUR");

            assertThat(header.accountIban()).isEqualTo("MU17BOMM0101101030300200000MUR");
            assertThat(header.accountCurrency().getCurrencyCode()).isEqualTo("EUR");
        }
    }

    @Nested
    class Dates {
        @Test
        void entryDateCrossesYearEnd() {
            Entry entry =
                    read(":20:R\n:25:123\n:60F:C241231EUR0,\n"
                                    + ":61:2501011231C1,NTRFNONREF\n:62F:C250101EUR1,\n")
                            .get(0)
                            .entries()
                            .get(0);

            assertThat(entry.valueDate()).isEqualTo(LocalDate.of(2025, 1, 1));
            assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        }
    }

    @Nested
    class Findings {
        @Test
        void balanceMismatchIsReported() {
            Statement statement =
                    read(statement(":61:240331C10,NTRFNONREF\n:62F:C240331EUR120,00\n")).get(0);

            assertThat(statement.findings())
                    .extracting(Finding::type)
                    .containsExactly(FindingType.BALANCE_MISMATCH);
            assertThat(statement.findings().get(0).message()).contains("110.00", "120.00");
        }
    }

    @Nested
    class MalformedInput {
        @Test
        void badStatementLineNamesLine() {
            StatementFormatException error =
                    catchThrowableOfType(
                            StatementFormatException.class,
                            () -> read(statement(":61:2403XX C10,NTRF\n:62F:C240331EUR110,00\n")));

            assertThat(error).isNotNull();
            assertThat(error.line()).isEqualTo(5);
            assertThat(error.column()).isEqualTo(-1);
            assertThat(error.getMessage())
                    .contains("test.sta at line 5:", "statement line ':61:2403XX C10,NTRF'")
                    .contains("expected value date YYMMDD");
        }

        @Test
        void entryBeforeOpeningIsRejected() {
            StatementFormatException error =
                    catchThrowableOfType(
                            StatementFormatException.class,
                            () -> read(":20:R\n:25:123\n:61:240331C1,NTRFNONREF\n"));

            assertThat(error).isNotNull();
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.getMessage()).contains("expected an opening balance :60F:");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    ":61:240331C1O50NTRFNONREF",
                    ":61:240331C25,5ONTRFNONREF",
                    ":61:240331C1N50NTRFNONREF",
                    ":61:240331C150ONTRFNONREF",
                })
        void letterInAmountIsRejected(String line) {
            // Read leniently, each would split into a wrong amount and a type such as O50N.
            StatementFormatException error =
                    catchThrowableOfType(
                            StatementFormatException.class,
                            () -> read(statement(line + "\n:62F:C240331EUR250,00\n")));

            assertThat(error).isNotNull();
            assertThat(error.line()).isEqualTo(5);
            assertThat(error.getMessage()).contains("statement line '" + line + "'");
        }

        @Test
        void transactionTypesOfEachKindAreRead() {
            Statement statement =
                    read(statement(
                                    ":61:240331C1,NTRFNONREF\n:61:240331C2,S103NONREF\n"
                                            + ":61:240331D3,FCHGNONREF\n:62F:C240331EUR100,00\n"))
                            .get(0);

            assertThat(statement.entries())
                    .extracting(entry -> entry.bankTransactionCode().proprietary())
                    .containsExactly("NTRF", "S103", "FCHG");
            assertThat(statement.isConsistent()).isTrue();
        }

        @Test
        void badBalanceNamesField() {
            StatementFormatException error =
                    catchThrowableOfType(
                            StatementFormatException.class,
                            () -> read(":20:R\n:25:123\n:60F:C240331EURX\n"));

            assertThat(error).isNotNull();
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.getMessage()).contains("balance ':60F:C240331EURX'");
        }
    }

    @Nested
    class Information {
        @Test
        void germanSubfieldsAreMapped() {
            String information =
                    ":86:166?00GUTSCHRIFT?20EREF+INV-2024-17?21SVWZ+Rechnung 17?30DEUTDEFF"
                            + "?31DE89370400440532013000?32Muster GmbH\n";
            TransactionDetails details =
                    read(statement(
                                    ":61:240331C10,NTRFNONREF\n"
                                            + information
                                            + ":62F:C240331EUR110,00\n"))
                            .get(0)
                            .entries()
                            .get(0)
                            .details()
                            .get(0);

            assertThat(details.endToEndId()).isEqualTo("INV-2024-17");
            assertThat(details.remittanceText()).isEqualTo("Rechnung 17");
            assertThat(details.counterparty())
                    .isEqualTo(
                            new Counterparty(
                                    "Muster GmbH", "DE89370400440532013000", null, "DEUTDEFF"));
        }

        @Test
        void dutchRemittanceReferenceIsChecked() {
            TransactionDetails details =
                    read(statement(
                                    ":61:240331C10,NTRFNONREF\n"
                                            + ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300"
                                            + "/NAME/Jansen/REMI/STRD/ISO/RF18539007547034/\n"
                                            + ":62F:C240331EUR110,00\n"))
                            .get(0)
                            .entries()
                            .get(0)
                            .details()
                            .get(0);

            assertThat(details.counterparty().iban()).isEqualTo("NL91ABNA0417164300");
            assertThat(details.creditorReferences()).hasSize(1);
            assertThat(details.creditorReferences().get(0).type())
                    .isEqualTo(ReferenceType.ISO_11649);
            assertThat(details.creditorReferences().get(0).isValid()).isTrue();
        }
    }
}
