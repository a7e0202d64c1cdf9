package io.github.tahsilat.bankstatement.internal.mt940;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits MT940 text into fields, one at a time. Lines before the first field (bank headers such as
 * {@code BUNQNL2A}), SWIFT block headers ({@code {1:...}{2:...}{4:}), message ends ({@code -} and
 * {@code -}}) and the framing bytes SOH and ETX are skipped. A line that does not start with a tag
 * continues the previous field. Not thread-safe.
 */
final class Mt940Tokenizer {
    private static final Pattern TAG = Pattern.compile(":(\\d{2}[A-Z]?):(.*)");
    private static final Pattern BLOCK_HEADER = Pattern.compile("(\\{\\d:[^}]*}?)+");

    private final BufferedReader reader;
    private int lineNumber;
    private String pendingTag;
    private int pendingLine;
    private final List<String> pendingLines = new ArrayList<>();
    private boolean inField;
    private boolean pendingDash;

    Mt940Tokenizer(BufferedReader reader) {
        this.reader = reader;
    }

    /** Returns the next field, or {@code null} at the end of the input. */
    Mt940Field next() throws IOException {
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String cleaned = clean(line);
            // Separator lines are compared without trailing spaces, which some banks write.
            String stripped = cleaned.stripTrailing();
            Matcher tag = TAG.matcher(cleaned);
            if (pendingDash) {
                pendingDash = false;
                if (!tag.matches() && !isMessageEnd(stripped) && inField) {
                    pendingLines.add("-");
                } else {
                    inField = false;
                }
            }
            if (tag.matches()) {
                Mt940Field completed = takePending();
                pendingTag = tag.group(1);
                pendingLine = lineNumber;
                pendingLines.add(tag.group(2));
                inField = true;
                if (completed != null) {
                    return completed;
                }
            } else if (stripped.equals("-") && inField) {
                pendingDash = true;
            } else if (isMessageEnd(stripped)) {
                Mt940Field completed = takePending();
                inField = false;
                if (completed != null) {
                    return completed;
                }
            } else if (inField && !cleaned.isEmpty()) {
                pendingLines.add(cleaned);
            }
        }
        return takePending();
    }

    private Mt940Field takePending() {
        if (pendingTag == null) {
            return null;
        }
        Mt940Field field = new Mt940Field(pendingTag, pendingLines, pendingLine);
        pendingTag = null;
        pendingLines.clear();
        return field;
    }

    private static boolean isMessageEnd(String line) {
        return line.equals("-")
                || line.equals("-}")
                || line.equals("}")
                || BLOCK_HEADER.matcher(line).matches();
    }

    private static String clean(String line) {
        StringBuilder text = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\u0001' && c != '\u0003' && c != '\r' && c != '\uFEFF') {
                text.append(c);
            }
        }
        String result = text.toString();
        String end = result.stripTrailing();
        // A trailing "-}" after the last field on the same line closes block 4.
        return end.endsWith("-}") && end.length() > 2 ? end.substring(0, end.length() - 2) : result;
    }
}
