package io.github.tahsilat.internal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DigestCountsTest {

    /** Texts from a small alphabet, so that a list repeats many of them. */
    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings().withChars('a', 'b', 'c').ofMaxLength(3).list().ofMaxSize(300);
    }

    @Property(tries = 500)
    void countsAgreeWithHashMap(
            @ForAll("texts") List<String> texts,
            @ForAll @IntRange(min = 0, max = 40) int expected) {
        DigestCounts counts = new DigestCounts(expected);
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        Map<String, Integer> countByHex = new HashMap<>();
        Map<String, Integer> idByHex = new HashMap<>();

        for (String text : texts) {
            String hex = EntryHashing.sha256Hex(text);
            hasher.add(text).finish();

            int id = counts.add(hasher);

            int count = countByHex.merge(hex, 1, Integer::sum);
            Integer earlierId = idByHex.putIfAbsent(hex, idByHex.size());
            assertThat(counts.count(id)).as("count of %s", text).isEqualTo(count);
            assertThat(id)
                    .as("id of %s", text)
                    .isEqualTo(earlierId == null ? idByHex.size() - 1 : earlierId);
        }
    }

    @Property(tries = 500)
    void chunkedAddsAgreeWithSingleAdds(
            @ForAll("texts") List<String> texts,
            @ForAll @IntRange(min = 0, max = 40) int expected,
            @ForAll @IntRange(min = 1, max = 20) int chunkSize) {
        DigestCounts single = new DigestCounts(expected);
        DigestCounts chunked = new DigestCounts(expected);
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        long[] digests = new long[chunkSize * EntryHashing.Hasher.DIGEST_WORDS];

        for (int start = 0; start < texts.size(); start += chunkSize) {
            int size = Math.min(chunkSize, texts.size() - start);
            int[] singleIds = new int[size];
            int[] singleCounts = new int[size];
            for (int i = 0; i < size; i++) {
                hasher.add(texts.get(start + i)).finish();
                singleIds[i] = single.add(hasher);
                singleCounts[i] = single.count(singleIds[i]);
                hasher.copyDigest(digests, i * EntryHashing.Hasher.DIGEST_WORDS);
            }

            chunked.loadSlots(digests, size);

            for (int i = 0; i < size; i++) {
                int id = chunked.add(digests, i * EntryHashing.Hasher.DIGEST_WORDS);
                String text = texts.get(start + i);
                assertThat(id).as("id of %s", text).isEqualTo(singleIds[i]);
                assertThat(chunked.count(id)).as("count of %s", text).isEqualTo(singleCounts[i]);
            }
        }
    }

    @Test
    void differentDigestsGetDifferentIds() {
        DigestCounts counts = new DigestCounts(4);
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        hasher.add("first").finish();
        int first = counts.add(hasher);
        hasher.add("second").finish();

        int second = counts.add(hasher);

        assertThat(second).isNotEqualTo(first);
        assertThat(counts.count(first)).isEqualTo(1);
        assertThat(counts.count(second)).isEqualTo(1);
    }

    @Test
    void negativeExpectedCountRejected() {
        assertThatThrownBy(() -> new DigestCounts(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
