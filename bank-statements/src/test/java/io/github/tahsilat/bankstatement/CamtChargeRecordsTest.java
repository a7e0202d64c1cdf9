package io.github.tahsilat.bankstatement;

import static io.github.tahsilat.bankstatement.CamtXml.balance;
import static io.github.tahsilat.bankstatement.CamtXml.entry;
import static io.github.tahsilat.bankstatement.CamtXml.read;
import static io.github.tahsilat.bankstatement.CamtXml.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.bankstatement.reconciliation.BankLineMapper;
import io.github.tahsilat.reconciliation.BankLine;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How camt charge records ({@code Chrgs/Rcrd}) are read and what a bank line keeps of them. */
class CamtChargeRecordsTest {

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static String chargeRecord(String amount, String direction, String included) {
        return "<Rcrd><Amt Ccy=\"EUR\">"
                + amount
                + "</Amt>"
                + (direction.isEmpty() ? "" : "<CdtDbtInd>" + direction + "</CdtDbtInd>")
                + (included.isEmpty() ? "" : "<ChrgInclInd>" + included + "</ChrgInclInd>")
                + "</Rcrd>";
    }

    private static Statement statementWith(String entryAmount, String records) {
        BigDecimal amount = new BigDecimal(entryAmount);
        String entry =
                entry(
                        amount,
                        "<Sts>BOOK</Sts>",
                        "<BookgDt><Dt>2024-03-31</Dt></BookgDt>",
                        "<Chrgs>" + records + "</Chrgs>");
        String opening = balance("OPBD", new BigDecimal("100.00"), "2024-03-30");
        String closing = balance("CLBD", new BigDecimal("100.00").add(amount), "2024-03-31");
        return read(statement("08", opening + closing, entry)).get(0);
    }

    @ParameterizedTest(name = "{1} {0} included {2}")
    @CsvSource({
        "1.50, DBIT, true, -1.50, true",
        "1.50, CRDT, true, 1.50, true",
        "1.50, , true, -1.50, true",
        "1.50, CRDT, false, 1.50, false",
        "1.50, DBIT, , -1.50, "
    })
    void recordKeepsSignAndInclusion(
            String amount,
            String direction,
            String included,
            String signedAmount,
            Boolean includedInEntry) {
        Statement statement =
                statementWith(
                        "98.50",
                        chargeRecord(
                                amount,
                                direction == null ? "" : direction,
                                included == null ? "" : included));

        Charge charge = statement.entries().get(0).charges().get(0);

        assertThat(charge.amount()).isEqualTo(eur(signedAmount));
        assertThat(charge.includedInEntry()).isEqualTo(includedInEntry);
    }

    @ParameterizedTest(name = "{0} with DBIT {1} and CRDT {2}, both included")
    @CsvSource({
        "98.50, 1.50, 0.00, 1.50, 100.00",
        "101.00, 0.00, 1.00, , 101.00",
        "-105.00, 5.00, 2.00, 3.00, -102.00",
        "-3.00, 5.00, 2.00, 3.00, 0.00"
    })
    void creditedRecordOffsetsDebitedRecord(
            String entryAmount, String debited, String credited, String charge, String gross) {
        String records =
                chargeRecord(debited, "DBIT", "true") + chargeRecord(credited, "CRDT", "true");

        List<BankLine> lines = BankLineMapper.map(statementWith(entryAmount, records));

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).charges())
                .isEqualTo(charge == null ? List.of() : List.of(eur(charge)));
        assertThat(lines.get(0).grossAmount()).isEqualTo(eur(gross));
    }

    @Test
    void transactionRecordsOfSingleTransaction() {
        String transaction =
                "<NtryDtls><TxDtls><Chrgs>"
                        + chargeRecord("1.50", "DBIT", "true")
                        + "</Chrgs></TxDtls></NtryDtls>";

        List<BankLine> lines = BankLineMapper.map(statementWithExtra("98.50", transaction));

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).charges()).isEqualTo(List.of(eur("1.50")));
        assertThat(lines.get(0).grossAmount()).isEqualTo(eur("100.00"));
    }

    @Test
    void entryRecordsWinOverTransactionRecords() {
        String extra =
                "<Chrgs>"
                        + chargeRecord("1.50", "DBIT", "true")
                        + "</Chrgs><NtryDtls><TxDtls><Chrgs>"
                        + chargeRecord("1.50", "DBIT", "true")
                        + "</Chrgs></TxDtls></NtryDtls>";

        List<BankLine> lines = BankLineMapper.map(statementWithExtra("98.50", extra));

        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).charges()).isEqualTo(List.of(eur("1.50")));
        assertThat(lines.get(0).grossAmount()).isEqualTo(eur("100.00"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "-10.00; DBIT 3.00, DBIT 4.00; 3.00 4.00; -3.00",
                "-1.00; DBIT 0.60, DBIT 0.60, CRDT 0.30; 0.90; -0.10",
                "100.00; DBIT 1.50, CRDT 0.00; 1.50; 101.50",
                "-5.00; CRDT 2.00; ; -5.00",
                "-5.00; DBIT 0.00, CRDT 0.00; ; -5.00",
                "98.50; DBIT 1.50, CRDT 1.50 false; 1.50; 100.00",
                "98.50; DBIT 1.50, DBIT 1.00 false; 1.50; 100.00"
            })
    void includedRecordsGiveCharges(
            String entryAmount, String records, String charges, String gross) {
        StringBuilder xml = new StringBuilder();
        for (String chargeRecord : records.split(", ")) {
            String[] parts = chargeRecord.split(" ");
            xml.append(chargeRecord(parts[1], parts[0], parts.length > 2 ? parts[2] : "true"));
        }

        List<BankLine> lines = BankLineMapper.map(statementWith(entryAmount, xml.toString()));

        assertThat(lines).hasSize(1);
        List<Money> expected =
                charges == null
                        ? List.of()
                        : Arrays.stream(charges.split(" "))
                                .map(CamtChargeRecordsTest::eur)
                                .toList();
        assertThat(lines.get(0).charges()).isEqualTo(expected);
        assertThat(lines.get(0).grossAmount()).isEqualTo(eur(gross));
    }

    @Test
    void manySmallRecords() {
        StringBuilder xml = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            xml.append(chargeRecord("0.01", "DBIT", "true"));
        }

        List<BankLine> lines = BankLineMapper.map(statementWith("-10.00", xml.toString()));

        assertThat(lines.get(0).charges()).hasSize(500);
        assertThat(lines.get(0).grossAmount()).isEqualTo(eur("-5.00"));
    }

    @Test
    void recordInOtherCurrencyIsSkipped() {
        String usd =
                "<Rcrd><Amt Ccy=\"USD\">1.50</Amt><CdtDbtInd>DBIT</CdtDbtInd>"
                        + "<ChrgInclInd>true</ChrgInclInd></Rcrd>";

        List<BankLine> lines = BankLineMapper.map(statementWith("98.50", usd));

        assertThat(lines.get(0).charges()).isEmpty();
    }

    private static Statement statementWithExtra(String entryAmount, String extra) {
        BigDecimal amount = new BigDecimal(entryAmount);
        String entry =
                entry(amount, "<Sts>BOOK</Sts>", "<BookgDt><Dt>2024-03-31</Dt></BookgDt>", extra);
        String opening = balance("OPBD", new BigDecimal("100.00"), "2024-03-30");
        String closing = balance("CLBD", new BigDecimal("100.00").add(amount), "2024-03-31");
        return read(statement("08", opening + closing, entry)).get(0);
    }
}
