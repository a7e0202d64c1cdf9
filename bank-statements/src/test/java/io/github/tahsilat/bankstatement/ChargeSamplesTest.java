package io.github.tahsilat.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.bankstatement.reconciliation.BankLineMapper;
import io.github.tahsilat.reconciliation.BankLine;
import java.math.BigDecimal;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

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
        assertThat(lines).allSatisfy(line -> assertThat(line.charges()).isEmpty());
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
    void mt940CommissionIsEntryOfItsOwn() {
        List<BankLine> lines = lines("mt940", "brd-ro-mt940.940");

        // MT940 has no charges field, and BRD books its commission as a debit of its own.
        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(line -> assertThat(line.charges()).isEmpty());
        assertThat(lines)
                .extracting(BankLine::amount)
                .containsExactly(
                        Money.of(new BigDecimal("-210.60"), "EUR"),
                        Money.of(new BigDecimal("-2.76"), "EUR"));
        assertThat(lines).noneMatch(BankLine::isChargesOnly);
    }
}
