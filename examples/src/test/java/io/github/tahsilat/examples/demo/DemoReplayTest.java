package io.github.tahsilat.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

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
                            .subtract(figures.applied())
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
        assertThat(reimport).isNotNull();
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
