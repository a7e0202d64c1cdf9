package io.github.tahsilat.bankstatement.internal.mt940;

import java.util.List;

/**
 * One MT940 field: its tag (such as {@code 61} or {@code 60F}), its lines without the tag, and the
 * 1-based line where it starts.
 */
record Mt940Field(String tag, List<String> lines, int line) {
    Mt940Field {
        lines = List.copyOf(lines);
    }

    /** Returns the lines joined without separators, because MT lines are cut at a fixed width. */
    String joined() {
        return String.join("", lines);
    }

    String firstLine() {
        return lines.get(0);
    }
}
