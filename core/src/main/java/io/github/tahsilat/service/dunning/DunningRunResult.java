package io.github.tahsilat.service.dunning;

import io.github.tahsilat.notice.FeeLine;
import io.github.tahsilat.notice.InterestLine;
import io.github.tahsilat.notice.Notice;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a dunning run, or for a dry run the outcome it would have.
 *
 * @param runKey the run's key
 * @param asOf the run's date
 * @param dryRun whether nothing was written or sent
 * @param notices the notices offered to channels on this run, new ones and retries, in counterparty
 *     order
 * @param fees the fees booked on this run: the fee lines of notices delivered for the first time
 * @param interest the late interest booked on this run
 * @param exclusions the overdue items left out, with the reason
 * @param failures the deliveries that failed or were rejected
 * @param writeOffs the charges written off on items whose principal is paid, in item order
 * @param handOvers the items handed over to a collection agency or legal follow-up on this run
 * @param chargeInvoices the invoices with VAT for the host to issue: one per fee or interest charge
 *     that this run booked, or that a dry run would book. Empty for policies without {@link
 *     io.github.tahsilat.dunning.ChargeVat VAT terms}
 */
public record DunningRunResult(
        String runKey,
        LocalDate asOf,
        boolean dryRun,
        List<Notice> notices,
        List<FeeLine> fees,
        List<InterestLine> interest,
        List<Exclusion> exclusions,
        List<DeliveryFailure> failures,
        List<ChargeWriteOff> writeOffs,
        List<HandOver> handOvers,
        List<ChargeInvoice> chargeInvoices) {

    /**
     * Checks that every part is present and copies the lists.
     *
     * @throws NullPointerException if an argument or element is {@code null}
     */
    public DunningRunResult {
        Objects.requireNonNull(runKey, "runKey");
        Objects.requireNonNull(asOf, "asOf");
        notices = List.copyOf(notices);
        fees = List.copyOf(fees);
        interest = List.copyOf(interest);
        exclusions = List.copyOf(exclusions);
        failures = List.copyOf(failures);
        writeOffs = List.copyOf(writeOffs);
        handOvers = List.copyOf(handOvers);
        chargeInvoices = List.copyOf(chargeInvoices);
    }

    /**
     * Creates a result without charge invoices.
     *
     * @throws NullPointerException if an argument or element is {@code null}
     */
    public DunningRunResult(
            String runKey,
            LocalDate asOf,
            boolean dryRun,
            List<Notice> notices,
            List<FeeLine> fees,
            List<InterestLine> interest,
            List<Exclusion> exclusions,
            List<DeliveryFailure> failures,
            List<ChargeWriteOff> writeOffs,
            List<HandOver> handOvers) {
        this(
                runKey,
                asOf,
                dryRun,
                notices,
                fees,
                interest,
                exclusions,
                failures,
                writeOffs,
                handOvers,
                List.of());
    }

    /**
     * Creates a result without write-offs, hand-overs or charge invoices.
     *
     * @throws NullPointerException if an argument or element is {@code null}
     */
    public DunningRunResult(
            String runKey,
            LocalDate asOf,
            boolean dryRun,
            List<Notice> notices,
            List<FeeLine> fees,
            List<InterestLine> interest,
            List<Exclusion> exclusions,
            List<DeliveryFailure> failures) {
        this(
                runKey,
                asOf,
                dryRun,
                notices,
                fees,
                interest,
                exclusions,
                failures,
                List.of(),
                List.of(),
                List.of());
    }
}
