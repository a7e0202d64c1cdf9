package io.github.tahsilat.persistence.spi.record;

import java.util.Optional;

/** Text checks of the reconciliation queue records. */
final class QueueChecks {

    private QueueChecks() {}

    static String text(String value, int max, String field) {
        Checks.text(value, field);
        if (value.length() > max) {
            throw Checks.invalid(field, value, "at most " + max + " characters");
        }
        return value;
    }

    static Optional<String> optionalText(Optional<String> value, int max, String field) {
        Checks.optionalText(value, field);
        value.ifPresent(text -> text(text, max, field));
        return value;
    }
}
