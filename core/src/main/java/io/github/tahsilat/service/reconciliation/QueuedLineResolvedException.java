package io.github.tahsilat.service.reconciliation;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when a person's decision names a queued bank line that has already left the queue
 * otherwise, such as a line another person dismissed or a later import booked. Nothing was stored.
 */
public class QueuedLineResolvedException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String entryKey;

    /**
     * Creates the exception.
     *
     * @param entryKey the line's key in the queue
     * @param resolution the resolution's kind, actor and time, such as {@code "DISMISSED by clerk-7
     *     at 2026-02-03T10:15:00Z"}
     */
    public QueuedLineResolvedException(String entryKey, String resolution) {
        super(
                "queued bank line "
                        + entryKey
                        + " is already resolved: "
                        + resolution
                        + "; list the open queue again and decide on an open line");
        this.entryKey = Objects.requireNonNull(entryKey, "entryKey");
    }

    /** Returns the line's key in the queue. */
    public String entryKey() {
        return entryKey;
    }
}
