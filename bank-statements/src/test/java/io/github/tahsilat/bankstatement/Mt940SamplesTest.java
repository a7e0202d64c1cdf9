package io.github.tahsilat.bankstatement;

import static io.github.tahsilat.bankstatement.Amounts.assertMoney;
import static io.github.tahsilat.bankstatement.Amounts.creditCount;
import static io.github.tahsilat.bankstatement.Amounts.credits;
import static io.github.tahsilat.bankstatement.Amounts.debitCount;
import static io.github.tahsilat.bankstatement.Amounts.debits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reads the public MT940 samples. Every expected value below was read by hand from the file that
 * the nested class's comment describes. Counts and sums were added up from its {@code :61:} lines.
 */
class Mt940SamplesTest {
    private static final String FOLDER = "mt940";

    /**
     * BRD Romania: 1 statement, opening C 3885,24, two debits 210,60 and 2,76, closing C 3671,88
     * (3885.24 - 213.36 = 3671.88), {@code :64:} C 3671,88, subfields {@code +20} to {@code +33}.
     */
    @Nested
    class BrdStatement {
        private final Statement statement = single(SharedData.read(FOLDER, "brd-ro-mt940.940"));

        @Test
        void balancesAndEntriesMatchFile() {
            assertThat(statement.header().accountIban()).isEqualTo("RO56BRDE360SV52474653600");
            assertThat(statement.header().sequenceNumber()).isEqualTo("00138");
            assertThat(statement.entries()).hasSize(2);
            assertThat(debits(statement.entries())).isEqualByComparingTo("213.36");
            assertMoney(statement.openingBalance().orElseThrow().amount(), "3885.24", "EUR");
            assertMoney(statement.closingBalance().orElseThrow().amount(), "3671.88", "EUR");
            assertMoney(statement.balance("CLAV").orElseThrow().amount(), "3671.88", "EUR");
            assertThat(statement.isConsistent()).isTrue();
        }

        @Test
        void plusSubfieldsGiveCounterparty() {
            Entry entry = statement.entries().get(0);
            TransactionDetails details = entry.details().get(0);

            assertThat(entry.entryReference()).isEqualTo("OPH478");
            assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2016, 5, 17));
            assertThat(details.counterparty().name()).isEqualTo("RUSSMEDIA PRESS SRL");
            assertThat(details.counterparty().iban()).isEqualTo("RO89RZBR0000060003480121");
            assertThat(details.remittanceText()).isEqualTo("Plata PLATA FACT 4603309");
            assertThat(details.additionalInformation()).isEqualTo("PLATA FACT 4603309");
        }
    }

    /**
     * bunq NL: bank header lines before {@code :20:}, 1 statement, 111 entries: 26 credits
     * totalling 761,66 and 85 debits totalling 788,33; 32,33 + 761,66 - 788,33 = 5,66 = {@code
     * :62F:}.
     */
    @Nested
    class BunqStatement {
        private final Statement statement = single(SharedData.read(FOLDER, "bunq-nl-mt940.sta"));

        @Test
        void entriesAndSumsMatchFile() {
            List<Entry> entries = statement.entries();

            assertThat(entries).hasSize(111);
            assertThat(creditCount(entries)).isEqualTo(26);
            assertThat(credits(entries)).isEqualByComparingTo("761.66");
            assertThat(debitCount(entries)).isEqualTo(85);
            assertThat(debits(entries)).isEqualByComparingTo("788.33");
            assertMoney(statement.openingBalance().orElseThrow().amount(), "32.33", "EUR");
            assertMoney(statement.closingBalance().orElseThrow().amount(), "5.66", "EUR");
            assertThat(statement.isConsistent()).isTrue();
        }

        @Test
        void slashCodesGiveNameAndIban() {
            Entry first = statement.entries().get(0);
            TransactionDetails details = first.details().get(0);

            assertThat(statement.header().accountIban()).isEqualTo("NL10BUNQ2290325473");
            assertThat(first.entryReference()).as("NONREF is absent").isNull();
            assertMoney(first.amount(), "2", "EUR");
            assertThat(details.counterparty().name()).isEqualTo("P.C. Wacki");
            assertThat(details.counterparty().iban()).isEqualTo("NL65BUNQ2206724936");
            assertThat(details.remittanceText()).isNull();
            assertThat(statement.entries().get(2).details().get(0).remittanceText())
                    .isEqualTo("www.thomann.de Burgebrach, DE");
        }
    }

    /**
     * German SEPA export: 26 messages ({@code :20:}) of which 6 are continuation pages ({@code
     * :60M:}), so 20 statements; 97 {@code :61:} lines: 41 credits totalling 5188474,94 and 56
     * debits (two of them RC reversals) totalling 14457610,84. The statement of account
     * 0194785000888 runs over three pages (28C 00004/00001 to 00004/00003).
     */
    @Nested
    class GermanMultiStatement {
        private final List<Statement> statements =
                SharedData.read(FOLDER, "german-bank-sepa-mt940-multi-statement.sta");

        @Test
        void pagesJoinIntoTwentyStatements() {
            assertThat(statements).hasSize(20);
            List<Entry> all = statements.stream().flatMap(s -> s.entries().stream()).toList();
            assertThat(all).hasSize(97);
            assertThat(creditCount(all)).isEqualTo(41);
            assertThat(credits(all)).isEqualByComparingTo("5188474.94");
            assertThat(debitCount(all)).isEqualTo(56);
            assertThat(debits(all)).isEqualByComparingTo("14457610.84");
            assertThat(statements).allSatisfy(s -> assertThat(s.findings()).isEmpty());
        }

        @Test
        void threePageStatementIsOne() {
            Statement statement =
                    statements.stream()
                            .filter(
                                    s ->
                                            "50880050/0194785000888"
                                                    .equals(s.header().accountOtherId()))
                            .findFirst()
                            .orElseThrow();

            assertThat(statement.header().statementId()).isEqualTo("T089414056000001");
            assertThat(statement.entries()).hasSize(12);
            assertThat(debits(statement.entries())).isEqualByComparingTo("1501074.50");
            assertMoney(statement.openingBalance().orElseThrow().amount(), "-3612519.02", "EUR");
            assertMoney(statement.closingBalance().orElseThrow().amount(), "-5113593.52", "EUR");
            assertThat(statement.balances())
                    .filteredOn(b -> b.type().equals(Balance.INTERIM_BOOKED))
                    .hasSize(4);
        }

        @Test
        void reversalOfCreditIsDebit() {
            Statement first = statements.get(0);
            Entry reversal = first.entries().get(5);

            assertMoney(first.openingBalance().orElseThrow().amount(), "-1234718.36", "EUR");
            assertThat(reversal.reversal()).isTrue();
            assertMoney(reversal.amount(), "-204.88", "EUR");
            assertThat(reversal.bankTransactionCode().proprietary()).isEqualTo("NRTI");
            assertThat(reversal.entryReference()).as("NONREF is absent").isNull();
        }

        @Test
        void sepaKeywordsAreSplit() {
            TransactionDetails returned = statements.get(0).entries().get(0).details().get(0);
            TransactionDetails incoming = statements.get(1).entries().get(0).details().get(0);

            assertThat(returned.endToEndId()).isEqualTo("TFNR 40005 00005");
            assertThat(returned.remittanceText())
                    .isEqualTo("Grund nicht spezifiziert Reject aus SEPA-Ueberweisungsauftrag");
            assertThat(incoming.endToEndId()).isEqualTo("EndToEndIdTFNR2000400001");
            assertThat(incoming.counterparty().iban()).isEqualTo("DE42100100100043921105");
            assertThat(incoming.counterparty().bic()).isEqualTo("PBNKDEFF100");
            assertThat(incoming.counterparty().name())
                    .isEqualTo("Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx");
        }
    }

    /**
     * ING NL in SWIFT blocks: 1 statement, 8 entries: credits 1,56 + 1,57 + 1,45 + 32,00 = 36,58,
     * debits 1,57 + 1,14 + 12,75 + 119,00 = 134,46; 662,23 + 36,58 - 134,46 = 564,35. The {@code
     * :86:} codes are wrapped mid-word and one wrap leaves a lone hyphen on a line.
     */
    @Nested
    class IngStructured {
        private final Statement statement =
                single(SharedData.read(FOLDER, "ing-nl-mt940-structured.940"));

        @Test
        void balancesAndEntriesMatchFile() {
            assertThat(statement.header().statementId()).isEqualTo("P140220000000001");
            assertThat(statement.header().accountOtherId()).isEqualTo("NL77INGB0574908765");
            assertThat(statement.entries()).hasSize(8);
            assertThat(credits(statement.entries())).isEqualByComparingTo("36.58");
            assertThat(debits(statement.entries())).isEqualByComparingTo("134.46");
            assertMoney(statement.openingBalance().orElseThrow().amount(), "662.23", "EUR");
            assertMoney(statement.closingBalance().orElseThrow().amount(), "564.35", "EUR");
            assertThat(statement.isConsistent()).isTrue();
        }

        @Test
        void structuredCodesAreMapped() {
            TransactionDetails first = statement.entries().get(0).details().get(0);

            assertThat(first.endToEndId()).isEqualTo("EV12341REP1231456T1234");
            assertThat(first.counterparty())
                    .isEqualTo(
                            new Counterparty(
                                    "ING BANK NV INZAKE WEB",
                                    "NL32INGB0000012345",
                                    null,
                                    "INGBNL2A"));
            assertThat(first.remittanceText()).isEqualTo("EV10001REP1000000T1000");
        }

        @Test
        void returnAndMandateSurviveWrapping() {
            TransactionDetails returned = statement.entries().get(2).details().get(0);
            TransactionDetails debit = statement.entries().get(3).details().get(0);

            assertThat(returned.returnReason()).isEqualTo("MS03");
            assertThat(returned.remittanceText()).isEqualTo("Factuurnr 123456 Klantnr 00123");
            assertThat(debit.mandateId()).isEqualTo("MND-EV01");
            assertThat(debit.counterparty().name()).isEqualTo("ING Bank N.V. inzake WeB");
        }

        @Test
        void structuredRemittanceIsReference() {
            TransactionDetails details = statement.entries().get(6).details().get(0);

            assertThat(details.creditorReferences())
                    .containsExactly(CreditorReference.of("9001123412341234", "CUR"));
            assertMoney(details.amount(), "32.00", "EUR");
        }
    }

    /**
     * mBank PL: starts with an SOH byte, 1 statement, 3 credits of 0,01 PLN with funds code N,
     * opening 0,40, closing 0,43.
     */
    @Nested
    class MbankStatement {
        private final Statement statement = single(SharedData.read(FOLDER, "mbank-pl-mt940.sta"));

        @Test
        void framingByteIsSkipped() {
            assertThat(statement.header().accountIban()).isEqualTo("PL29114010810000267002001002");
            assertThat(statement.entries()).hasSize(3);
            assertThat(credits(statement.entries())).isEqualByComparingTo("0.03");
            assertMoney(statement.closingBalance().orElseThrow().amount(), "0.43", "PLN");
            assertThat(statement.isConsistent()).isTrue();
        }

        @Test
        void freeTextBecomesRemittance() {
            Entry entry = statement.entries().get(0);

            assertThat(entry.entryReference()).isNull();
            assertThat(entry.accountServicerReference()).isEqualTo("MB170119012058");
            assertThat(entry.details().get(0).remittanceText())
                    .startsWith("911 TRANSAKCJA COLLECT; ID IPH: XX000000000001;");
        }
    }

    /**
     * Rabobank's old format: a {@code :940:} line first, 39 statements for several accounts in EUR,
     * USD and JPY, 39 entries: 26 credits totalling 1943308,78 and 13 debits totalling 592206,96,
     * amounts with a decimal point. Many statements' balances disagree in the file; for example
     * 1017.490.554 on 2003-01-08 opens at 20000.00, books 300.00 + 300.00, and closes at 20500.00.
     */
    @Nested
    class RabobankClassic {
        private final List<Statement> statements =
                SharedData.read(FOLDER, "rabobank-nl-mt940-classic.sta");

        @Test
        void entriesAndSumsMatchFile() {
            List<Entry> all = statements.stream().flatMap(s -> s.entries().stream()).toList();

            assertThat(statements).hasSize(39);
            assertThat(all).hasSize(39);
            assertThat(creditCount(all)).isEqualTo(26);
            assertThat(credits(all)).isEqualByComparingTo("1943308.78");
            assertThat(debitCount(all)).isEqualTo(13);
            assertThat(debits(all)).isEqualByComparingTo("592206.96");
        }

        @Test
        void disagreeingBalancesAreFindings() {
            Statement statement = statements.get(4);

            assertThat(statement.header().accountOtherId()).isEqualTo("1017.490.554");
            assertThat(statement.entries()).hasSize(2);
            assertThat(statement.entries().get(0).details().get(0).remittanceText())
                    .isEqualTo("Demo gebruiker Spaarpot kantine");
            assertThat(statement.findings())
                    .extracting(Finding::type)
                    .containsExactly(FindingType.BALANCE_MISMATCH);
            assertThat(statement.findings().get(0).message()).contains("20600", "20500");
        }

        @Test
        void entryWithoutEntryDateUsesValueDate() {
            Entry entry = statements.get(4).entries().get(0);

            assertThat(entry.valueDate()).isEqualTo(LocalDate.of(2003, 1, 9));
            assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2003, 1, 9));
            assertThat(entry.entryReference()).isEqualTo("170059286");
        }
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
