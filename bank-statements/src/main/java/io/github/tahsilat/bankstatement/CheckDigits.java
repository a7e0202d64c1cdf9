package io.github.tahsilat.bankstatement;

import java.util.Locale;

/** Check-digit algorithms for creditor references. */
final class CheckDigits {
    private static final int[] MOD10_RECURSIVE = {0, 9, 4, 6, 8, 2, 7, 1, 3, 5};

    private CheckDigits() {}

    /**
     * Returns whether {@code reference} is an ISO 11649 creditor reference with correct check
     * digits. Spaces are ignored and letters may be in either case.
     */
    static boolean isValidIso11649(String reference) {
        String compact = reference.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("RF\\d{2}[A-Z0-9]{1,21}")) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            int value = Character.digit(rearranged.charAt(i), 36);
            remainder = value < 10 ? (remainder * 10 + value) % 97 : (remainder * 100 + value) % 97;
        }
        return remainder == 1;
    }

    /**
     * Returns whether {@code reference} is 27 digits whose last digit is the modulo 10 recursive
     * check digit of the first 26, as Swiss QR and ISR references are. Spaces are ignored.
     */
    static boolean isValidSwissQr(String reference) {
        String compact = reference.replace(" ", "");
        if (!compact.matches("\\d{27}")) {
            return false;
        }
        int carry = 0;
        for (int i = 0; i < 26; i++) {
            carry = MOD10_RECURSIVE[(carry + (compact.charAt(i) - '0')) % 10];
        }
        return (10 - carry) % 10 == compact.charAt(26) - '0';
    }
}
