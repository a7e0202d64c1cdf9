package io.github.tahsilat.invoice;

/**
 * The stage of an invoice's life as an open item. Whether it is disputed is a separate flag, see
 * {@link Invoice#dispute()}.
 */
public enum InvoiceStatus {
    /** Nothing has been settled or credited yet; the outstanding amount is the receivable. */
    OPEN,
    /** Part of the receivable has been settled or credited, and part is still outstanding. */
    PARTIALLY_PAID,
    /** Settlements and credits cover the whole receivable; nothing is outstanding. */
    PAID,
    /** The invoice was cancelled before anything was applied to it; nothing is outstanding. */
    CANCELLED,
    /**
     * The remaining outstanding amount was written off as uncollectible; nothing is outstanding.
     */
    WRITTEN_OFF;

    /** Returns {@code true} for {@link #CANCELLED} and {@link #WRITTEN_OFF}, which are final. */
    public boolean isFinal() {
        return this == CANCELLED || this == WRITTEN_OFF;
    }
}
