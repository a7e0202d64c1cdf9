package io.github.tahsilat.testkit.scenario;

import static io.github.tahsilat.testkit.scenario.DunningScenario.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.notice.NoticeLine;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.Exclusion;
import io.github.tahsilat.service.dunning.ExclusionReason;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cheques that mature after the run cover items one by one, not the whole counterparty.
 *
 * <p>Invoice A of 100.00 EUR and invoice B of 60.00 EUR are both due 2025-03-01, and level 1 is at
 * 7 days. A cheque received on 2025-03-05 is designated to one invoice, and the run is on
 * 2025-03-10.
 */
class InstrumentCoverTest {

    private static final LocalDate DUE = LocalDate.parse("2025-03-01");
    private static final LocalDate RECEIVED = LocalDate.parse("2025-03-05");
    private static final LocalDate RUN = LocalDate.parse("2025-03-10");

    private static DunningScenario scenario() {
        return DunningScenario.given(
                        DunningPolicy.builder("cover")
                                .level(DunningLevel.builder(1, 7).build())
                                .build())
                .invoice("A", "100.00", DUE)
                .invoice("B", "60.00", DUE);
    }

    private static Map<String, String> lines(DunningRunResult result) {
        return result.notices().stream()
                .flatMap(n -> n.lines().stream())
                .collect(
                        Collectors.toMap(
                                NoticeLine::invoiceNumber,
                                line -> line.outstanding().getNumber().toString()));
    }

    @ParameterizedTest
    @CsvSource({
        // amount, invoice, maturity, line of A, line of B, excluded
        "100.00, A, 2025-04-30, , 60.00, 1",
        "40.00, A, 2025-04-30, 60.00, 60.00, 0",
        "99.99, A, 2025-04-30, 0.01, 60.00, 0",
        "60.00, B, 2025-04-30, 100.00, , 1",
        "100.00, A, 2025-03-10, 100.00, 60.00, 0",
        "100.00, A, 2025-03-11, , 60.00, 1",
    })
    void chequeCoversItsItemOnly(
            String amount,
            String invoice,
            LocalDate maturity,
            String lineA,
            String lineB,
            int excluded) {
        DunningScenario s = scenario().cheque(amount, RECEIVED, maturity, invoice);

        DunningRunResult result = s.runOn(RUN);

        Map<String, String> lines = lines(result);
        assertThat(lines.get("A")).isEqualTo(lineA == null ? null : eurText(lineA));
        assertThat(lines.get("B")).isEqualTo(lineB == null ? null : eurText(lineB));
        assertThat(result.exclusions()).hasSize(excluded);
        assertThat(result.exclusions())
                .extracting(Exclusion::reason)
                .allMatch(reason -> reason == ExclusionReason.INSTRUMENT_NOT_MATURED);
    }

    @Test
    void partCoverShowsUncoveredTotal() {
        DunningScenario s =
                scenario().cheque("40.00", RECEIVED, LocalDate.parse("2025-04-30"), "A");

        Notice notice = s.runOn(RUN).notices().get(0);

        assertThat(notice.itemsTotal()).isEqualTo(eur("120.00"));
        assertThat(notice.total()).isEqualTo(eur("120.00"));
    }

    private static String eurText(String amount) {
        return eur(amount).getNumber().toString();
    }
}
