package io.github.tahsilat.persistence.spi.store;

import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
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

    private static final long MIN_EPOCH_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    private static final long MAX_EPOCH_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

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
     * @throws IllegalArgumentException if {@code cursor} is not an epoch day of the years 1 to
     *     9999, a space and a non-empty entry key without U+0000
     */
    public static QueuePosition parse(String cursor) {
        int space = cursor.indexOf(' ');
        if (space >= 1 && space < cursor.length() - 1) {
            long epochDay;
            try {
                epochDay = Long.parseLong(cursor.substring(0, space));
            } catch (NumberFormatException e) {
                throw invalidCursor(cursor, e);
            }
            String entryKey = cursor.substring(space + 1);
            // PostgreSQL fails on U+0000 in text and on dates past its range, so such a cursor
            // fails here as the caller's error. NOTE: lines booked after 9999 cannot be paged past.
            if (epochDay >= MIN_EPOCH_DAY
                    && epochDay <= MAX_EPOCH_DAY
                    && entryKey.indexOf('\u0000') < 0) {
                return new QueuePosition(LocalDate.ofEpochDay(epochDay), entryKey);
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
