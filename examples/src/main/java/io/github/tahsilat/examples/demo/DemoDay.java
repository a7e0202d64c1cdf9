package io.github.tahsilat.examples.demo;

import io.github.tahsilat.invoice.Invoice;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens on one day of a scenario, in the order the replay runs it: invoices issued, credit
 * notes, disputes, promises, and the payments that arrive on the day's bank statement.
 *
 * @param date the day
 * @param invoices the invoices issued, in number order
 * @param credits the credit notes issued
 * @param disputes the disputes raised
 * @param promises the promises to pay given
 * @param payments the payments that arrive, in the order they appear on the statement
 */
record DemoDay(
        LocalDate date,
        List<Invoice> invoices,
        List<PlannedCredit> credits,
        List<PlannedDispute> disputes,
        List<PlannedPromise> promises,
        List<PlannedPayment> payments) {

    /** Copies the lists. */
    DemoDay {
        invoices = List.copyOf(invoices);
        credits = List.copyOf(credits);
        disputes = List.copyOf(disputes);
        promises = List.copyOf(promises);
        payments = List.copyOf(payments);
    }
}
