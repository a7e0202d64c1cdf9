package io.github.tahsilat.benchmarks;

import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
 *
 * <p>{@code digestOnly} computes only the SHA-256 digests of the same lines' hashed fields, encoded
 * once in setup, with one {@link MessageDigest}. Its score is the floor that the hash itself sets
 * for {@code forStatement}.
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

    /** The bytes that the content key of each line hashes, as {@code EntryHashing} writes them. */
    byte[][] hashedFields;

    MessageDigest digest;

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
        hashedFields = new byte[LINES][];
        for (int k = 0; k < LINES; k++) {
            BankLine line = lines.get(k);
            hashedFields[k] =
                    lengthPrefixed(
                            line.accountId(),
                            line.bookingDate().toString(),
                            line.valueDate().toString(),
                            OpenItemData.euros(1_000 + k)
                                    .getNumber()
                                    .numberValue(BigDecimal.class)
                                    .setScale(2)
                                    .toPlainString(),
                            "EUR",
                            "",
                            "",
                            line.remittanceText());
        }
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available on this JVM", e);
        }
        String expected = BankEntryKey.forStatement(lines.subList(0, 1)).get(0).contentKey();
        String actual = "sha256:" + HexFormat.of().formatHex(digest.digest(hashedFields[0])) + "#1";
        if (!actual.equals(expected)) {
            throw new IllegalStateException(
                    "digestOnly hashes other bytes than forStatement: key "
                            + actual
                            + ", expected "
                            + expected
                            + "; make lengthPrefixed write the fields as EntryHashing does");
        }
    }

    /** Writes each field as its UTF-8 length, a colon and its UTF-8 bytes. */
    private static byte[] lengthPrefixed(String... fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            text.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public List<BankEntryKey> forStatement() {
        return BankEntryKey.forStatement(lines);
    }

    /** Returns the last line's digest for JMH to consume. */
    @Benchmark
    public byte[] digestOnly() {
        byte[] last = null;
        for (byte[] fields : hashedFields) {
            last = digest.digest(fields);
        }
        return last;
    }
}
