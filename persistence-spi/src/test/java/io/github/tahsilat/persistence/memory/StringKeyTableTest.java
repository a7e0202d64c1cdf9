package io.github.tahsilat.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Checks {@link StringKeyTable} against a {@code HashMap} over random sequences of writes, with
 * keys of which many share one hash code, so that probe runs grow long, wrap around the end of the
 * table and lose entries from their middle.
 */
class StringKeyTableTest {

    /**
     * 48 keys. The first 32 are the strings of five blocks, each {@code "Aa"} or {@code "BB"},
     * which all have the hash code of {@code "AaAaAaAaAa"} because both blocks hash alike. That
     * code's home slot is among the last 11 slots at the capacities of 16 to 128 that these keys
     * fill, so their probe run wraps around the end of the table. Keys 32 to 39 have lengths of 1
     * to 8 with that hash code nowhere, and the rest look like entry keys.
     */
    private static final List<String> KEYS = keys();

    /** The kinds of write a step makes. */
    enum Kind {
        PUT_IF_ABSENT,
        PUT,
        REMOVE
    }

    /** One write: its kind, the key by index in {@link #KEYS}, and the value it stores. */
    record Step(Kind kind, int key, int value) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step =
                Combinators.combine(
                                Arbitraries.frequencyOf(
                                        Tuple.of(5, Arbitraries.just(Kind.PUT_IF_ABSENT)),
                                        Tuple.of(2, Arbitraries.just(Kind.PUT)),
                                        Tuple.of(3, Arbitraries.just(Kind.REMOVE))),
                                Arbitraries.integers().between(0, KEYS.size() - 1),
                                Arbitraries.integers().between(0, 9))
                        .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(300);
    }

    @Provide
    Arbitrary<List<Integer>> requests() {
        return Arbitraries.integers().between(0, KEYS.size() - 1).list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void writesMatchHashMap(
            @ForAll("steps") List<Step> steps, @ForAll("requests") List<Integer> requests) {
        StringKeyTable<Integer> table = new StringKeyTable<>();
        Map<String, Integer> model = new HashMap<>();
        for (Step step : steps) {
            String key = KEYS.get(step.key());
            Integer returned;
            Integer expected;
            switch (step.kind()) {
                case PUT_IF_ABSENT -> {
                    returned = table.putIfAbsent(key, step.value());
                    expected = model.putIfAbsent(key, step.value());
                }
                case PUT -> {
                    returned = table.put(key, step.value());
                    expected = model.put(key, step.value());
                }
                default -> {
                    returned = table.remove(key);
                    expected = model.remove(key);
                }
            }
            assertThat(returned).as("%s of %s", step.kind(), key).isEqualTo(expected);
            assertThat(table.size()).as("size after %s", step).isEqualTo(model.size());
        }
        for (String key : KEYS) {
            assertThat(table.get(key)).as("value of %s", key).isEqualTo(model.get(key));
            assertThat(table.containsKey(key)).as("key %s", key).isEqualTo(model.containsKey(key));
        }
        List<String> requested = new ArrayList<>();
        // Fresh copies, so that no key is found by identity.
        requests.forEach(index -> requested.add(new String(KEYS.get(index).toCharArray())));
        assertThat(positionsOf(table, requested)).isEqualTo(modelPositions(model, requested));
    }

    @Property(tries = 200)
    void batchLookUpMatchesSingleLookUps(
            @ForAll("steps") List<Step> steps, @ForAll("requests") List<Integer> requests) {
        StringKeyTable<Integer> table = new StringKeyTable<>();
        for (Step step : steps) {
            String key = KEYS.get(step.key());
            if (step.kind() == Kind.REMOVE) {
                table.remove(key);
            } else {
                table.put(key, step.value());
            }
        }
        List<String> requested = requests.stream().map(KEYS::get).toList();
        BitSet expected = new BitSet();
        for (int i = 0; i < requested.size(); i++) {
            if (table.containsKey(requested.get(i))) {
                expected.set(i);
            }
        }
        assertThat(positionsOf(table, requested)).isEqualTo(expected);
    }

    @Example
    void removalKeepsCollidingKeysReachable() {
        StringKeyTable<Integer> table = new StringKeyTable<>();
        List<String> colliding = KEYS.subList(0, 7);
        for (int i = 0; i < colliding.size(); i++) {
            table.putIfAbsent(colliding.get(i), i);
        }

        assertThat(table.remove(colliding.get(0))).isEqualTo(0);
        assertThat(table.remove(colliding.get(3))).isEqualTo(3);

        assertThat(table.size()).isEqualTo(5);
        assertThat(table.get(colliding.get(0))).isNull();
        assertThat(table.get(colliding.get(3))).isNull();
        for (int i : new int[] {1, 2, 4, 5, 6}) {
            assertThat(table.get(colliding.get(i)))
                    .as("value of %s", colliding.get(i))
                    .isEqualTo(i);
        }
    }

    @Example
    void growthKeepsEveryKey() {
        StringKeyTable<Integer> table = new StringKeyTable<>();
        for (int i = 0; i < 10_000; i++) {
            table.putIfAbsent("sha256:" + i, i);
        }

        assertThat(table.size()).isEqualTo(10_000);
        assertThat(table.get("sha256:0")).isZero();
        assertThat(table.get("sha256:9999")).isEqualTo(9_999);
        assertThat(table.get("sha256:10000")).isNull();
    }

    @Example
    void batchLookUpRejectsNullKey() {
        StringKeyTable<Integer> table = new StringKeyTable<>();
        table.put("ref:A", 1);
        List<String> requested = Arrays.asList("ref:A", null);

        assertThatThrownBy(() -> table.findPositions(requested, new BitSet()))
                .isInstanceOf(NullPointerException.class);
    }

    private static BitSet positionsOf(StringKeyTable<Integer> table, List<String> requested) {
        BitSet positions = new BitSet();
        table.findPositions(requested, positions);
        return positions;
    }

    private static BitSet modelPositions(Map<String, Integer> model, List<String> requested) {
        BitSet positions = new BitSet();
        for (int i = 0; i < requested.size(); i++) {
            if (model.containsKey(requested.get(i))) {
                positions.set(i);
            }
        }
        return positions;
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (int bits = 0; bits < 32; bits++) {
            StringBuilder key = new StringBuilder();
            for (int block = 0; block < 5; block++) {
                key.append((bits >> block & 1) == 0 ? "Aa" : "BB");
            }
            keys.add(key.toString());
        }
        for (int length = 1; length <= 8; length++) {
            keys.add("k".repeat(length));
        }
        for (int i = 0; i < 8; i++) {
            keys.add("sha256:" + Integer.toHexString(0x5eed00 + i) + "#1");
        }
        return List.copyOf(keys);
    }
}
