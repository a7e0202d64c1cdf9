package io.github.tahsilat.internal.dunning;

import io.github.tahsilat.dunning.ChargeVat;
import io.github.tahsilat.dunning.DunningPolicy;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.DunningClaim;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.notice.InterestLine;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.service.dunning.ChargeInvoice;
import io.github.tahsilat.service.dunning.ChargeKind;
import java.util.Optional;
import javax.money.MonetaryAmount;

/** Adds the charge invoices of booked fees and interest to a run, under a policy's VAT terms. */
final class ChargeInvoicing {

    private ChargeInvoicing() {}

    /** Adds the invoice of the fee booked on {@code claim}, if the policy has VAT terms. */
    static void fee(
            Run run, DunningPolicy policy, Notice notice, DunningClaim claim, MinorAmount fee) {
        add(run, policy.chargeVat(), ChargeKind.FEE, notice, claim, fee.toMonetaryAmount());
    }

    /** Adds the invoice of the interest line booked on {@code claim}, if the policy has terms. */
    static void interest(
            Run run, DunningPolicy policy, Notice notice, DunningClaim claim, InterestLine line) {
        add(run, policy.chargeVat(), ChargeKind.LATE_INTEREST, notice, claim, line.amount());
    }

    private static void add(
            Run run,
            Optional<ChargeVat> terms,
            ChargeKind kind,
            Notice notice,
            DunningClaim claim,
            MonetaryAmount charged) {
        if (terms.isEmpty() || !charged.isPositive()) {
            return;
        }
        run.chargeInvoices.add(
                ChargeInvoice.of(
                        kind,
                        notice.counterpartyId(),
                        new InvoiceId(claim.itemId()),
                        claim.invoiceNumber(),
                        notice.asOf(),
                        charged,
                        terms.get(),
                        run.company.settings().roundingMode()));
    }
}
