package io.github.tahsilat.persistence.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a large read, with a keyset cursor for the next page.
 *
 * <p>A store returns items in the total order documented on the query, so that following {@code
 * next} until it is empty visits every matching item exactly once.
 *
 * @param items the items of this page, at most the requested page size
 * @param next the opaque cursor to pass to the same query for the following page, empty on the last
 *     page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, Optional<String> next) {

    /** The largest page size a caller may request. */
    public static final int MAX_SIZE = 10_000;

    /** Copies the items so that the page is immutable. */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /** Returns the last page, which has no cursor. */
    public static <T> Page<T> last(List<T> items) {
        return new Page<>(items, Optional.empty());
    }
}
