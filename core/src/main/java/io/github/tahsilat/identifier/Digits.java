package io.github.tahsilat.identifier;

import io.github.tahsilat.error.InvalidInputException;

/** Checks and conversions for identifiers made of ASCII digits. */
final class Digits {

    private Digits() {}

    /** Returns whether {@code text} is exactly {@code length} ASCII digits. */
    static boolean isDigits(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns the digit at {@code index}, which must be an ASCII digit. */
    static int digitAt(String text, int index) {
        return text.charAt(index) - '0';
    }

    /** Returns {@code text} without any whitespace, for the {@code parse} methods. */
    static String withoutWhitespace(String text, String field, String expected) {
        if (text == null) {
            throw new InvalidInputException(field, null, expected);
        }
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                compact.append(c);
            }
        }
        return compact.toString();
    }
}
