package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * The place of an open line in the pages of {@link ReconciliationQueueStore#open}: booking date,
 * then entry key. Every store writes its cursor in one form, the epoch day, a space, then the entry
 * key (which may itself contain spaces), so a cursor from one store reads in another. Immutable and
 * thread-safe.
 *
 * @param bookingDate the line's booking date
 * @param entryKey the line's bank-entry key
 */
public record QueuePosition(LocalDate bookingDate, String entryKey)
        implements Comparable<QueuePosition> {

    private static final Comparator<QueuePosition> ORDER =
            Comparator.comparing(QueuePosition::bookingDate).thenComparing(QueuePosition::entryKey);

    /** Checks that both parts are present. */
    public QueuePosition {
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(entryKey, "entryKey");
    }

    /** Returns the position of {@code line}. */
    public static QueuePosition of(QueuedLineRecord line) {
        return new QueuePosition(line.bookingDate(), line.entryKey());
    }

    /**
     * Reads a cursor written by {@link #cursor()}.
     *
     * @throws IllegalArgumentException if {@code cursor} is not an epoch day, a space and a
     *     non-empty entry key
     */
    public static QueuePosition parse(String cursor) {
        int space = cursor.indexOf(' ');
        if (space >= 1 && space < cursor.length() - 1) {
            try {
                long epochDay = Long.parseLong(cursor.substring(0, space));
                return new QueuePosition(
                        LocalDate.ofEpochDay(epochDay), cursor.substring(space + 1));
            } catch (NumberFormatException | DateTimeException e) {
                throw invalidCursor(cursor, e);
            }
        }
        throw invalidCursor(cursor, null);
    }

    private static IllegalArgumentException invalidCursor(String cursor, Exception cause) {
        return new IllegalArgumentException(
                "invalid cursor: "
                        + cursor
                        + "; expected the next cursor of a previous open-queue page",
                cause);
    }

    /** Returns the cursor that names this position. */
    public String cursor() {
        return bookingDate.toEpochDay() + " " + entryKey;
    }

    @Override
    public int compareTo(QueuePosition other) {
        return ORDER.compare(this, other);
    }
}
