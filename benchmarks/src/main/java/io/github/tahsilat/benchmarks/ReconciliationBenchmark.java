package io.github.tahsilat.benchmarks;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.KeptMatchIndexes;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ContactDetails;
import io.github.tahsilat.persistence.spi.record.CounterpartyKind;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.Erasure;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BankLineMatcher;
import io.github.tahsilat.reconciliation.CompactBankLineMatcher;
import io.github.tahsilat.reconciliation.CompactBankLines;
import io.github.tahsilat.reconciliation.CompactMatchResult;
import io.github.tahsilat.reconciliation.CompactOpenItemIndex;
import io.github.tahsilat.reconciliation.MatchResult;
import io.github.tahsilat.reconciliation.MatchRules;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.OpenItemCandidate;
import io.github.tahsilat.reconciliation.OpenItemIndex;
import io.github.tahsilat.service.reconciliation.ReconciliationResult;
import io.github.tahsilat.service.reconciliation.ReconciliationService;
import io.github.tahsilat.service.reconciliation.StatementImport;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.money.Monetary;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Matches 100,000 bank lines against 1,000,000 open items of 50,000 counterparties. Scores are
 * nanoseconds per bank line; lines per second are 10⁹ divided by the score.
 *
 * <p>Line {@code k} pays item {@code 10k} in full. Seven lines in ten quote the invoice number in
 * their remittance text; the others carry only the payer's name and the amount. The library side
 * matches one statement of all lines with {@link BankLineMatcher} over an {@link OpenItemIndex}
 * filled once, as the booking side keeps it; the matcher never changes the index. The baseline
 * parses the number from the text and looks it up in an open-addressing hash table of {@code long}
 * keys, or finds the counterparty by name and then its item with the amount. The engine side
 * imports the same lines as one statement through {@code Tahsilat#reconciliation()} over the
 * in-memory store holding the items, which reads only the candidates of the lines through the
 * store's matching indexes; {@code engineKept} imports them through an engine built with {@code
 * keepMatchIndex()}, which matches against a compact index kept from the store's feed and reads no
 * candidates. The compact side matches the same lines, held in {@link CompactBankLines}, with
 * {@link CompactBankLineMatcher} over a {@link CompactOpenItemIndex} filled once with every open
 * item by slot; {@code compactRead} also reads the applied amount of every line as a {@code
 * MonetaryAmount}, and {@code baselineRead} the baseline's as a {@code long}. {@code compactKept}
 * runs the compact matcher alone over the index and lines that {@code engineKept} matches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@OperationsPerInvocation(ReconciliationBenchmark.LINES)
public class ReconciliationBenchmark {

    static final int ITEMS = 1_000_000;
    static final int COUNTERPARTIES = 50_000;
    static final int LINES = 100_000;

    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final String NUMBER_PREFIX = "INV-";

    /** One line in this many of the mixed statement carries a cut payer name. */
    static final int MIXED_EVERY = 100;

    OpenItemData data;
    String[] names;
    String[] lineText;
    String[] lineName;
    long[] lineMinor;
    int[] matchedItem;
    LongIntTable itemsByNumber;
    LongIntTable counterpartiesByName;
    int[] counterpartyStart;
    int[] counterpartyItems;
    List<BankLine> lines;
    List<BankLine> mixedLines;

    @Setup
    public void generate() {
        data = OpenItemData.generate(ITEMS, COUNTERPARTIES, 0.6, 23);
        names = new String[COUNTERPARTIES];
        for (int c = 0; c < COUNTERPARTIES; c++) {
            names[c] = "Customer " + c + " Ticaret A.S.";
        }
        indexArrays();
        writeLines();
    }

    /** The library's matcher over an {@link OpenItemIndex} of every open item, filled once. */
    @State(Scope.Benchmark)
    public static class Library {
        OpenItemIndex index;
        BankLineMatcher matcher;

        @Setup
        public void fill(ReconciliationBenchmark benchmark) {
            index = benchmark.indexLibrary();
            matcher = new BankLineMatcher(index, MatchSettings.defaults());
        }
    }

    /**
     * The compact matcher over a {@link CompactOpenItemIndex} of every open item, filled once with
     * item {@code i} in slot {@code i} and counterparty {@code c} as number {@code c}, and the
     * lines as compact columns.
     */
    @State(Scope.Benchmark)
    public static class Compact {
        CompactOpenItemIndex index;
        CompactBankLineMatcher matcher;
        CompactBankLines lines;

        @Setup
        public void fill(ReconciliationBenchmark benchmark) {
            OpenItemData data = benchmark.data;
            index = new CompactOpenItemIndex(ITEMS, COUNTERPARTIES);
            for (int c = 0; c < COUNTERPARTIES; c++) {
                index.nameCounterparty(c, benchmark.names[c]);
            }
            for (int i = 0; i < ITEMS; i++) {
                index.put(
                        i,
                        OpenItemData.number(i),
                        data.counterparty()[i],
                        data.openMinor()[i],
                        OpenItemData.EUR,
                        data.dueEpochDays()[i]);
            }
            matcher = new CompactBankLineMatcher(index);
            lines = new CompactBankLines(LINES);
            for (int k = 0; k < LINES; k++) {
                lines.add(
                        benchmark.lineMinor[k],
                        OpenItemData.EUR,
                        benchmark.lineText[k],
                        benchmark.lineName[k]);
            }
        }
    }

    /**
     * The compact matcher over a kept index as an engine built with {@code keepMatchIndex()} keeps
     * it, subscribed to the feed of an in-memory store filled as {@link Engine} fills it. The lines
     * are as the kept import passes them to the matcher: in the order of {@link
     * BankEntryKey#MATCH_ORDER}, with gross amounts converted through {@code MinorAmount}, and
     * texts and names read from the {@code BankLine}s. So {@code compactKept} runs the matcher's
     * part of {@code engineKept} without the rest of the import.
     */
    @State(Scope.Benchmark)
    public static class KeptCompact {
        CompactBankLineMatcher matcher;
        CompactBankLines lines;

        @Setup
        public void fill(ReconciliationBenchmark benchmark) {
            Stores stores = InMemoryStores.create();
            StoredInvoices.insertAll(stores, Engine.COMPANY.value(), benchmark.data);
            Engine.insertCounterparties(stores, benchmark);
            KeptMatchIndexes kept = KeptMatchIndexes.subscribe(stores.invoices()).orElseThrow();
            CompactOpenItemIndex index =
                    kept.whileUnchanged(
                            Engine.COMPANY.value(), company -> company.orElseThrow().index());
            matcher = new CompactBankLineMatcher(index);
            List<BankEntryKey> keys = BankEntryKey.forStatement(benchmark.lines);
            Integer[] order = new Integer[LINES];
            Arrays.setAll(order, k -> k);
            Arrays.sort(order, Comparator.comparing(keys::get, BankEntryKey.MATCH_ORDER));
            lines = new CompactBankLines(LINES);
            for (int k : order) {
                BankLine line = benchmark.lines.get(k);
                MinorAmount gross = MinorAmount.of(line.grossAmount(), RoundingMode.UNNECESSARY);
                lines.add(
                        gross.units(),
                        gross.currency(),
                        line.remittanceText(),
                        line.counterpartyName().orElse(null),
                        null);
            }
        }
    }

    /**
     * The engine over the in-memory store holding every open item and counterparty, as a host of
     * the embedded store runs it. The auto-apply threshold is 100, which no line of this data
     * reaches, so every import proposes and books nothing and each invocation does the same work.
     */
    @State(Scope.Benchmark)
    public static class Engine {
        static final CompanyId COMPANY = new CompanyId(new UUID(2, 2));

        Tahsilat tahsilat;
        StatementImport statement;
        StatementImport mixedStatement;

        @Setup
        public void fill(ReconciliationBenchmark benchmark) {
            fill(benchmark, false);
        }

        /**
         * Fills the store and builds the engine, which keeps a match index from the store's feed
         * when {@code keepMatchIndex} is true.
         *
         * @throws IllegalStateException if the index is to be kept and the store offers no feed
         */
        void fill(ReconciliationBenchmark benchmark, boolean keepMatchIndex) {
            fill(benchmark, keepMatchIndex, UnaryOperator.identity());
        }

        /**
         * Fills the store and builds the engine as {@link #fill(ReconciliationBenchmark, boolean)}
         * does, over the stores that {@code wrap} returns for the in-memory ones.
         */
        void fill(
                ReconciliationBenchmark benchmark,
                boolean keepMatchIndex,
                UnaryOperator<Stores> wrap) {
            Stores stores = wrap.apply(InMemoryStores.create());
            StoredInvoices.insertAll(stores, COMPANY.value(), benchmark.data);
            insertCounterparties(stores, benchmark);
            Tahsilat.Builder builder =
                    Tahsilat.builder()
                            .stores(stores)
                            .clock(
                                    Clock.fixed(
                                            OpenItemData.AS_OF
                                                    .atStartOfDay()
                                                    .toInstant(ZoneOffset.UTC),
                                            ZoneOffset.UTC));
            if (keepMatchIndex) {
                builder.keepMatchIndex();
            }
            tahsilat = builder.build();
            if (keepMatchIndex && !tahsilat.keepsMatchIndex()) {
                throw new IllegalStateException(
                        "the in-memory store offers no open-receivable feed, so engineKept would"
                                + " measure the per-batch path");
            }
            tahsilat.companies()
                    .register(
                            Company.builder()
                                    .id(COMPANY)
                                    .legalName("Benchmark A.Ş.")
                                    .settings(
                                            CompanySettings.of(
                                                    Monetary.getCurrency(StoredInvoices.CURRENCY),
                                                    ZoneOffset.UTC))
                                    .build());
            statement = new StatementImport(COMPANY, "STMT-BENCH", benchmark.lines);
            mixedStatement = new StatementImport(COMPANY, "STMT-MIXED", benchmark.mixedLines);
        }

        static void insertCounterparties(Stores stores, ReconciliationBenchmark benchmark) {
            WriteStamp stamp =
                    new WriteStamp(Actor.system("import"), Instant.parse("2026-01-01T00:00:00Z"));
            stores.transactions()
                    .inTransaction(
                            () -> {
                                for (int c = 0; c < COUNTERPARTIES; c++) {
                                    stores.counterparties()
                                            .insert(
                                                    COMPANY.value(),
                                                    new CounterpartyRecord(
                                                            COMPANY.value(),
                                                            benchmark.data.counterpartyId(c),
                                                            0,
                                                            CounterpartyKind.CUSTOMER,
                                                            benchmark.names[c],
                                                            Optional.empty(),
                                                            List.of(),
                                                            "tr-TR",
                                                            Optional.empty(),
                                                            false,
                                                            Optional.empty(),
                                                            ContactDetails.NONE,
                                                            false,
                                                            Erasure.NONE,
                                                            Optional.empty(),
                                                            stamp));
                                }
                                return null;
                            });
        }

        ReconciliationService service() {
            return tahsilat.reconciliation(
                    MatchSettings.defaults().withAutoApplyThreshold(100),
                    AllocationPolicy.defaults());
        }
    }

    /**
     * The engine as {@link Engine} builds it, with {@code keepMatchIndex()}: it keeps a compact
     * index of every open item from the in-memory store's feed and imports against it.
     */
    @State(Scope.Benchmark)
    public static class KeptEngine {
        final Engine engine = new Engine();

        @Setup
        public void fill(ReconciliationBenchmark benchmark) {
            engine.fill(benchmark, true);
        }
    }

    private void indexArrays() {
        itemsByNumber = new LongIntTable(ITEMS);
        counterpartiesByName = new LongIntTable(COUNTERPARTIES);
        counterpartyStart = new int[COUNTERPARTIES + 1];
        counterpartyItems = new int[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            itemsByNumber.put(i, i);
            counterpartyStart[data.counterparty()[i] + 1]++;
        }
        for (int c = 0; c < COUNTERPARTIES; c++) {
            counterpartiesByName.put(names[c].hashCode(), c);
            counterpartyStart[c + 1] += counterpartyStart[c];
        }
        int[] next = counterpartyStart.clone();
        for (int i = 0; i < ITEMS; i++) {
            counterpartyItems[next[data.counterparty()[i]]++] = i;
        }
    }

    private OpenItemIndex indexLibrary() {
        OpenItemIndex index = new OpenItemIndex();
        for (int i = 0; i < ITEMS; i++) {
            int c = data.counterparty()[i];
            index.put(
                    new OpenItemCandidate(
                            new InvoiceId(data.itemId(i)),
                            OpenItemData.number(i),
                            new CounterpartyId(data.counterpartyId(c)),
                            names[c],
                            List.of(),
                            List.of(),
                            OpenItemData.euros(data.openMinor()[i]),
                            LocalDate.ofEpochDay(data.dueEpochDays()[i]),
                            Optional.empty()));
        }
        return index;
    }

    private void writeLines() {
        lineText = new String[LINES];
        lineName = new String[LINES];
        lineMinor = new long[LINES];
        matchedItem = new int[LINES];
        lines = new ArrayList<>(LINES);
        mixedLines = new ArrayList<>(LINES);
        for (int k = 0; k < LINES; k++) {
            int item = 10 * k;
            boolean quotesNumber = k % 10 < 7;
            lineText[k] =
                    quotesNumber
                            ? "Payment of " + OpenItemData.number(item) + " thanks"
                            : "Payment";
            lineName[k] = quotesNumber ? null : names[data.counterparty()[item]];
            lineMinor[k] = data.openMinor()[item];
            BankLine.Builder line =
                    BankLine.builder()
                            .accountId(ACCOUNT)
                            .bookingDate(OpenItemData.AS_OF)
                            .amount(OpenItemData.euros(lineMinor[k]))
                            .accountServicerReference("ASR" + k)
                            .remittanceText(lineText[k]);
            if (lineName[k] != null) {
                line.counterpartyName(lineName[k]);
            }
            lines.add(line.build());
            mixedLines.add(
                    k % MIXED_EVERY == MIXED_EVERY - 1
                            ? line.counterpartyName(cutName(item)).build()
                            : lines.get(k));
        }
    }

    /**
     * Returns the payer's name as a bank cuts it at {@value MatchRules#BANK_NAME_CUT_LENGTH}
     * characters, from a longer form of the stored name, so that it equals no stored name.
     */
    private String cutName(int item) {
        String longName = names[data.counterparty()[item]] + " Sanayi ve Dis Ticaret";
        return longName.substring(0, MatchRules.BANK_NAME_CUT_LENGTH);
    }

    /**
     * Returns how many lines matched an item; the item of each line goes to {@code matchedItem}.
     */
    @Benchmark
    public int baseline() {
        int matched = 0;
        for (int k = 0; k < LINES; k++) {
            int item = itemOf(k);
            matchedItem[k] = item;
            if (item >= 0) {
                matched++;
            }
        }
        return matched;
    }

    /**
     * Matches as {@link #baseline} does and reads every line's applied amount in minor units, the
     * smaller of the line's amount and its item's open amount, or 0 for an unmatched line: the
     * primitive counterpart of {@link #compactRead}, as {@code AgingBenchmark.baselineRead} reads
     * its totals as {@code long}s.
     */
    @Benchmark
    public void baselineRead(Blackhole blackhole) {
        for (int k = 0; k < LINES; k++) {
            int item = itemOf(k);
            matchedItem[k] = item;
            long applied = item >= 0 ? Math.min(lineMinor[k], data.openMinor()[item]) : 0;
            blackhole.consume(applied);
        }
    }

    private int itemOf(int line) {
        String text = lineText[line];
        int at = text.indexOf(NUMBER_PREFIX);
        if (at >= 0) {
            long number = 0;
            for (int i = at + NUMBER_PREFIX.length(); i < text.length(); i++) {
                char digit = text.charAt(i);
                if (digit < '0' || digit > '9') {
                    break;
                }
                number = number * 10 + (digit - '0');
            }
            int item = itemsByNumber.get(number);
            if (item >= 0) {
                return item;
            }
        }
        String name = lineName[line];
        if (name == null) {
            return -1;
        }
        int c = counterpartiesByName.get(name.hashCode());
        if (c < 0 || !names[c].equals(name)) {
            return -1;
        }
        for (int j = counterpartyStart[c]; j < counterpartyStart[c + 1]; j++) {
            int item = counterpartyItems[j];
            if (data.openMinor()[item] == lineMinor[line]) {
                return item;
            }
        }
        return -1;
    }

    @Benchmark
    public MatchResult library(Library library) {
        return library.matcher.match(lines);
    }

    /** Matches the lines with the compact matcher and leaves the result unread. */
    @Benchmark
    public CompactMatchResult compact(Compact compact) {
        return compact.matcher.match(compact.lines);
    }

    /**
     * Matches the lines with the compact matcher over the engine's kept index, in the kept import's
     * order, and leaves the result unread.
     */
    @Benchmark
    public CompactMatchResult compactKept(KeptCompact compact) {
        return compact.matcher.match(compact.lines);
    }

    /** Matches the lines and reads every line's applied amount as a {@code MonetaryAmount}. */
    @Benchmark
    public void compactRead(Compact compact, Blackhole blackhole) {
        CompactMatchResult result = compact.matcher.match(compact.lines);
        for (int line = 0; line < result.size(); line++) {
            blackhole.consume(result.applied(line));
        }
    }

    /**
     * Imports the lines as one statement through the engine: candidates read through the store's
     * matching indexes, matched, and returned as suggestions.
     */
    @Benchmark
    public ReconciliationResult engine(Engine engine) {
        return engine.service().importStatement(engine.statement);
    }

    /**
     * Imports the lines as one statement through an engine that keeps a match index from the
     * store's feed: matched against that index without reading candidates, and returned as
     * suggestions.
     */
    @Benchmark
    public ReconciliationResult engineKept(KeptEngine keptEngine) {
        return keptEngine.engine.service().importStatement(keptEngine.engine.statement);
    }

    /**
     * Imports the mixed statement through the engine: the same lines, but one in {@value
     * #MIXED_EVERY} of those with only a name carries the payer's name cut by the bank, which the
     * compact rules leave to {@code BankLineMatcher}.
     */
    @Benchmark
    public ReconciliationResult engineMixed(Engine engine) {
        return engine.service().importStatement(engine.mixedStatement);
    }

    /**
     * Imports the mixed statement through an engine that keeps a match index from the store's feed,
     * as {@link #engineKept} imports the plain one.
     */
    @Benchmark
    public ReconciliationResult engineMixedKept(KeptEngine keptEngine) {
        return keptEngine.engine.service().importStatement(keptEngine.engine.mixedStatement);
    }

    /** An open-addressing hash table from {@code long} keys to non-negative {@code int} values. */
    static final class LongIntTable {
        private final long[] keys;
        private final int[] values;
        private final int mask;

        LongIntTable(int capacity) {
            int size = Integer.highestOneBit(Math.max(capacity, 2) * 2 - 1) * 2;
            keys = new long[size];
            values = new int[size];
            java.util.Arrays.fill(values, -1);
            mask = size - 1;
        }

        void put(long key, int value) {
            int slot = slot(key);
            while (values[slot] >= 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = value;
        }

        /** Returns the value of {@code key}, or -1. */
        int get(long key) {
            int slot = slot(key);
            while (values[slot] >= 0) {
                if (keys[slot] == key) {
                    return values[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }

        private int slot(long key) {
            long mixed = key * 0x9E37_79B9_7F4A_7C15L;
            return (int) (mixed >>> 40) & mask;
        }
    }
}
