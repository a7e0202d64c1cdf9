package io.github.tahsilat.benchmarks;

import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import java.util.ArrayList;
import java.util.List;
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
 * Computes the entry keys of one statement of 100,000 bank lines with {@link
 * BankEntryKey#forStatement}, the first step of every import. The lines are those of {@code
 * ReconciliationBenchmark}: each has a bank reference, and seven in ten quote an invoice number in
 * their remittance text. Scores are nanoseconds per line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1)
@OperationsPerInvocation(EntryKeyBenchmark.LINES)
public class EntryKeyBenchmark {

    static final int LINES = 100_000;

    private static final String ACCOUNT = "TR330006100519786457841326";

    List<BankLine> lines;

    @Setup
    public void generate() {
        lines = new ArrayList<>(LINES);
        for (int k = 0; k < LINES; k++) {
            String text =
                    k % 10 < 7
                            ? "Payment of " + OpenItemData.number(10 * k) + " thanks"
                            : "Payment";
            lines.add(
                    BankLine.builder()
                            .accountId(ACCOUNT)
                            .bookingDate(OpenItemData.AS_OF)
                            .amount(OpenItemData.euros(1_000 + k))
                            .accountServicerReference("ASR" + k)
                            .remittanceText(text)
                            .build());
        }
    }

    @Benchmark
    public List<BankEntryKey> forStatement() {
        return BankEntryKey.forStatement(lines);
    }
}
