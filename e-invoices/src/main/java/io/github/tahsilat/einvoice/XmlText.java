package io.github.tahsilat.einvoice;

import io.github.tahsilat.error.InvalidInputException;
import java.util.Locale;

/** Checks that text can be written into an XML 1.0 document and read back unchanged. */
final class XmlText {

    private XmlText() {}

    /**
     * Checks {@code value} for characters that do not survive a write and a read. XML 1.0 cannot
     * carry control characters other than tab, line feed and carriage return, nor unpaired
     * surrogates. A parser turns a carriage return into a line feed, so it is rejected too.
     *
     * @param value the text
     * @param field the name of the field in the message
     * @param personal whether the value may be personal data, which the message then leaves out
     * @throws InvalidInputException if {@code value} contains such a character
     */
    static void check(String value, String field, boolean personal) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n';
            boolean noCharacter = c == 0xFFFE || c == 0xFFFF;
            if (control || noCharacter || unpairedSurrogate(value, i)) {
                Object rejected =
                        personal
                                ? "<redacted, " + value.length() + " characters>"
                                : '"' + value + '"';
                throw new InvalidInputException(
                        field,
                        rejected,
                        "text without control characters other than tab and line feed, but"
                                + String.format(Locale.ROOT, " U+%04X is at index %d", (int) c, i));
            }
        }
    }

    private static boolean unpairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
