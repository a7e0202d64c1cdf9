package io.github.tahsilat.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Proves that readers hand out entries while they read: the first entry arrives after a small part
 * of a large input has been consumed, so memory does not grow with the file.
 */
class StreamingTest {
    private static final int ENTRIES = 40_000;
    private static final long FIRST_ENTRY_BYTE_LIMIT = 64 * 1024;

    @Test
    void camtEntriesArriveBeforeInputEnds() {
        String document = CamtXml.statement("02", "", "");
        int split = document.indexOf("</Stmt>");
        CountingInput input =
                new CountingInput(
                        document.substring(0, split),
                        i -> CamtXml.entry(new BigDecimal("12.34")),
                        document.substring(split));

        Progress progress = readCounting(input, "large.xml");

        assertThat(progress.entries).isEqualTo(ENTRIES);
        assertThat(progress.consumedAtFirstEntry).isLessThan(FIRST_ENTRY_BYTE_LIMIT);
        assertThat(input.consumed).isGreaterThan(ENTRIES * 100L);
    }

    @Test
    void mt940EntriesArriveBeforeInputEnds() {
        CountingInput input =
                new CountingInput(
                        ":20:BIG\n:25:123\n:60F:C240331EUR0,\n",
                        i -> ":61:240331C12,34NTRFNONREF\n:86:/REMI/entry " + i + "\n",
                        ":62F:C240331EUR493600,\n");

        Progress progress = readCounting(input, "large.sta");

        assertThat(progress.entries).isEqualTo(ENTRIES);
        assertThat(progress.consumedAtFirstEntry).isLessThan(FIRST_ENTRY_BYTE_LIMIT);
        assertThat(progress.findings).as("40000 x 12.34 = 493600.00").isZero();
    }

    private static Progress readCounting(CountingInput input, String name) {
        Progress progress = new Progress();
        StatementReaders.builtIn()
                .read(
                        input,
                        name,
                        new StatementVisitor() {
                            @Override
                            public void entry(StatementHeader header, Entry entry) {
                                if (progress.entries == 0) {
                                    progress.consumedAtFirstEntry = input.consumed;
                                }
                                progress.entries++;
                            }

                            @Override
                            public void endStatement(StatementSummary summary) {
                                progress.findings += summary.findings().size();
                            }
                        });
        return progress;
    }

    /** What the visitor saw. */
    private static final class Progress {
        private long consumedAtFirstEntry = -1;
        private int entries;
        private int findings;
    }

    /**
     * Generates a head, then {@link #ENTRIES} generated parts, then a tail, counting bytes read.
     */
    private static final class CountingInput extends InputStream {
        private final String tail;
        private final IntFunction<String> part;
        private byte[] buffer;
        private int position;
        private int nextPart;
        private boolean tailSent;
        private long consumed;

        CountingInput(String head, IntFunction<String> part, String tail) {
            this.part = part;
            this.tail = tail;
            this.buffer = head.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            consumed++;
            return buffer[position++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int count = Math.min(length, buffer.length - position);
            System.arraycopy(buffer, position, target, offset, count);
            position += count;
            consumed += count;
            return count;
        }

        private boolean fill() {
            while (position == buffer.length) {
                if (nextPart < ENTRIES) {
                    buffer = part.apply(nextPart++).getBytes(StandardCharsets.UTF_8);
                } else if (!tailSent) {
                    buffer = tail.getBytes(StandardCharsets.UTF_8);
                    tailSent = true;
                } else {
                    return false;
                }
                position = 0;
            }
            return true;
        }
    }
}
