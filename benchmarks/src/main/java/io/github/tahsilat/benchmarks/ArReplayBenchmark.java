package io.github.tahsilat.benchmarks;

import io.github.tahsilat.examples.ArInvoice;
import io.github.tahsilat.examples.ArInvoiceCsv;
import io.github.tahsilat.examples.ArReplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Replays the public IBM accounts-receivable sample end to end with {@link ArReplay}: every invoice
 * issued on its day, every settlement recorded, and a dunning run on each day, on the in-memory
 * store. Scores are milliseconds per whole replay, each on a new engine.
 *
 * <p>The file is read once in the setup, so the score leaves out parsing. Pass its path with {@code
 * -p arCsv=PATH}; without it the benchmark reads {@code
 * ar-dataset/ibm-watson-accounts-receivable.csv} under the folder of the system property {@code
 * tahsilat.sharedData}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ArReplayBenchmark {

    @Param("")
    String arCsv;

    List<ArInvoice> invoices;

    @Setup
    public void read() {
        Path file = arCsv.isBlank() ? defaultFile() : Path.of(arCsv);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(
                    "AR sample file not found: " + file + "; pass its path with -p arCsv=PATH");
        }
        invoices = ArInvoiceCsv.read(file);
    }

    private static Path defaultFile() {
        String shared = System.getProperty("tahsilat.sharedData", "");
        return Path.of(shared, "ar-dataset", "ibm-watson-accounts-receivable.csv");
    }

    @Benchmark
    public ArReplay.Result replay() {
        return ArReplay.replay(invoices);
    }
}
