package io.github.tahsilat.examples.demo;

import io.github.tahsilat.invoice.Invoice;
import java.time.LocalDate;
import java.util.List;

/**
 * What happens on one day of a scenario, in the order the replay runs it: invoices issued, credit
 * notes, disputes, promises, instruments, payment plans agreed, and the entries on the day's bank
 * statement.
 *
 * @param date the day
 * @param invoices the invoices issued, in number order
 * @param credits the credit notes issued
 * @param disputes the disputes raised
 * @param promises the promises to pay given
 * @param instruments what happens to post-dated cheques and promissory notes
 * @param paymentPlans the payment plans agreed
 * @param entries the bank entries, in the order they appear on the statement
 */
record DemoDay(
        LocalDate date,
        List<Invoice> invoices,
        List<PlannedCredit> credits,
        List<PlannedDispute> disputes,
        List<PlannedPromise> promises,
        List<InstrumentEvent> instruments,
        List<PlannedPaymentPlan> paymentPlans,
        List<PlannedEntry> entries) {

    /** Copies the lists. */
    DemoDay {
        invoices = List.copyOf(invoices);
        credits = List.copyOf(credits);
        disputes = List.copyOf(disputes);
        promises = List.copyOf(promises);
        instruments = List.copyOf(instruments);
        paymentPlans = List.copyOf(paymentPlans);
        entries = List.copyOf(entries);
    }
}
