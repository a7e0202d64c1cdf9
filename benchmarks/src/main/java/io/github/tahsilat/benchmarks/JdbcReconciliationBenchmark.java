package io.github.tahsilat.benchmarks;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.ReconciliationService;
import io.github.tahsilat.service.reconciliation.StatementImport;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Imports one bank statement of {@code lines} lines through the engine's reconciliation service
 * over the JDBC store on PostgreSQL, with the default match settings and allocation policy. The
 * score is milliseconds per import (single-shot mode). The benchmark prints, for each import, the
 * time per line, the SQL statements and commits that the stores ran, and what happened to the
 * lines.
 *
 * <p>The setup starts the stores over an embedded PostgreSQL server ({@link EmbeddedStores}),
 * registers one company and {@code items / 20} customers through the engine, and writes {@code
 * items} open invoices of {@link OpenItemData}, {@value #BATCH} to a transaction. It then runs
 * {@code ANALYZE}, as autovacuum would some time after such a load, so that the imports are planned
 * with the tables' statistics.
 *
 * <p>Every import, warm-up included, pays invoices that no earlier import paid, with lines that no
 * earlier import stored, so that it books them. A second import of the same lines would only find
 * them booked. Import {@code n} pays invoice {@code n * lines + k} in full with its line {@code k}.
 * Seven lines in ten quote the invoice number in their remittance text, and the default settings
 * book them. The others carry only the payer's name and the amount, which the default settings
 * propose but do not book, so the import queues them. An iteration's setup fails when the invoices
 * run out, so {@code items} must be at least {@code lines} times the number of iterations, warm-up
 * included.
 *
 * <p>With {@code -p timeStatements=true}, the data source also times every statement and commit by
 * its SQL text ({@link OneConnection#timeStatements(boolean)}), and the report after each import
 * lists the {@value #TOP_STATEMENTS} SQL texts with the largest total time. The setup then also
 * measures the round-trip floor of the connection ({@link RoundTripFloor}) and prints it, and the
 * server sums its planning and execution time per statement ({@link EmbeddedStores#serverTimes}),
 * which the report lists too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JdbcReconciliationBenchmark {

    static final int BATCH = 1_000;

    /** The number of invoices per customer. */
    static final int ITEMS_PER_COUNTERPARTY = 20;

    /** The number of SQL texts that the timing report lists. */
    static final int TOP_STATEMENTS = 15;

    /** The number of calls of each kind that the round-trip floor averages. */
    static final int FLOOR_REPETITIONS = 5_000;

    /** The maximum number of characters of a SQL text that the timing report prints. */
    private static final int SQL_WIDTH = 150;

    private static final String ACCOUNT = "TR330006100519786457841326";

    /** The number of open invoices written before the first import. */
    @Param("100000")
    int items;

    /** The number of lines of each imported statement. */
    @Param("10000")
    int lines;

    /** Whether to time each statement and commit by its SQL text and print the largest totals. */
    @Param("false")
    boolean timeStatements;

    private EmbeddedStores server;
    private Tahsilat engine;
    private ReconciliationService reconciliation;
    private CompanyId companyId;
    private OpenItemData data;
    private String[] names;
    private int imports;
    private StatementImport statement;
    private ReconciliationResult result;
    private long elapsedNanos;

    @Setup(Level.Trial)
    public void start() throws IOException, SQLException {
        server = EmbeddedStores.start(timeStatements);
        engine =
                Tahsilat.builder()
                        .stores(server.stores())
                        .clock(
                                Clock.fixed(
                                        OpenItemData.AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC),
                                        ZoneOffset.UTC))
                        .build();
        reconciliation =
                engine.reconciliation(MatchSettings.defaults(), AllocationPolicy.defaults());
        data = OpenItemData.generate(items, Math.max(1, items / ITEMS_PER_COUNTERPARTY), 0.6, 23);
        names = new String[data.counterparties()];
        for (int c = 0; c < names.length; c++) {
            names[c] = "Customer " + c + " Ticaret A.S.";
        }
        companyId = CompanyId.random();
        BenchmarkCompany.register(engine, companyId, data, c -> names[c]);
        StoredInvoices.insertInBatches(engine.stores(), companyId.value(), data, BATCH);
        server.analyze();
        if (timeStatements) {
            System.out.printf(
                    "%n%s%n",
                    RoundTripFloor.measure(server.connection().getConnection(), FLOOR_REPETITIONS));
            server.connection().timeStatements(true);
        }
    }

    /**
     * Builds the statement of the next import, over invoices that no earlier import paid.
     *
     * @throws IllegalStateException if fewer than {@code lines} invoices are left unpaid
     */
    @Setup(Level.Iteration)
    public void nextStatement() throws SQLException {
        int first = imports * lines;
        if (first + lines > items) {
            throw new IllegalStateException(
                    "import "
                            + (imports + 1)
                            + " needs invoices "
                            + first
                            + " to "
                            + (first + lines - 1)
                            + " but only "
                            + items
                            + " are written; raise items to at least lines times the iterations,"
                            + " warm-up included");
        }
        List<BankLine> statementLines = new ArrayList<>(lines);
        for (int k = 0; k < lines; k++) {
            statementLines.add(line(first + k, k % 10 < 7, "S" + imports + "-" + k));
        }
        statement = new StatementImport(companyId, "STMT-" + imports, statementLines);
        imports++;
        server.connection().resetCounts();
        if (timeStatements) {
            server.resetServerTimes();
        }
    }

    /** Returns the line that pays invoice {@code item} in full, quoting its number or not. */
    private BankLine line(int item, boolean quotesNumber, String reference) {
        BankLine.Builder line =
                BankLine.builder()
                        .accountId(ACCOUNT)
                        .bookingDate(OpenItemData.AS_OF)
                        .amount(OpenItemData.euros(data.openMinor()[item]))
                        .accountServicerReference(reference);
        if (quotesNumber) {
            return line.remittanceText("Payment of " + OpenItemData.number(item) + " thanks")
                    .build();
        }
        return line.remittanceText("Payment")
                .counterpartyName(names[data.counterparty()[item]])
                .build();
    }

    /** Prints the import's time per line, statement counts and outcome. */
    @TearDown(Level.Iteration)
    public void report() throws SQLException {
        OneConnection connection = server.connection();
        System.out.printf(
                "%nimport of %d lines: %.1f us per line, %d statements (%.2f per line), %d"
                        + " commits; %d booked, %d suggested, %d unmatched, %d already booked%n",
                lines,
                elapsedNanos / 1e3 / lines,
                connection.executions(),
                (double) connection.executions() / lines,
                connection.commits(),
                result.booked().size(),
                result.suggested().size(),
                result.unmatched().size(),
                result.alreadyBooked().size());
        if (timeStatements) {
            printStatementTimes(connection.statementTimes());
            printServerTimes(server.serverTimes(Integer.MAX_VALUE));
        }
    }

    /** Prints the SQL texts with the largest total time, and the share of the import they took. */
    private void printStatementTimes(List<OneConnection.StatementTime> times) {
        long total = 0;
        for (OneConnection.StatementTime time : times) {
            total += time.nanos();
        }
        System.out.printf(
                "time in statements and commits: %.0f ms of %.0f ms (%.0f %%), %d SQL texts%n",
                total / 1e6, elapsedNanos / 1e6, 100.0 * total / elapsedNanos, times.size());
        System.out.printf("%9s %9s %9s %6s  %s%n", "count", "total ms", "mean us", "share", "sql");
        for (OneConnection.StatementTime time :
                times.subList(0, Math.min(TOP_STATEMENTS, times.size()))) {
            System.out.printf(
                    "%9d %9.1f %9.1f %5.1f%%  %s%n",
                    time.count(),
                    time.nanos() / 1e6,
                    time.nanos() / 1e3 / time.count(),
                    100.0 * time.nanos() / total,
                    shortened(time.sql()));
        }
    }

    /** Prints the server's statements with the largest planning and execution time. */
    private void printServerTimes(List<EmbeddedStores.ServerTime> times) {
        double plan = 0;
        double execution = 0;
        long calls = 0;
        for (EmbeddedStores.ServerTime time : times) {
            plan += time.planMillis();
            execution += time.executionMillis();
            calls += time.calls();
        }
        System.out.printf(
                "on the server: %.0f ms planning and %.0f ms execution in %d calls of %d"
                        + " statements%n",
                plan, execution, calls, times.size());
        System.out.printf(
                "%9s %9s %9s %9s  %s%n", "calls", "plan ms", "exec ms", "mean us", "query");
        for (EmbeddedStores.ServerTime time :
                times.subList(0, Math.min(TOP_STATEMENTS, times.size()))) {
            double mean = (time.planMillis() + time.executionMillis()) * 1e3 / time.calls();
            System.out.printf(
                    "%9d %9.1f %9.1f %9.1f  %s%n",
                    time.calls(),
                    time.planMillis(),
                    time.executionMillis(),
                    mean,
                    shortened(time.query()));
        }
    }

    /** Returns {@code sql} on one line, cut to {@value #SQL_WIDTH} characters. */
    private static String shortened(String sql) {
        String line = sql.replaceAll("\\s+", " ").strip();
        return line.length() > SQL_WIDTH ? line.substring(0, SQL_WIDTH) + "..." : line;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException, SQLException {
        server.close();
    }

    /** Imports the next statement and returns what happened to its lines. */
    @Benchmark
    public ReconciliationResult importStatement() {
        long start = System.nanoTime();
        result = reconciliation.importStatement(statement);
        elapsedNanos = System.nanoTime() - start;
        return result;
    }
}
