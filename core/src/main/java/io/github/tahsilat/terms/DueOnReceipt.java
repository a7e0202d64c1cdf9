package io.github.tahsilat.terms;

import java.time.LocalDate;
import java.util.Objects;

/** Due on the invoice date itself. Notation: {@code RECEIPT}. */
public record DueOnReceipt() implements DueDateRule {

    /** Returns {@code invoiceDate}. */
    @Override
    public LocalDate dueDate(LocalDate invoiceDate) {
        return Objects.requireNonNull(invoiceDate, "invoiceDate");
    }

    @Override
    public String toNotation() {
        return "RECEIPT";
    }
}
