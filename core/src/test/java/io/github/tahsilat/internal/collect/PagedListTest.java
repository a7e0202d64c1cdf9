package io.github.tahsilat.internal.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PagedListTest {

    /** An append, or a replacement at an index taken modulo the size at that point. */
    record Step(boolean append, int index, String element) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<String> elements =
                Arbitraries.strings().withChars('a', 'z').ofMaxLength(2).injectNull(0.1);
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3).map(n -> n > 0),
                        Arbitraries.integers().between(0, 1_000),
                        elements)
                .as(Step::new)
                .list()
                .ofMaxSize(200);
    }

    @Property(tries = 300)
    void appendsAndReplacementsAgreeWithArrayList(
            @ForAll("steps") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 4) int pageSizeExponent) {
        PagedList<String> paged = new PagedList<>(1 << pageSizeExponent);
        List<String> reference = new ArrayList<>();

        for (Step step : steps) {
            if (step.append() || reference.isEmpty()) {
                assertThat(paged.add(step.element())).isTrue();
                reference.add(step.element());
            } else {
                int index = step.index() % reference.size();
                assertThat(paged.set(index, step.element()))
                        .isEqualTo(reference.set(index, step.element()));
            }
        }

        assertThat(paged).hasSize(reference.size()).isEqualTo(reference);
        for (int i = 0; i < reference.size(); i++) {
            assertThat(paged.get(i)).as("element %d", i).isEqualTo(reference.get(i));
        }
    }

    /**
     * Checks the operations that a caller given the list as a {@code Collection} or {@code List}
     * may use against an {@code ArrayList} of the same elements. A store's {@code findAll}, for
     * one, may call {@code stream().distinct().toList()} or {@code toArray}.
     */
    @Property(tries = 200)
    void listOperationsAgreeWithArrayList(
            @ForAll("steps") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 4) int pageSizeExponent) {
        PagedList<String> paged = new PagedList<>(1 << pageSizeExponent);
        List<String> reference = new ArrayList<>();
        for (Step step : steps) {
            paged.add(step.element());
            reference.add(step.element());
        }

        assertThat(paged.equals(reference)).isTrue();
        assertThat(reference.equals(paged)).isTrue();
        assertThat(paged.hashCode()).isEqualTo(reference.hashCode());
        assertThat(paged.toArray()).isEqualTo(reference.toArray());
        assertThat(paged.toArray(new String[0])).isEqualTo(reference.toArray(new String[0]));
        assertThat(paged.stream().distinct().toList())
                .isEqualTo(reference.stream().distinct().toList());
        assertThat(paged.parallelStream().filter(Objects::nonNull).toList())
                .isEqualTo(reference.stream().filter(Objects::nonNull).toList());
        assertThat(paged.indexOf(null)).isEqualTo(reference.indexOf(null));
        assertThat(paged.lastIndexOf("a")).isEqualTo(reference.lastIndexOf("a"));

        // Sorting replaces elements through the list iterator, which checks modCount.
        Comparator<String> order = Comparator.nullsFirst(Comparator.naturalOrder());
        paged.sort(order);
        reference.sort(order);
        assertThat(paged).isEqualTo(reference);
    }

    @Property(tries = 200)
    void nullsListHasEveryIndexSettable(
            @ForAll @IntRange(min = 0, max = 100) int size,
            @ForAll @IntRange(min = 0, max = 4) int pageSizeExponent) {
        PagedList<Integer> paged = PagedList.ofNulls(size, 1 << pageSizeExponent);

        assertThat(paged).hasSize(size).isEqualTo(Collections.nCopies(size, null));
        for (int i = 0; i < size; i++) {
            paged.set(i, i);
        }
        Integer[] expected = new Integer[size];
        Arrays.setAll(expected, i -> i);
        assertThat(paged).containsExactly(expected);
    }

    @Property(tries = 200)
    void nullsListGrowsByAppending(
            @ForAll @IntRange(min = 0, max = 40) int size,
            @ForAll @IntRange(min = 0, max = 40) int appended,
            @ForAll @IntRange(min = 0, max = 4) int pageSizeExponent) {
        PagedList<Integer> paged = PagedList.ofNulls(size, 1 << pageSizeExponent);
        List<Integer> reference = new ArrayList<>(Collections.nCopies(size, null));

        for (int i = 0; i < appended; i++) {
            paged.add(i);
            reference.add(i);
        }

        assertThat(paged).isEqualTo(reference);
    }

    @Test
    void listBeyondOnePageKeepsEveryElement() {
        PagedList<Integer> paged = new PagedList<>();
        int count = 3 * PagedList.DEFAULT_PAGE_SIZE + 5;

        for (int i = 0; i < count; i++) {
            paged.add(i);
        }

        assertThat(paged).hasSize(count);
        assertThat(paged.get(PagedList.DEFAULT_PAGE_SIZE - 1))
                .isEqualTo(PagedList.DEFAULT_PAGE_SIZE - 1);
        assertThat(paged.get(PagedList.DEFAULT_PAGE_SIZE)).isEqualTo(PagedList.DEFAULT_PAGE_SIZE);
        assertThat(paged.get(count - 1)).isEqualTo(count - 1);
    }

    @Test
    void shortListsAllocateNoFullPage() {
        PagedList<String> lookups = new PagedList<>();
        lookups.add("ref:a");
        lookups.add("ref:b");
        lookups.add("ref:c");
        PagedList<String> table = PagedList.ofNulls(16);

        // A full page of DEFAULT_PAGE_SIZE references takes 32 KiB with compressed pointers.
        assertThat(lookups.capacity()).isBetween(3L, 16L);
        assertThat(table.capacity()).isEqualTo(16);
        assertThat(PagedList.ofNulls(0).capacity()).isZero();
    }

    @Test
    void firstPageGrowsToFullPage() {
        PagedList<Integer> paged = new PagedList<>(64);
        int count = 3 * 64 + 5;

        for (int i = 0; i < count; i++) {
            paged.add(i);
            assertThat(paged.capacity()).as("capacity at size %d", i + 1).isGreaterThan(i);
        }

        assertThat(paged.capacity()).isEqualTo(4 * 64);
        for (int i = 0; i < count; i++) {
            assertThat(paged.get(i)).as("element %d", i).isEqualTo(i);
        }
    }

    @Test
    void fullListRejectsAppend() throws ReflectiveOperationException {
        PagedList<String> paged = new PagedList<>();
        // Integer.MAX_VALUE references take 8 GiB or more, so the test sets the size and the page
        // table of an empty list directly, with only the last page allocated.
        Object[][] pages = new Object[Integer.MAX_VALUE / PagedList.DEFAULT_PAGE_SIZE + 1][];
        pages[pages.length - 1] = new Object[PagedList.DEFAULT_PAGE_SIZE];
        setField(paged, "pages", pages);
        setField(paged, "size", Integer.MAX_VALUE - 1);

        assertThat(paged.add("last")).isTrue();
        assertThat(paged).hasSize(Integer.MAX_VALUE);
        assertThatThrownBy(() -> paged.add("past"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2147483647");
        assertThat(paged).hasSize(Integer.MAX_VALUE);
        assertThat(paged.get(Integer.MAX_VALUE - 1)).isEqualTo("last");
    }

    private static void setField(Object target, String name, Object value)
            throws ReflectiveOperationException {
        Field field = PagedList.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    @Test
    void indexOutsideListRejected() {
        PagedList<String> paged = new PagedList<>(4);
        paged.add("a");

        assertThatThrownBy(() -> paged.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> paged.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> paged.set(4, "b")).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void appendDuringIterationDetected() {
        PagedList<String> paged = new PagedList<>(4);
        paged.add("a");
        paged.add("b");
        Iterator<String> iterator = paged.iterator();
        iterator.next();

        paged.add("c");

        assertThatThrownBy(iterator::next).isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void invalidSizesRejected() {
        assertThatThrownBy(() -> new PagedList<String>(3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3")
                .hasMessageContaining("power of two");
        assertThatThrownBy(() -> new PagedList<String>(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PagedList.ofNulls(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
