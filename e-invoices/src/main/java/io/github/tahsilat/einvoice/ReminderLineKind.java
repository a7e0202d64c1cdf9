package io.github.tahsilat.einvoice;

import java.util.Locale;

/**
 * The kind of amount on one {@code cac:ReminderLine} of a Reminder: an overdue item, a dunning fee
 * or late interest. {@link ReminderWriter} prints the kind as the line's {@code
 * cbc:PaymentPurposeCode}, whose value is the constant's name.
 */
public enum ReminderLineKind {
    /** An overdue invoice or installment: its outstanding amount. */
    ITEM,
    /** A dunning fee, for the whole notice or for one item. */
    FEE,
    /** Late interest on one item over a period. */
    INTEREST;

    /**
     * Returns the kind a {@code cbc:PaymentPurposeCode} names: {@link #FEE} for {@code FEE}, {@link
     * #INTEREST} for {@code INTEREST}, in any case, and {@link #ITEM} for any other code or none,
     * since a Reminder from another system lists its overdue invoices without this library's codes.
     *
     * @param code the printed code, or {@code null} when the line has none
     */
    public static ReminderLineKind ofCode(String code) {
        if (code == null) {
            return ITEM;
        }
        return switch (code.strip().toUpperCase(Locale.ROOT)) {
            case "FEE" -> FEE;
            case "INTEREST" -> INTEREST;
            default -> ITEM;
        };
    }
}
