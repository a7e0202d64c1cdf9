package io.github.tahsilat.internal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.internal.collect.PagedList;
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

class StringIntMapTest {

    /** Keys from a small alphabet, so that a list repeats many of them. */
    @Provide
    Arbitrary<List<String>> keys() {
        return Arbitraries.strings().withChars('a', 'b', 'c').ofMaxLength(4).list().ofMaxSize(300);
    }

    @Property(tries = 500)
    void putIfAbsentAgreesWithHashMap(
            @ForAll("keys") List<String> keys, @ForAll @IntRange(min = 0, max = 40) int expected) {
        StringIntMap map = new StringIntMap(expected);
        Map<String, Integer> reference = new HashMap<>();

        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);

            int previous = map.putIfAbsent(key, i);

            Integer referencePrevious = reference.putIfAbsent(key, i);
            assertThat(previous)
                    .as("previous value of %s", key)
                    .isEqualTo(referencePrevious == null ? -1 : referencePrevious);
        }
    }

    /**
     * Keys joined from "Aa" and "BB", which have the same hash code, so that keys of one length
     * collide in every table size.
     */
    @Provide
    Arbitrary<List<String>> collidingKeys() {
        return Arbitraries.of("Aa", "BB")
                .list()
                .ofMaxSize(3)
                .map(parts -> String.join("", parts))
                .list()
                .ofMaxSize(100);
    }

    @Property(tries = 300)
    void collidingKeysAgreeWithHashMap(@ForAll("collidingKeys") List<String> keys) {
        StringIntMap map = new StringIntMap(0);
        Map<String, Integer> reference = new HashMap<>();

        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);

            int previous = map.putIfAbsent(key, i);

            Integer referencePrevious = reference.putIfAbsent(key, i);
            assertThat(previous)
                    .as("previous value of %s", key)
                    .isEqualTo(referencePrevious == null ? -1 : referencePrevious);
        }
    }

    @Test
    void tableBeyondOnePageFindsEveryKey() {
        StringIntMap map = new StringIntMap(0);
        int count = 3 * PagedList.DEFAULT_PAGE_SIZE;

        for (int i = 0; i < count; i++) {
            assertThat(map.putIfAbsent("ref:TR00:" + i, i)).isEqualTo(-1);
        }

        for (int i = 0; i < count; i++) {
            assertThat(map.putIfAbsent("ref:TR00:" + i, count + i)).as("key %d", i).isEqualTo(i);
        }
    }

    @Test
    void invalidKeyAndValueRejected() {
        StringIntMap map = new StringIntMap(0);

        assertThatThrownBy(() -> map.putIfAbsent(null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> map.putIfAbsent("a", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
