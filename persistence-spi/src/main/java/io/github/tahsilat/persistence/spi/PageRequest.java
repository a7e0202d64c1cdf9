package io.github.tahsilat.persistence.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * A request for one page of a paged query: the cursor of the previous page, if any, and the maximum
 * number of items.
 *
 * @param cursor the {@link Page#next()} of the previous page, or empty for the first page
 * @param size the maximum number of items, from 1 to {@link Page#MAX_SIZE}
 */
public record PageRequest(Optional<String> cursor, int size) {

    /**
     * Checks the size.
     *
     * @throws IllegalArgumentException if {@code size} is below 1 or above {@link Page#MAX_SIZE}
     */
    public PageRequest {
        Objects.requireNonNull(cursor, "cursor");
        if (size < 1 || size > Page.MAX_SIZE) {
            throw new IllegalArgumentException(
                    "invalid page size: "
                            + size
                            + "; expected a number from 1 to "
                            + Page.MAX_SIZE);
        }
    }

    /**
     * Returns a request for the first page.
     *
     * @throws IllegalArgumentException if {@code size} is below 1 or above {@link Page#MAX_SIZE}
     */
    public static PageRequest first(int size) {
        return new PageRequest(Optional.empty(), size);
    }

    /**
     * Returns a request for the page after the one whose cursor is given.
     *
     * @throws IllegalArgumentException if {@code size} is below 1 or above {@link Page#MAX_SIZE}
     */
    public static PageRequest after(String cursor, int size) {
        return new PageRequest(Optional.of(cursor), size);
    }

    /**
     * Returns the request for the page after {@code page}, with the same size, or empty when {@code
     * page} was the last.
     */
    public Optional<PageRequest> following(Page<?> page) {
        return page.next().map(next -> after(next, size));
    }
}
