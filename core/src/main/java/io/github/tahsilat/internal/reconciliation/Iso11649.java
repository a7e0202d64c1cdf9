package io.github.tahsilat.internal.reconciliation;

/**
 * The ISO 11649 creditor reference ("RF reference"): {@code RF}, two check digits and 1 to 21
 * letters or digits. The check digits make the ISO 7064 mod-97 remainder of the rearranged
 * reference equal 1, the same scheme as an IBAN.
 *
 * <p>Stateless and thread-safe.
 */
public final class Iso11649 {

    private static final int MAX_REFERENCE_LENGTH = 21;

    private Iso11649() {}

    /** Returns whether the compact, upper-case {@code reference} starts with {@code RF}. */
    public static boolean looksLikeRf(String reference) {
        return reference.startsWith("RF");
    }

    /**
     * Returns whether {@code compact} (upper case, no spaces) is an RF reference of valid form
     * whose check digits are correct.
     */
    public static boolean isValid(String compact) {
        if (!hasForm(compact)) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = value < 10 ? remainder * 10 + value : remainder * 100 + value;
            remainder %= 97;
        }
        return remainder == 1;
    }

    private static boolean hasForm(String compact) {
        int length = compact.length();
        if (length < 5 || length > 4 + MAX_REFERENCE_LENGTH || !compact.startsWith("RF")) {
            return false;
        }
        for (int i = 2; i < length; i++) {
            char c = compact.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            boolean letter = c >= 'A' && c <= 'Z';
            if (!(digit || (i >= 4 && letter))) {
                return false;
            }
        }
        return true;
    }
}
