package io.github.tahsilat.bankstatement;

import static io.github.tahsilat.bankstatement.Amounts.assertMoney;
import static io.github.tahsilat.bankstatement.Amounts.creditCount;
import static io.github.tahsilat.bankstatement.Amounts.credits;
import static io.github.tahsilat.bankstatement.Amounts.debitCount;
import static io.github.tahsilat.bankstatement.Amounts.debits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Reads the public camt samples. Every expected value below was read by hand from the file that the
 * nested class's comment describes. Counts and sums were added up from the file's entries.
 */
class CamtSamplesTest {
    private static final String FOLDER = "camt053";

    /**
     * ABN AMRO daily statement, camt.053.001.02. Opening balance is coded PRCD (1000.01 on
     * 2013-03-28), closing CLBD 100.01; 13 entries: credits 1+1+1+10+1+7+7 = 28.00, debits
     * 1+2+2+1+1+921 = 928.00; 26 TxDtls; 1000.01 + 28.00 - 928.00 = 100.01.
     */
    @Nested
    class AbnAmroStatement {
        private final Statement statement =
                single(SharedData.read(FOLDER, "abnamro-nl-camt053v02-dagafschrift-example.xml"));

        @Test
        void headerMatchesFile() {
            StatementHeader header = statement.header();

            assertThat(header.kind()).isEqualTo(StatementKind.STATEMENT);
            assertThat(header.messageVersion()).isEqualTo("camt.053.001.02");
            assertThat(header.statementId()).isEqualTo("0574908765.2013-04-02");
            assertThat(header.sequenceNumber()).isEqualTo("0070");
            assertThat(header.accountIban()).isEqualTo("NL77ABNA0574908765");
            assertThat(header.accountCurrency().getCurrencyCode()).isEqualTo("EUR");
            assertThat(header.servicerBic()).isEqualTo("ABNANL2A");
            assertThat(header.creationDateTime())
                    .isEqualTo(LocalDateTime.of(2013, 4, 12, 10, 55, 8, 660_000_000));
            assertThat(header.creationOffset()).isEqualTo(ZoneOffset.ofHours(2));
        }

        @Test
        void previousClosingServesAsOpening() {
            Balance opening = statement.openingBalance().orElseThrow();

            assertThat(opening.type()).isEqualTo("PRCD");
            assertMoney(opening.amount(), "1000.01", "EUR");
            assertThat(opening.date()).isEqualTo(LocalDate.of(2013, 3, 28));
            assertMoney(statement.closingBalance().orElseThrow().amount(), "100.01", "EUR");
            assertThat(statement.balances()).hasSize(8);
        }

        @Test
        void entriesAndSumsMatchFile() {
            List<Entry> entries = statement.entries();

            assertThat(entries).hasSize(13);
            assertThat(creditCount(entries)).isEqualTo(7);
            assertThat(debitCount(entries)).isEqualTo(6);
            assertThat(credits(entries)).isEqualByComparingTo("28.00");
            assertThat(debits(entries)).isEqualByComparingTo("928.00");
            assertThat(entries.stream().mapToInt(e -> e.details().size()).sum()).isEqualTo(26);
            assertThat(statement.findings()).isEmpty();
        }

        @Test
        void singleCreditCarriesCounterparty() {
            Entry entry = statement.entries().get(1);
            TransactionDetails details = entry.details().get(0);

            assertThat(entry.accountServicerReference()).isEqualTo("3095D4322561459S0PS");
            assertThat(entry.bankTransactionCode())
                    .isEqualTo(new BankTransactionCode("PMNT", "RCDT", "ESCT", "N654", "ABNAMRO"));
            assertThat(details.endToEndId()).as("NOTPROVIDED is absent").isNull();
            assertThat(details.counterparty())
                    .isEqualTo(new Counterparty("NAAM", "NL46ABNA0499998748", null, "ABNANL2A"));
            assertThat(details.remittanceText()).isEqualTo("OMSCHRIJVING");
        }

        @Test
        void batchSplitsIntoTenDetails() {
            Entry batch = statement.entries().get(3);

            assertMoney(batch.amount(), "10.00", "EUR");
            assertThat(batch.batchTransactionCount()).isEqualTo(10);
            assertThat(batch.details()).hasSize(10);
            for (TransactionDetails details : batch.details()) {
                assertMoney(details.amount(), "1.00", "EUR");
                assertThat(details.creditorReferences())
                        .containsExactly(
                                new CreditorReference(
                                        ReferenceType.OTHER,
                                        "1234567812345678",
                                        "CUR",
                                        ReferenceCheck.NOT_CHECKED));
            }
        }

        @Test
        void batchWithoutDetailsKeepsCount() {
            Entry salaries = statement.entries().get(7);

            assertThat(salaries.batchTransactionCount()).isEqualTo(2);
            assertThat(salaries.details()).isEmpty();
            assertMoney(salaries.amount(), "-2.00", "EUR");
        }

        @Test
        void wrappedRemittanceJoinsLines() {
            TransactionDetails details = statement.entries().get(4).details().get(0);

            assertThat(details.remittanceText())
                    .isEqualTo(
                            "2305271368 0050001248302363 pid2305271368t Mud Masters Mud Masters");
            assertThat(details.counterparty().name()).isEqualTo("ING Bank");
        }

        @Test
        void returnedDirectDebitIsReversal() {
            Entry entry = statement.entries().get(11);
            TransactionDetails details = entry.details().get(0);

            assertThat(entry.reversal()).isTrue();
            assertMoney(entry.amount(), "-1.00", "EUR");
            assertThat(entry.bookingDate()).isEqualTo(LocalDate.of(2012, 4, 2));
            assertThat(details.returnReason()).isEqualTo("MS03");
            assertThat(details.mandateId()).isEqualTo("123456789XXmandaat");
            assertThat(details.counterparty().name()).isEqualTo("Debtor");
            assertThat(details.counterparty().iban()).isEqualTo("NL27ABNA0562326340");
        }
    }

    /**
     * Goldman Sachs UK, camt.053.001.02 with two statements. The first (60000635) has no entries
     * and OPBD = CLBD = 68206.51 GBP. The second (GB36GSLD04296250000970) has 6 entries: credits 2
     * x 100.00, debits 4 x 100.00; 334425218.07 + 200.00 - 400.00 = 334425018.07, but CLBD is
     * 334425126.42, so the balances disagree in the file itself.
     */
    @Nested
    class GoldmanSachsUk {
        private final List<Statement> statements =
                SharedData.read(FOLDER, "goldmansachs-uk-camt053v02-two-statements.xml");

        @Test
        void fileHoldsTwoStatements() {
            assertThat(statements).hasSize(2);
            assertThat(statements.get(0).header().accountOtherId()).isEqualTo("60000635");
            assertThat(statements.get(0).entries()).isEmpty();
            assertThat(statements.get(0).findings()).isEmpty();
            assertThat(statements.get(1).header().accountIban())
                    .isEqualTo("GB36GSLD04296250000970");
        }

        @Test
        void balanceDateTakesDatePart() {
            Balance opening = statements.get(0).openingBalance().orElseThrow();

            assertMoney(opening.amount(), "68206.51", "GBP");
            assertThat(opening.date()).isEqualTo(LocalDate.of(2023, 10, 8));
        }

        @Test
        void mismatchIsReportedNotFatal() {
            Statement second = statements.get(1);

            assertThat(second.entries()).hasSize(6);
            assertThat(credits(second.entries())).isEqualByComparingTo("200.00");
            assertThat(debits(second.entries())).isEqualByComparingTo("400.00");
            assertThat(second.findings())
                    .extracting(Finding::type)
                    .containsExactly(FindingType.BALANCE_MISMATCH);
            assertThat(second.findings().get(0).message())
                    .contains("334425218.07", "334425018.07", "334425126.42");
        }

        @Test
        void dateTimeBookingGivesDate() {
            Entry first = statements.get(1).entries().get(0);

            assertThat(first.entryReference()).isEqualTo("181694450");
            assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2023, 10, 9));
            assertThat(first.valueDate()).isEqualTo(LocalDate.of(2023, 10, 9));
        }

        @Test
        void detailAmountComesFromTxAmt() {
            TransactionDetails details = statements.get(1).entries().get(3).details().get(0);

            assertMoney(details.amount(), "-262.55", "GBP");
            assertThat(details.remittanceText()).isEqualTo("Test3 FX USD - GBP");
            assertThat(details.counterparty().name()).isEqualTo("FX Withdraw");
        }
    }

    /**
     * Goldman Sachs US, camt.053.001.02. 15 entries: 10 credits of 10.00 USD; debits 4 x 10.00 USD
     * and one of 29.06 EUR. OPBD and CLBD are debit balances (843686.20 and 846665.15 USD). The
     * transaction summary claims 14 entries, 9 credits (90.00) and debits of 50.00.
     */
    @Nested
    class GoldmanSachsUs {
        private final Statement statement =
                single(SharedData.read(FOLDER, "goldmansachs-us-camt053v02-sample.xml"));

        @Test
        void debitBalancesAreNegative() {
            assertMoney(statement.openingBalance().orElseThrow().amount(), "-843686.20", "USD");
            assertMoney(statement.closingBalance().orElseThrow().amount(), "-846665.15", "USD");
            assertThat(statement.openingBalance().orElseThrow().creditDebit())
                    .isEqualTo(CreditDebit.DEBIT);
        }

        @Test
        void entriesAndCurrenciesMatchFile() {
            List<Entry> entries = statement.entries();

            assertThat(entries).hasSize(15);
            assertThat(creditCount(entries)).isEqualTo(10);
            assertThat(credits(entries)).isEqualByComparingTo("100.00");
            assertThat(debitCount(entries)).isEqualTo(5);
            assertMoney(entries.get(7).amount(), "-29.06", "EUR");
            assertThat(statement.header().accountOtherId()).isEqualTo("DD01100056869");
        }

        @Test
        void everyDisagreementIsAFinding() {
            assertThat(statement.findings())
                    .extracting(Finding::type)
                    .containsExactly(
                            FindingType.CURRENCY_MISMATCH,
                            FindingType.BALANCE_MISMATCH,
                            FindingType.SUMMARY_MISMATCH,
                            FindingType.SUMMARY_MISMATCH,
                            FindingType.SUMMARY_MISMATCH,
                            FindingType.SUMMARY_MISMATCH);
        }

        @Test
        void localDateTimeBookingKeepsDate() {
            Entry first = statement.entries().get(0);

            assertThat(first.reversal()).isTrue();
            assertThat(first.bookingDate()).isEqualTo(LocalDate.of(2023, 10, 1));
            assertThat(first.bankTransactionCode().proprietary()).isEqualTo("ACH Credit Reject");
            assertThat(statement.header().creationOffset()).isNull();
        }
    }

    /**
     * ING NL, camt.053.001.02. PRCD 1000.00 on 2014-01-02 and OPBD 1000.00 on 2014-01-03, CLBD
     * 1605.00. 9 entries: credits 350+125+120+270+125 = 990.00, debits 25+300+30+30 = 385.00; two
     * batches without TxDtls, so 7 details. The summary agrees.
     */
    @Nested
    class IngStatement {
        private final Statement statement =
                single(SharedData.read(FOLDER, "ing-nl-camt053v02-example.xml"));

        @Test
        void openingPrefersOpbdOverPrcd() {
            Balance opening = statement.openingBalance().orElseThrow();

            assertThat(opening.type()).isEqualTo("OPBD");
            assertThat(opening.date()).isEqualTo(LocalDate.of(2014, 1, 3));
            assertMoney(statement.closingBalance().orElseThrow().amount(), "1605.00", "EUR");
        }

        @Test
        void entriesAndSumsMatchFile() {
            List<Entry> entries = statement.entries();

            assertThat(entries).hasSize(9);
            assertThat(credits(entries)).isEqualByComparingTo("990.00");
            assertThat(debits(entries)).isEqualByComparingTo("385.00");
            assertThat(entries.stream().mapToInt(e -> e.details().size()).sum()).isEqualTo(7);
            assertThat(statement.findings()).isEmpty();
        }

        @Test
        void reversedDebitNamesCreditor() {
            Entry entry = statement.entries().get(8);
            TransactionDetails details = entry.details().get(0);

            assertThat(entry.reversal()).isTrue();
            assertThat(entry.valueDate()).isEqualTo(LocalDate.of(2013, 12, 20));
            assertThat(details.returnReason()).isEqualTo("MD06");
            assertThat(details.mandateId()).isEqualTo("DDMdtINGBC");
            assertThat(details.counterparty().name()).isEqualTo("INGTestrekening");
        }
    }

    /**
     * Nordea FI, camt.053.001.02. OPBD 200.50, CLBD 8800.50; credits 10000.00 + 100.50, debits
     * 700.50 + 300.00 + 400.00 + 100.00. Entry 1 has the Finnish reference 00000000000000001245,
     * entry 3 the ISO 11649 reference RF332348236.
     */
    @Nested
    class NordeaStatement {
        private final Statement statement =
                single(SharedData.read(FOLDER, "nordea-fi-camt053v02-example.xml"));

        @Test
        void balancesAgree() {
            assertThat(statement.entries()).hasSize(6);
            assertThat(credits(statement.entries())).isEqualByComparingTo("10100.50");
            assertThat(debits(statement.entries())).isEqualByComparingTo("1500.50");
            assertMoney(statement.openingBalance().orElseThrow().amount(), "200.50", "EUR");
            assertMoney(statement.closingBalance().orElseThrow().amount(), "8800.50", "EUR");
            assertThat(statement.isConsistent()).isTrue();
        }

        @Test
        void rfReferenceIsValid() {
            TransactionDetails details = statement.entries().get(2).details().get(0);

            assertThat(details.creditorReferences()).hasSize(1);
            CreditorReference reference = details.creditorReferences().get(0);
            assertThat(reference.type()).isEqualTo(ReferenceType.ISO_11649);
            assertThat(reference.value()).isEqualTo("RF332348236");
            assertThat(reference.isValid()).isTrue();
            assertThat(details.instructionId()).isEqualTo("INSTRID20190508");
            assertThat(details.paymentInformationId()).isEqualTo("PMNTINFID08052019");
            assertThat(details.endToEndId()).isEqualTo("20190508-E123456");
        }

        @Test
        void nationalReferenceIsOther() {
            CreditorReference reference =
                    statement.entries().get(0).details().get(0).creditorReferences().get(0);

            assertThat(reference.type()).isEqualTo(ReferenceType.OTHER);
            assertThat(reference.value()).isEqualTo("00000000000000001245");
            assertThat(reference.check()).isEqualTo(ReferenceCheck.NOT_CHECKED);
        }

        @Test
        void thirtyFiveCharacterLinesJoinUnbroken() {
            TransactionDetails details = statement.entries().get(1).details().get(0);

            assertThat(details.remittanceText())
                    .isEqualTo("Free text max 140 characters and max 35 characters in one line");
        }
    }

    /**
     * PostFinance CH, camt.053.001.04. OPBD 322152.16 (2016-04-29), CLBD 322689.77; 13 entries:
     * credits 1000.00 + 620.00 + 110.00 + 24.00 + 56.56 = 1810.56, debits 24.00 + 328.75 + 200.80 +
     * 638.15 + 24.00 + 35.72 + 6.00 + 15.53 = 1272.95; 32 TxDtls. The account has no Ccy.
     */
    @Nested
    class PostFinanceStatement {
        private final Statement statement =
                single(SharedData.read(FOLDER, "postfinance-ch-camt053v04-example.xml"));

        @Test
        void entriesAndSumsMatchFile() {
            List<Entry> entries = statement.entries();

            assertThat(statement.header().messageVersion()).isEqualTo("camt.053.001.04");
            assertThat(statement.header().accountCurrency()).isNull();
            assertThat(entries).hasSize(13);
            assertThat(credits(entries)).isEqualByComparingTo("1810.56");
            assertThat(debits(entries)).isEqualByComparingTo("1272.95");
            assertThat(entries.stream().mapToInt(e -> e.details().size()).sum()).isEqualTo(32);
            assertThat(statement.isConsistent()).isTrue();
        }

        @Test
        void isrBatchCarriesCharges() {
            Entry batch = statement.entries().get(6);

            assertThat(batch.entryReference()).isEqualTo("010000004");
            assertThat(batch.valueDate()).isEqualTo(LocalDate.of(2016, 5, 30));
            assertThat(batch.details()).hasSize(10);
            assertThat(batch.charges()).hasSize(2);
            assertMoney(batch.charges().get(0).amount(), "-5.40", "CHF");
            assertThat(batch.charges().get(0).type()).isEqualTo("2");
            assertThat(batch.charges().get(0).includedInEntry()).isFalse();
            CreditorReference isr = batch.details().get(0).creditorReferences().get(0);
            assertThat(isr.type()).isEqualTo(ReferenceType.SWISS_QR);
            assertThat(isr.value()).isEqualTo("000000000002015110002913192");
            assertThat(isr.isValid()).isTrue();
        }

        @Test
        void ustrdItemsJoinWithSpaces() {
            TransactionDetails details = statement.entries().get(7).details().get(2);

            assertThat(details.remittanceText())
                    .isEqualTo(
                            "MUSTER MITTEILUNG 1 MUSTER MITTEILUNG 2 MUSTER MITTEILUNG 3"
                                    + " MUSTER MITTEILUNG 4");
        }

        @Test
        void reversedCreditNamesDebtor() {
            Entry refund = statement.entries().get(11);
            TransactionDetails details = refund.details().get(0);

            assertThat(refund.reversal()).isTrue();
            assertMoney(refund.amount(), "-6.00", "CHF");
            assertThat(details.counterparty().name()).isEqualTo("Bernasconi Maria");
            assertThat(details.counterparty().iban()).isEqualTo("CH3709000000250094580");
            assertThat(details.returnReason()).isEqualTo("MD06");
        }
    }

    /**
     * PostFinance CH, camt.054.001.04: one ES batch credit of 620.00 CHF split into 8 TxDtls (50 +
     * 20 + 100 + 100 + 30 + 50 + 20 + 250 = 620.00), no balances.
     */
    @Nested
    class PostFinanceEsNotification {
        private final Statement statement =
                single(SharedData.read(FOLDER, "postfinance-ch-camt054v04-es-batch.xml"));

        @Test
        void notificationHasNoBalancesAndNoFindings() {
            assertThat(statement.header().kind()).isEqualTo(StatementKind.NOTIFICATION);
            assertThat(statement.balances()).isEmpty();
            assertThat(statement.findings()).isEmpty();
        }

        @Test
        void batchDetailsAddUpToEntry() {
            Entry entry = single(statement.entries());

            assertMoney(entry.amount(), "620.00", "CHF");
            assertThat(entry.batchTransactionCount()).isEqualTo(8);
            assertThat(entry.details()).hasSize(8);
            assertThat(
                            entry.details().stream()
                                    .map(d -> Amounts.decimal(d.amount()))
                                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                    .isEqualByComparingTo("620.00");
            assertThat(entry.details().get(0).counterparty())
                    .isEqualTo(
                            new Counterparty(
                                    "Rutschmann Pia", "CH1111111111111111111", null, null));
            assertThat(entry.details().get(0).remittanceText()).isEqualTo("MUSTER MITTEILUNG");
        }
    }

    /**
     * PostFinance CH, camt.054.001.08: one batch credit of 1692.22 CHF with 2 TxDtls (778.29 and
     * 913.93), status as {@code <Sts><Cd>BOOK</Cd></Sts>}, debtor as {@code <Dbtr><Pty><Nm>}, and
     * QR references 539115429773825311971477453 and 662437765447746478179744715.
     */
    @Nested
    class PostFinanceQrNotification {
        private final Statement statement =
                single(SharedData.read(FOLDER, "postfinance-ch-camt054v08-qrr-batch.xml"));

        @Test
        void version08StatusAndPartyAreRead() {
            Entry entry = single(statement.entries());
            TransactionDetails first = entry.details().get(0);

            assertThat(statement.header().messageVersion()).isEqualTo("camt.054.001.08");
            assertThat(entry.status()).isEqualTo(EntryStatus.BOOKED);
            assertThat(entry.entryReference()).isEqualTo("CH7730000001250094239");
            assertThat(first.counterparty())
                    .isEqualTo(
                            new Counterparty(
                                    "Bernasconi Maria",
                                    "CH5109000000250092291",
                                    null,
                                    "POFICHBEXXX"));
            assertThat(first.endToEndId()).isEqualTo("1006265-aic5dL-75dzf3jk9-cf2d5e9");
        }

        @Test
        void qrReferencesAreValid() {
            Entry entry = single(statement.entries());

            assertMoney(entry.amount(), "1692.22", "CHF");
            assertMoney(entry.details().get(0).amount(), "778.29", "CHF");
            assertMoney(entry.details().get(1).amount(), "913.93", "CHF");
            assertThat(entry.details())
                    .flatExtracting(TransactionDetails::creditorReferences)
                    .extracting(
                            CreditorReference::value,
                            CreditorReference::type,
                            CreditorReference::check)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "539115429773825311971477453",
                                    ReferenceType.SWISS_QR,
                                    ReferenceCheck.VALID),
                            org.assertj.core.groups.Tuple.tuple(
                                    "662437765447746478179744715",
                                    ReferenceType.SWISS_QR,
                                    ReferenceCheck.VALID));
        }
    }

    private static <T> T single(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
