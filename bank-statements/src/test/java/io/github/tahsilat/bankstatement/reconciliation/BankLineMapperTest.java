package io.github.tahsilat.bankstatement.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.bankstatement.BankTransactionCode;
import io.github.tahsilat.bankstatement.Charge;
import io.github.tahsilat.bankstatement.Counterparty;
import io.github.tahsilat.bankstatement.CreditorReference;
import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.EntryStatus;
import io.github.tahsilat.bankstatement.Statement;
import io.github.tahsilat.bankstatement.StatementHeader;
import io.github.tahsilat.bankstatement.StatementKind;
import io.github.tahsilat.bankstatement.TransactionDetails;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BatchBooking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankLineMapperTest {

    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 14);

    private static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static StatementHeader header() {
        return new StatementHeader(
                StatementKind.STATEMENT,
                "camt.053.001.08",
                "MSG-1",
                "STMT-1",
                "1",
                null,
                null,
                ACCOUNT,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static TransactionDetails details(
            MonetaryAmount amount, String endToEndId, String iban, String reference, String text) {
        return new TransactionDetails(
                amount,
                endToEndId,
                null,
                null,
                null,
                null,
                new Counterparty("Ayşe Yılmaz", iban, null, null),
                reference == null ? List.of() : List.of(CreditorReference.of(reference, "SCOR")),
                text == null ? List.of() : List.of(text),
                BankTransactionCode.NONE,
                List.of(),
                null,
                null);
    }

    private static Entry entry(
            MonetaryAmount amount,
            EntryStatus status,
            List<Charge> charges,
            List<TransactionDetails> details) {
        return batch(amount, status, charges, null, details);
    }

    private static Entry batch(
            MonetaryAmount amount,
            EntryStatus status,
            List<Charge> charges,
            Integer transactionCount,
            List<TransactionDetails> details) {
        return new Entry(
                null,
                "BANKREF-9",
                DAY,
                DAY.plusDays(1),
                amount,
                status,
                false,
                BankTransactionCode.NONE,
                charges,
                transactionCount,
                details,
                "entry text");
    }

    @Nested
    class SingleTransaction {

        @Test
        void mapsEveryField() {
            Entry entry =
                    entry(
                            eur("98.50"),
                            EntryStatus.BOOKED,
                            List.of(new Charge(eur("-1.50"), "CHRG", true)),
                            List.of(
                                    details(
                                            null,
                                            "E2E-1",
                                            "TR02 0006 1005 1978 6457 8413 99",
                                            "RF18 5390 0754 7034",
                                            "INV-1")));

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.accountId()).isEqualTo(ACCOUNT);
            assertThat(line.bookingDate()).isEqualTo(DAY);
            assertThat(line.valueDate()).isEqualTo(DAY.plusDays(1));
            assertThat(line.amount()).isEqualTo(eur("98.50"));
            assertThat(line.accountServicerReference()).contains("BANKREF-9");
            assertThat(line.endToEndId()).contains("E2E-1");
            assertThat(line.counterpartyName()).contains("Ayşe Yılmaz");
            assertThat(line.counterpartyIban().orElseThrow().value())
                    .isEqualTo("TR020006100519786457841399");
            assertThat(line.structuredReference().orElseThrow().value())
                    .isEqualTo("RF18539007547034");
            assertThat(line.remittanceText()).isEqualTo("INV-1");
            assertThat(line.charges()).containsExactly(eur("1.50"));
            assertThat(line.grossAmount()).isEqualTo(eur("100.00"));
            assertThat(line.batch()).isEmpty();
        }

        @Test
        void invalidIbanIsDropped() {
            Entry entry =
                    entry(
                            eur("5.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            List.of(details(null, null, "TR000000", null, null)));

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.counterpartyIban()).isEmpty();
            assertThat(line.remittanceText()).isEqualTo("entry text");
        }

        @Test
        void chargeNotIncludedIsIgnored() {
            Entry entry =
                    entry(
                            eur("5.00"),
                            EntryStatus.BOOKED,
                            List.of(new Charge(eur("-0.50"), null, null)),
                            List.of());

            assertThat(BankLineMapper.map(header(), entry).get(0).charges()).isEmpty();
        }

        @ParameterizedTest(name = "{0} including a charge of {1}")
        @CsvSource({
            "-105.00, -5.00, -100.00, false",
            "-5.00, -5.00, 0.00, true",
            "98.50, -1.50, 100.00, false"
        })
        void includedChargeOnDebitOrCredit(
                String amount, String charge, String gross, boolean chargesOnly) {
            Entry entry =
                    entry(
                            eur(amount),
                            EntryStatus.BOOKED,
                            List.of(new Charge(eur(charge), "CHRG", true)),
                            List.of());

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.grossAmount()).isEqualTo(eur(gross));
            assertThat(line.isChargesOnly()).isEqualTo(chargesOnly);
        }

        @ParameterizedTest(name = "{0} including charges {1}")
        @CsvSource({
            "98.50, -1.50, 1.50, 100.00, false",
            "101.00, 1.00, , 101.00, false",
            "-1.00, 5.00, , -1.00, false",
            "-105.00, -5.00 2.00, 3.00, -102.00, false",
            "-3.00, -5.00 2.00, 3.00, 0.00, true",
            "99.00, -1.50 -0.50 1.00, 1.00, 100.00, false",
            "-2.00, -1.00 1.00, , -2.00, false",
            "-2.00, -1.00 3.00, , -2.00, false"
        })
        void creditedChargeOffsetsFees(
                String amount, String records, String charge, String gross, boolean chargesOnly) {
            List<Charge> charges = new ArrayList<>();
            for (String chargeAmount : records.split(" ")) {
                charges.add(new Charge(eur(chargeAmount), "CHRG", true));
            }
            Entry entry = entry(eur(amount), EntryStatus.BOOKED, charges, List.of());

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.charges()).isEqualTo(charge == null ? List.of() : List.of(eur(charge)));
            assertThat(line.grossAmount()).isEqualTo(eur(gross));
            assertThat(line.isChargesOnly()).isEqualTo(chargesOnly);
        }

        @Test
        void creditedChargeNotIncludedIsIgnored() {
            Entry entry =
                    entry(
                            eur("-5.00"),
                            EntryStatus.BOOKED,
                            List.of(
                                    new Charge(eur("-1.00"), "CHRG", true),
                                    new Charge(eur("0.40"), "CHRG", false)),
                            List.of());

            assertThat(BankLineMapper.map(header(), entry).get(0).charges())
                    .containsExactly(eur("1.00"));
        }

        @Test
        void includedChargePastDebitRejected() {
            Entry entry =
                    entry(
                            eur("-1.00"),
                            EntryStatus.BOOKED,
                            List.of(new Charge(eur("-5.00"), "CHRG", true)),
                            List.of());

            assertThatThrownBy(() -> BankLineMapper.map(header(), entry))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid charges: 5.00 EUR in total on the amount -1.00 EUR; expected"
                                    + " fees of at most 1.00 EUR, because a debit's amount"
                                    + " includes its charges; pass only the charges that the"
                                    + " entry's amount includes");
        }
    }

    @Nested
    class Batches {

        @Test
        void splitsTransactionsWithAmounts() {
            Entry entry =
                    entry(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            List.of(
                                    details(eur("10.00"), "A", null, null, "INV-1"),
                                    details(eur("20.00"), "B", null, null, "INV-2")));

            List<BankLine> lines = BankLineMapper.map(header(), entry);

            assertThat(lines)
                    .extracting(BankLine::amount)
                    .containsExactly(eur("10.00"), eur("20.00"));
            assertThat(lines)
                    .extracting(line -> line.accountServicerReference().orElseThrow())
                    .containsExactly("BANKREF-9#1", "BANKREF-9#2");
            assertThat(lines).allSatisfy(line -> assertThat(line.batch()).isEmpty());
        }

        @Test
        void keepsEntryWithoutAmounts() {
            Entry entry =
                    entry(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            List.of(
                                    details(null, "A", null, null, "INV-1"),
                                    details(null, "B", null, null, "INV-2")));

            List<BankLine> lines = BankLineMapper.map(header(), entry);

            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).amount()).isEqualTo(eur("30.00"));
            assertThat(lines.get(0).batch())
                    .contains(new BatchBooking(Optional.empty(), List.of("A", "B"), List.of()));
        }

        @Test
        void totalWithCountOnly() {
            Entry entry = batch(eur("30.00"), EntryStatus.BOOKED, List.of(), 3, List.of());

            List<BankLine> lines = BankLineMapper.map(header(), entry);

            assertThat(lines).hasSize(1);
            assertThat(lines.get(0).batch()).contains(BatchBooking.ofCount(3));
            assertThat(lines.get(0).accountServicerReference()).contains("BANKREF-9");
        }

        @Test
        void countWithReferences() {
            Entry entry =
                    batch(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            4,
                            List.of(
                                    details(null, "A", null, null, "INV-1"),
                                    details(null, "B", null, null, "INV-2")));

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.batch())
                    .contains(new BatchBooking(Optional.of(4), List.of("A", "B"), List.of()));
        }

        @Test
        void countBelowDetailsIsDropped() {
            Entry entry =
                    batch(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            1,
                            List.of(
                                    details(null, "A", null, null, "INV-1"),
                                    details(null, "B", null, null, "INV-2")));

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.batch())
                    .contains(new BatchBooking(Optional.empty(), List.of("A", "B"), List.of()));
        }

        @Test
        void countOfOneIsNoBatch() {
            Entry entry =
                    batch(
                            eur("30.00"),
                            EntryStatus.BOOKED,
                            List.of(),
                            1,
                            List.of(details(null, "A", null, null, "INV-1")));

            assertThat(BankLineMapper.map(header(), entry).get(0).batch()).isEmpty();
        }
    }

    @Nested
    class FeeCodes {

        private static BankTransactionCode code(String text) {
            String[] parts = text.split("/", -1);
            return new BankTransactionCode(
                    blankToNull(parts[0]),
                    blankToNull(parts[1]),
                    blankToNull(parts[2]),
                    blankToNull(parts[3]),
                    blankToNull(parts[4]));
        }

        private static String blankToNull(String part) {
            return part.isEmpty() ? null : part;
        }

        private static Entry coded(String amount, BankTransactionCode code, List<Charge> charges) {
            return new Entry(
                    null,
                    "FEE-1",
                    DAY,
                    DAY,
                    eur(amount),
                    EntryStatus.BOOKED,
                    false,
                    code,
                    charges,
                    null,
                    List.of(),
                    "fee text");
        }

        @ParameterizedTest(name = "{0} with code {1}")
        @CsvSource({
            "-2.76, ///NCOM/SWIFT, 2.76, true",
            "-24.00, ///NCHG/SWIFT, 24.00, true",
            "-1.00, ///FCOM/SWIFT, 1.00, true",
            "-1.00, ///FCHG/SWIFT, 1.00, true",
            "-328.75, PMNT/RCDT/CHRG//, 328.75, true",
            "-24.00, ACMT/ADOP/CHRG//, 24.00, true",
            "-3.50, ACMT/MDOP/FEES//, 3.50, true",
            "-4.20, PMNT/ICDT/COMM//, 4.20, true",
            "-4.20, ACMT/MDOP/COME//, 4.20, true",
            "-4.20, ACMT/MDOP/COMI//, 4.20, true",
            "-4.20, ACMT/ADOP/COMT//, 4.20, true",
            "-4.20, SECU/CASH/CHAR//, 4.20, true",
            "-4.20, SECU/CASH/BKFE//, 4.20, true",
            "-4.20, SECU/CASH/OVCH//, 4.20, true",
            "-4.20, ///NBNK/SWIFT, 4.20, true",
            "-4.20, ///NODC/SWIFT, 4.20, true",
            "-4.20, ///FBNK/SWIFT, 4.20, true",
            "-4.20, ///FODC/SWIFT, 4.20, true",
            "-4.20, SECU/CASH/BROK//, , false",
            "-4.20, SECU/CASH/MNFE//, , false",
            "-4.20, SECU/CASH/UNCO//, , false",
            "-4.20, SECU/CASH/ERWI//, , false",
            "-4.20, SECU/CASH/TRFE//, , false",
            "-4.20, SECU/CASH/FUCO//, , false",
            "-4.20, SECU/CASH/STAM//, , false",
            "-4.20, SECU/CASH/WITH//, , false",
            "-4.20, ACMT/MDOP/INTR//, , false",
            "-4.20, ACMT/MDOP/RIMB//, , false",
            "-4.20, ///NBRF/SWIFT, , false",
            "-4.20, ///NMGT/SWIFT, , false",
            "-4.20, ///NUWC/SWIFT, , false",
            "-4.20, ///NTRN/SWIFT, , false",
            "-4.20, ///COMM/ABNAMRO, , false",
            "4.20, PMNT/RCDT/COMM//, , false",
            "-2.76, ///NMSC/SWIFT, , false",
            "-2.76, ///NTRF/SWIFT, , false",
            "-2.76, ///NCOM/BANK, , false",
            "-2.76, ///S103/SWIFT, , false",
            "-2.76, PMNT/ICDT/ESCT//, , false",
            "-2.76, ACMT/MDOP/TAXE//, , false",
            "-2.76, ///CHRG/ABNAMRO, , false",
            "-2.76, ////, , false",
            "2.76, ///NCOM/SWIFT, , false",
            "24.00, PMNT/RCDT/CHRG//, , false"
        })
        void debitWithFeeCodeBooksOnlyCharges(
                String amount, String code, String charge, boolean chargesOnly) {
            BankLine line =
                    BankLineMapper.map(header(), coded(amount, code(code), List.of())).get(0);

            assertThat(line.amount()).isEqualTo(eur(amount));
            assertThat(line.charges()).isEqualTo(charge == null ? List.of() : List.of(eur(charge)));
            assertThat(line.isChargesOnly()).isEqualTo(chargesOnly);
            assertThat(line.isReturnOrReversal()).isEqualTo(amount.startsWith("-") && !chargesOnly);
        }

        @Test
        void reversalWithFeeCodeBooksOnlyCharges() {
            Entry entry =
                    new Entry(
                            null,
                            "FEE-2",
                            DAY,
                            DAY,
                            eur("-2.76"),
                            EntryStatus.BOOKED,
                            true,
                            code("///NCOM/SWIFT"),
                            List.of(),
                            null,
                            List.of(),
                            "fee text");

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.reversal()).isTrue();
            assertThat(line.charges()).containsExactly(eur("2.76"));
            assertThat(line.isChargesOnly()).isTrue();
            assertThat(line.isReturnOrReversal()).isFalse();
        }

        @Test
        void feeDebitIgnoresChargeRecords() {
            List<Charge> records =
                    List.of(
                            new Charge(eur("-1.00"), "CHRG", true),
                            new Charge(eur("-9.00"), "CHRG", true));
            Entry entry = coded("-5.00", code("PMNT/RCDT/CHRG//"), records);

            BankLine line = BankLineMapper.map(header(), entry).get(0);

            assertThat(line.charges()).containsExactly(eur("5.00"));
            assertThat(line.isChargesOnly()).isTrue();
        }

        @Test
        void transactionCodeOverridesEntryCode() {
            TransactionDetails fee =
                    new TransactionDetails(
                            eur("-1.50"),
                            null,
                            null,
                            null,
                            "TX-FEE",
                            null,
                            new Counterparty(null, null, null, null),
                            List.of(),
                            List.of(),
                            code("PMNT/CCRD/FEES//"),
                            List.of(),
                            null,
                            null);
            Entry entry =
                    batch(
                            eur("-11.50"),
                            EntryStatus.BOOKED,
                            List.of(),
                            null,
                            List.of(details(eur("-10.00"), "A", null, null, "INV-1"), fee));

            List<BankLine> lines = BankLineMapper.map(header(), entry);

            assertThat(lines)
                    .extracting(BankLine::amount)
                    .containsExactly(eur("-10.00"), eur("-1.50"));
            assertThat(lines).extracting(BankLine::isChargesOnly).containsExactly(false, true);
            assertThat(lines.get(1).charges()).containsExactly(eur("1.50"));
        }
    }

    @Nested
    class Statements {

        @Test
        void skipsEntriesNotBooked() {
            Statement statement =
                    new Statement(
                            header(),
                            List.of(),
                            List.of(
                                    entry(eur("1.00"), EntryStatus.BOOKED, List.of(), List.of()),
                                    entry(eur("2.00"), EntryStatus.PENDING, List.of(), List.of())),
                            List.of());

            List<BankLine> lines = BankLineMapper.map(statement);

            assertThat(lines).extracting(BankLine::amount).containsExactly(eur("1.00"));
        }
    }
}
