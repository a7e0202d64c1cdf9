package io.github.tahsilat.bankstatement;

import static io.github.tahsilat.bankstatement.CamtXml.balance;
import static io.github.tahsilat.bankstatement.CamtXml.entry;
import static io.github.tahsilat.bankstatement.CamtXml.read;
import static io.github.tahsilat.bankstatement.CamtXml.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.bankstatement.reconciliation.BankLineMapper;
import io.github.tahsilat.reconciliation.BankLine;
import java.math.BigDecimal;
import java.util.List;
import org.javamoney.moneta.Money;
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
}
