package io.github.tahsilat.internal.collect;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A list of references kept in pages of a fixed size. No array it allocates contains more
 * references than a page, however long the list, except its table of pages, which contains one per
 * page. The first page starts short and doubles up to the page size, so that a short list takes
 * about as much memory as an {@code ArrayList}. Elements are appended, read and replaced by index,
 * and none is removed. Null elements are allowed. Not thread-safe.
 *
 * <p>The reason is G1: it allocates an array of half a region or more (512 KB with the default
 * region size of heaps under 4 GB) as a humongous object in the old generation. On JDK 17, when
 * such an array of references dies, young collections still take it for live until the next marking
 * cycle, so they copy every young object it points to and then promote it. A page contains {@value
 * #DEFAULT_PAGE_SIZE} references, 32 KB with compressed pointers and 64 KB without, so the pages of
 * a list built during one import die young with it.
 *
 * @param <E> the element type
 */
public final class PagedList<E> extends AbstractList<E> implements RandomAccess {

    /** The number of references in one page. */
    public static final int DEFAULT_PAGE_SIZE = 1 << 13;

    private static final int INITIAL_PAGES = 4;

    /** The length of the first page of a list built by appending, before it grows. */
    private static final int INITIAL_FIRST_PAGE = 16;

    private final int pageShift;
    private final int pageMask;
    private Object[][] pages = new Object[INITIAL_PAGES][];
    private int size;

    /** Creates an empty list with pages of {@value #DEFAULT_PAGE_SIZE} references. */
    public PagedList() {
        this(DEFAULT_PAGE_SIZE);
    }

    /**
     * Creates an empty list with pages of {@code pageSize} references, for tests that cross pages
     * with few elements.
     *
     * @throws IllegalArgumentException if {@code pageSize} is not a power of two
     */
    PagedList(int pageSize) {
        if (pageSize < 1 || Integer.bitCount(pageSize) != 1) {
            throw new IllegalArgumentException(
                    "invalid page size " + pageSize + "; expected a power of two");
        }
        pageShift = Integer.numberOfTrailingZeros(pageSize);
        pageMask = pageSize - 1;
    }

    /**
     * Returns a list of {@code size} nulls, for a table whose slots are set by index.
     *
     * @throws IllegalArgumentException if {@code size} is negative
     */
    public static <E> PagedList<E> ofNulls(int size) {
        return ofNulls(size, DEFAULT_PAGE_SIZE);
    }

    /**
     * Returns a list of {@code size} nulls in pages of {@code pageSize} references.
     *
     * @throws IllegalArgumentException if {@code size} is negative or {@code pageSize} is not a
     *     power of two
     */
    static <E> PagedList<E> ofNulls(int size, int pageSize) {
        if (size < 0) {
            throw new IllegalArgumentException("invalid size " + size + "; expected 0 or more");
        }
        PagedList<E> list = new PagedList<>(pageSize);
        int pageCount = (int) ((size + (long) pageSize - 1) / pageSize);
        list.pages = new Object[Math.max(INITIAL_PAGES, pageCount)][];
        for (int page = 0; page < pageCount; page++) {
            // A list of less than a page takes a first page of its size, which add grows.
            list.pages[page] = new Object[pageCount == 1 ? size : pageSize];
        }
        list.size = size;
        return list;
    }

    /**
     * Appends {@code element}.
     *
     * @throws IllegalStateException if the list already has {@code Integer.MAX_VALUE} elements
     */
    @Override
    public boolean add(E element) {
        if (size == Integer.MAX_VALUE) {
            // The size would wrap to a negative int, which breaks every index check.
            throw new IllegalStateException(
                    "invalid append: the list already has the maximum of "
                            + Integer.MAX_VALUE
                            + " elements; split the work into smaller lists");
        }
        int page = size >>> pageShift;
        int offset = size & pageMask;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, pages.length * 2);
        }
        Object[] current = pages[page];
        if (current == null) {
            int length = page == 0 ? Math.min(INITIAL_FIRST_PAGE, pageMask + 1) : pageMask + 1;
            current = new Object[length];
            pages[page] = current;
        } else if (offset == current.length) {
            // Only the first page can be shorter than a page, and it is full here.
            current = Arrays.copyOf(current, Math.min(2 * current.length, pageMask + 1));
            pages[page] = current;
        }
        current[offset] = element;
        size++;
        modCount++;
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, size);
        return (E) pages[index >>> pageShift][index & pageMask];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E set(int index, E element) {
        Objects.checkIndex(index, size);
        Object[] page = pages[index >>> pageShift];
        E previous = (E) page[index & pageMask];
        page[index & pageMask] = element;
        return previous;
    }

    @Override
    public int size() {
        return size;
    }

    /** Returns the number of elements that the allocated pages have room for, for tests. */
    long capacity() {
        long capacity = 0;
        for (Object[] page : pages) {
            if (page != null) {
                capacity += page.length;
            }
        }
        return capacity;
    }
}
