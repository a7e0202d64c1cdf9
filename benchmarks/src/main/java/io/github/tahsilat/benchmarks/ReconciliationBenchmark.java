package io.github.tahsilat.benchmarks;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BankLineMatcher;
import io.github.tahsilat.reconciliation.MatchResult;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.OpenItemCandidate;
import io.github.tahsilat.reconciliation.OpenItemIndex;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Matches 100,000 bank lines against 1,000,000 open items of 50,000 counterparties. Scores are
 * nanoseconds per bank line; lines per second are 10⁹ divided by the score.
 *
 * <p>Line {@code k} pays item {@code 10k} in full. Seven lines in ten quote the invoice number in
 * their remittance text; the others carry only the payer's name and the amount. The library side
 * matches one statement of all lines with {@link BankLineMatcher} over an {@link OpenItemIndex}
 * filled once, as the booking side keeps it; the matcher never changes the index. The baseline
 * parses the number from the text and looks it up in an open-addressing hash table of {@code long}
 * keys, or finds the counterparty by name and then its item with the amount.
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
    OpenItemIndex index;
    List<BankLine> lines;
    BankLineMatcher matcher;

    @Setup
    public void generate() {
        data = OpenItemData.generate(ITEMS, COUNTERPARTIES, 0.6, 23);
        names = new String[COUNTERPARTIES];
        for (int c = 0; c < COUNTERPARTIES; c++) {
            names[c] = "Customer " + c + " Ticaret A.S.";
        }
        indexArrays();
        indexLibrary();
        writeLines();
        matcher = new BankLineMatcher(index, MatchSettings.defaults());
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

    private void indexLibrary() {
        index = new OpenItemIndex();
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
    }

    private void writeLines() {
        lineText = new String[LINES];
        lineName = new String[LINES];
        lineMinor = new long[LINES];
        matchedItem = new int[LINES];
        lines = new ArrayList<>(LINES);
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
        }
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
    public MatchResult library() {
        return matcher.match(lines);
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
