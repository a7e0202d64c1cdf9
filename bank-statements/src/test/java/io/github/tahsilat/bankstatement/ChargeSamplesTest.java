package io.github.tahsilat.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.bankstatement.reconciliation.BankLineMapper;
import io.github.tahsilat.reconciliation.BankLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the public sample statements carry the bank's charges, and what the lines keep of them. */
class ChargeSamplesTest {

    private static Money chf(String amount) {
        return Money.of(new BigDecimal(amount), "CHF");
    }

    private static List<BankLine> lines(String folder, String name) {
        return SharedData.read(folder, name).stream()
                .flatMap(statement -> BankLineMapper.map(statement).stream())
                .toList();
    }

    @Test
    void postFinanceChargesBookedApartStayOffLines() {
        List<BankLine> lines = lines("camt053", "postfinance-ch-camt053v04-example.xml");

        // Every charge record of the file has ChrgInclInd false, so the entry amount excludes it.
        assertThat(lines).isNotEmpty();
        assertThat(lines)
                .filteredOn(line -> !line.isChargesOnly())
                .allSatisfy(line -> assertThat(line.charges()).isEmpty());
        assertThat(lines)
                .filteredOn(line -> line.amount().isNegative() && line.reversal())
                .extracting(BankLine::grossAmount)
                .containsExactlyInAnyOrder(chf("-6.00"), chf("-15.53"));
    }

    @Test
    void postFinanceNotificationChargesStayOffLines() {
        List<BankLine> lines = lines("camt053", "postfinance-ch-camt054v04-es-batch.xml");

        assertThat(lines).hasSize(8);
        assertThat(lines).allSatisfy(line -> assertThat(line.charges()).isEmpty());
    }

    @Test
    void postFinanceFeeEntriesBookOnlyCharges() {
        List<BankLine> lines = lines("camt053", "postfinance-ch-camt053v04-example.xml");

        // One entry is ACMT/ADOP/CHRG and five are PMNT/RCDT/CHRG, all debits.
        assertThat(lines)
                .filteredOn(BankLine::isChargesOnly)
                .extracting(BankLine::amount)
                .containsExactly(
                        chf("-24.00"),
                        chf("-328.75"),
                        chf("-200.80"),
                        chf("-638.15"),
                        chf("-24.00"),
                        chf("-35.72"));
        assertThat(lines)
                .filteredOn(BankLine::isChargesOnly)
                .allSatisfy(
                        line -> assertThat(line.charges()).containsExactly(line.amount().negate()));
    }

    @Test
    void mt940CommissionBooksOnlyCharges() {
        List<BankLine> lines = lines("mt940", "brd-ro-mt940.940");

        // MT940 has no charges field, and BRD books its commission as a debit of its own (NCOM).
        assertThat(lines).hasSize(2);
        assertThat(lines)
                .extracting(BankLine::amount)
                .containsExactly(
                        Money.of(new BigDecimal("-210.60"), "EUR"),
                        Money.of(new BigDecimal("-2.76"), "EUR"));
        assertThat(lines.get(0).charges()).isEmpty();
        assertThat(lines.get(0).isReturnOrReversal()).isTrue();
        assertThat(lines.get(1).charges()).containsExactly(Money.of(new BigDecimal("2.76"), "EUR"));
        assertThat(lines.get(1).isChargesOnly()).isTrue();
        assertThat(lines.get(1).isReturnOrReversal()).isFalse();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "abnamro-nl-camt053v02-dagafschrift-example.xml, 0, 0, 0",
        "goldmansachs-uk-camt053v02-two-statements.xml, 0, 0, 0",
        "goldmansachs-us-camt053v02-sample.xml, 0, 0, 0",
        "ing-nl-camt053v02-example.xml, 0, 0, 0",
        "nordea-fi-camt053v02-example.xml, 0, 0, 0",
        "postfinance-ch-camt053v04-example.xml, 24, 0, 0",
        "postfinance-ch-camt054v04-es-batch.xml, 8, 0, 0",
        "postfinance-ch-camt054v08-qrr-batch.xml, 0, 0, 0"
    })
    void chargeRecordsPerSampleFile(String name, int records, int credited, int included) {
        List<Charge> charges =
                SharedData.read("camt053", name).stream()
                        .flatMap(statement -> statement.entries().stream())
                        .flatMap(
                                entry ->
                                        Stream.concat(
                                                entry.charges().stream(),
                                                entry.details().stream()
                                                        .flatMap(
                                                                detail ->
                                                                        detail.charges().stream())))
                        .toList();

        // No record is credited or included, so the offset of credited charges changes no line.
        assertThat(charges).hasSize(records);
        assertThat(charges).filteredOn(charge -> charge.amount().isPositive()).hasSize(credited);
        assertThat(charges)
                .filteredOn(charge -> Boolean.TRUE.equals(charge.includedInEntry()))
                .hasSize(included);
    }

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
        "camt053, abnamro-nl-camt053v02-dagafschrift-example.xml, 0",
        "camt053, goldmansachs-uk-camt053v02-two-statements.xml, 0",
        "camt053, goldmansachs-us-camt053v02-sample.xml, 0",
        "camt053, ing-nl-camt053v02-example.xml, 0",
        "camt053, nordea-fi-camt053v02-example.xml, 0",
        "camt053, postfinance-ch-camt053v04-example.xml, 6",
        "camt053, postfinance-ch-camt054v04-es-batch.xml, 0",
        "camt053, postfinance-ch-camt054v08-qrr-batch.xml, 0",
        "mt940, brd-ro-mt940.940, 1",
        "mt940, bunq-nl-mt940.sta, 0",
        "mt940, german-bank-sepa-mt940-multi-statement.sta, 0",
        "mt940, ing-nl-mt940-structured.940, 0",
        "mt940, mbank-pl-mt940.sta, 0",
        "mt940, rabobank-nl-mt940-classic.sta, 0"
    })
    void feeEntriesPerSampleFile(String folder, String name, int feeEntries) {
        List<BankLine> lines = lines(folder, name);

        assertThat(lines).isNotEmpty();
        assertThat(lines).filteredOn(BankLine::isChargesOnly).hasSize(feeEntries);
    }
}
