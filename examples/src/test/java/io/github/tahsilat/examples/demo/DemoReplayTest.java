package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DemoReplayTest {

    private static DemoResult replay(long seed, int customers, int months) throws IOException {
        Path folder = Files.createTempDirectory("tahsilat-demo-test");
        try {
            DemoScenario scenario = ScenarioGenerator.generate(seed, customers, months);
            return DemoReplay.run(scenario, folder, (done, total, day) -> {});
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Test
    void seededRunGivesTheseFigures() throws Exception {
        DemoResult result = replay(20240101, 150, 6);

        DemoResult.Counts counts = result.counts();
        assertThat(counts.invoices()).isEqualTo(88);
        assertThat(counts.creditNotes()).isEqualTo(1);
        assertThat(counts.promises()).isEqualTo(2);
        assertThat(counts.statementFiles()).isEqualTo(121);
        assertThat(result.statementLines(DemoResult.StatementDay::matched)).isEqualTo(90);
        assertThat(result.statementLines(DemoResult.StatementDay::suggested)).isEqualTo(5);
        assertThat(result.statementLines(DemoResult.StatementDay::unmatched)).isEqualTo(2);
        assertThat(result.statementLines(DemoResult.StatementDay::reversed)).isEqualTo(2);
        assertThat(result.reimport())
                .isEqualTo(new DemoResult.Reimport(LocalDate.of(2024, 1, 23), 0, 1));
        DemoResult.Instruments instruments = result.instruments();
        assertThat(instruments.received()).isEqualTo(10);
        assertThat(instruments.notes()).isEqualTo(2);
        assertThat(instruments.handedToBank()).isEqualTo(7);
        assertThat(instruments.cleared()).isEqualTo(9);
        assertThat(instruments.bounced()).isEqualTo(1);
        assertThat(instruments.endorsed()).isEqualTo(2);
        assertThat(instruments.feesCharged()).isEqualTo(money("500.00", "TRY"));
        DemoResult.CurrencyFigures lira = result.currencies().get(0);
        assertThat(lira.invoiced()).isEqualTo(money("3039868.47", "TRY"));
        assertThat(lira.received()).isEqualTo(money("2137921.78", "TRY"));
        assertThat(lira.instruments()).isEqualTo(money("172812.06", "TRY"));
        assertThat(lira.outstanding()).isEqualTo(money("724048.86", "TRY"));
        assertThat(
                        List.of(
                                result.noticesAtLevel(1),
                                result.noticesAtLevel(2),
                                result.noticesAtLevel(3)))
                .isEqualTo(List.of(40, 30, 9));
        assertPageMakesNoRequest(HtmlReport.render(result));
    }

    /** Checks that the page parses as XML and names nothing to load but its data-URI images. */
    private static void assertPageMakesNoRequest(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        String withoutImages = html.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]*", "");
        assertThat(withoutImages.toLowerCase(Locale.ROOT))
                .doesNotContain("http")
                .doesNotContain("<script")
                .doesNotContain("<link")
                .doesNotContain("url(")
                .doesNotContain("@import");
    }

    private static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    @Property(tries = 6)
    void replayConservesMoney(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 10, max = 80) int customers,
            @ForAll @IntRange(min = 1, max = 4) int months)
            throws IOException {
        DemoResult result = replay(seed, customers, months);

        for (DemoResult.CurrencyFigures figures : result.currencies()) {
            MonetaryAmount remaining =
                    figures.invoiced()
                            .add(figures.fees())
                            .subtract(figures.applied())
                            .subtract(figures.instruments())
                            .subtract(figures.discounts())
                            .subtract(figures.credited());
            assertThat(remaining)
                    .as(figures.currency().getCurrencyCode())
                    .isEqualByComparingTo(figures.outstanding());
            assertThat(figures.applied().add(figures.overpaid()))
                    .as(figures.currency().getCurrencyCode())
                    .isEqualByComparingTo(figures.received());
        }
    }

    @Property(tries = 3)
    void secondImportBooksNothing(@ForAll @LongRange(min = 1, max = 1_000_000) long seed)
            throws IOException {
        DemoResult result = replay(seed, 40, 2);

        DemoResult.Reimport reimport = result.reimport();
        if (reimport == null) {
            assertThat(result.statementLines(DemoResult.StatementDay::matched)).isZero();
            return;
        }
        DemoResult.StatementDay first =
                result.statementDays().stream()
                        .filter(day -> day.date().equals(reimport.date()))
                        .findFirst()
                        .orElseThrow();
        assertThat(reimport.booked()).isZero();
        assertThat(reimport.alreadyBooked()).isEqualTo(first.matched());
    }

    @Property(tries = 3)
    void everyBusinessDayHasOneStatementAndOneRun(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws IOException {
        DemoResult result = replay(seed, 20, 2);

        assertThat(result.counts().statementFiles()).isEqualTo(result.counts().dunningRuns());
        assertThat(result.statementDays()).hasSize(result.counts().statementFiles());
        assertThat(result.agingByMonthEnd()).hasSize(2 * 3);
        assertThat(result.collections()).hasSize(2 * 3);
    }
}
