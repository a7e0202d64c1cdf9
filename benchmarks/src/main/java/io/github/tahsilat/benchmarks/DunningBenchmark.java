package io.github.tahsilat.benchmarks;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.dunning.DunningLevel;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.dunning.DunningState;
import io.github.tahsilat.dunning.DunningStateColumns;
import io.github.tahsilat.dunning.LevelDecider;
import io.github.tahsilat.dunning.LevelDecision;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Selects the dunning level due for each of 1,000,000 open items on one date, 10 % of them past
 * due, under a policy of three levels. Scores are nanoseconds per item.
 *
 * <p>The policy: level 1 from 1 day past due when at least 5.00 EUR is open, level 2 from 30 days
 * and level 3 from 60 days, each at least 14 days after the previous notice, and the highest
 * reached level is sent. A third of the overdue items had level 1 sent 20 days ago and a third had
 * level 2 sent 10 days ago. The baseline applies the same rules to primitive arrays. The library
 * side calls {@link LevelDecider#decideLevels} once over the items' {@link DunningStateColumns},
 * and {@code libraryPerItem} calls {@link LevelDecider#decide} with each item's {@link
 * DunningState}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@OperationsPerInvocation(DunningBenchmark.ITEMS)
public class DunningBenchmark {

    static final int ITEMS = 1_000_000;

    private static final int[] THRESHOLDS = {1, 30, 60};
    private static final long[] MINIMUM_MINOR = {5_00, 0, 0};
    private static final int[] GAP_DAYS = {0, 14, 14};

    OpenItemData data;
    int[] lastLevel;
    int[] lastNoticeEpochDay;
    int[] selected;
    DunningState[] states;
    DunningStateColumns columns;
    DunningPolicy policy;
    BusinessCalendar calendar = HolidayCalendar.weekendsOnly();

    @Setup
    public void generate() {
        data = OpenItemData.generate(ITEMS, 50_000, 0.10, 7);
        lastLevel = new int[ITEMS];
        lastNoticeEpochDay = new int[ITEMS];
        selected = new int[ITEMS];
        states = new DunningState[ITEMS];
        int asOf = (int) OpenItemData.AS_OF.toEpochDay();
        for (int i = 0; i < ITEMS; i++) {
            boolean overdue = data.dueEpochDays()[i] < asOf;
            lastLevel[i] = overdue ? i % 3 : 0;
            lastNoticeEpochDay[i] = lastLevel[i] == 0 ? 0 : asOf - (lastLevel[i] == 1 ? 20 : 10);
            states[i] =
                    new DunningState(
                            LocalDate.ofEpochDay(data.dueEpochDays()[i]),
                            OpenItemData.euros(data.openMinor()[i]),
                            lastLevel[i],
                            lastLevel[i] == 0
                                    ? Optional.empty()
                                    : Optional.of(LocalDate.ofEpochDay(lastNoticeEpochDay[i])),
                            List.of());
        }
        DunningPolicy.Builder builder = DunningPolicy.builder("standard");
        for (int level = 0; level < THRESHOLDS.length; level++) {
            DunningLevel.Builder next =
                    DunningLevel.builder(level + 1, THRESHOLDS[level])
                            .minimumGapDays(GAP_DAYS[level])
                            .template("reminder-" + (level + 1));
            if (MINIMUM_MINOR[level] > 0) {
                next.minimum(OpenItemData.euros(MINIMUM_MINOR[level]));
            }
            builder.level(next.build());
        }
        policy = builder.build();
        DunningStateColumns.Builder columnsBuilder = DunningStateColumns.builder(OpenItemData.EUR);
        for (DunningState state : states) {
            columnsBuilder.add(state);
        }
        columns = columnsBuilder.build();
        checkSameSelection();
    }

    /** Checks that the library paths select the same level for each item as the baseline. */
    private void checkSameSelection() {
        int baselineCount = baseline();
        int[] expected = selected.clone();
        int libraryCount = library();
        if (libraryCount != baselineCount || !Arrays.equals(selected, expected)) {
            throw new IllegalStateException(
                    "the baseline selected "
                            + baselineCount
                            + " items and the library "
                            + libraryCount);
        }
        Arrays.fill(selected, 0);
        int perItemCount = libraryPerItem();
        if (perItemCount != baselineCount || !Arrays.equals(selected, expected)) {
            throw new IllegalStateException(
                    "the baseline selected "
                            + baselineCount
                            + " items and the library item by item "
                            + perItemCount);
        }
    }

    /** Returns how many items get a notice, and stores each item's level in {@code selected}. */
    @Benchmark
    public int baseline() {
        int asOf = (int) OpenItemData.AS_OF.toEpochDay();
        int[] due = data.dueEpochDays();
        long[] open = data.openMinor();
        int count = 0;
        for (int i = 0; i < ITEMS; i++) {
            // An item short of the first level's days reads only its due date, as the library does.
            int daysPastDue = asOf - due[i];
            int level =
                    daysPastDue < THRESHOLDS[0]
                            ? 0
                            : levelFor(
                                    daysPastDue,
                                    open[i],
                                    lastLevel[i],
                                    asOf - lastNoticeEpochDay[i]);
            selected[i] = level;
            if (level > 0) {
                count++;
            }
        }
        return count;
    }

    /** Returns the level to send, 0 for none, under the rules of {@link LevelDecider}. */
    private static int levelFor(int daysPastDue, long openMinor, int last, int daysSinceNotice) {
        if (openMinor <= 0) {
            return 0;
        }
        for (int level = THRESHOLDS.length; level > last; level--) {
            if (daysPastDue >= THRESHOLDS[level - 1] && openMinor >= MINIMUM_MINOR[level - 1]) {
                boolean gapPassed = last == 0 || daysSinceNotice >= GAP_DAYS[level - 1];
                return gapPassed ? level : 0;
            }
        }
        return 0;
    }

    /** Returns how many items get a notice, and stores each item's level in {@code selected}. */
    @Benchmark
    public int library() {
        return LevelDecider.decideLevels(policy, columns, OpenItemData.AS_OF, calendar, selected);
    }

    /** Returns how many items get a notice, and stores each level sent in {@code selected}. */
    @Benchmark
    public int libraryPerItem() {
        LocalDate asOf = OpenItemData.AS_OF;
        int count = 0;
        for (int i = 0; i < ITEMS; i++) {
            LevelDecision decision = LevelDecider.decide(policy, states[i], asOf, calendar);
            if (decision.level().isPresent()) {
                selected[i] = decision.level().get().number();
                count++;
            }
        }
        return count;
    }
}
