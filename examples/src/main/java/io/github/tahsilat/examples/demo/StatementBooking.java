package io.github.tahsilat.examples.demo;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentMethod;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.BankLineMatcher;
import io.github.tahsilat.reconciliation.ItemApplication;
import io.github.tahsilat.reconciliation.MatchResult;
import io.github.tahsilat.reconciliation.MatchSettings;
import io.github.tahsilat.reconciliation.OpenItemIndex;
import io.github.tahsilat.reconciliation.Proposal;
import io.github.tahsilat.reconciliation.ReversalProposal;
import io.github.tahsilat.reconciliation.UnmatchedLine;
import io.github.tahsilat.service.payment.PaymentReceipt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches one statement's bank lines against the open-item index with the default match settings
 * and books each {@link io.github.tahsilat.reconciliation.ProposalStatus#AUTO AUTO} proposal as a
 * payment: the line's amount, its value date, the proposal's invoices as designations, and the
 * line's bank entry key as the payment's idempotency key. Every other line is left for a person to
 * review, as a host without a review screen would.
 *
 * <p>NOTE: this is the demo's own booking step. It books each line in its own payment transaction
 * but stores the recorded entry keys only in memory, so a second run over the same store would
 * depend on the payments' idempotency keys alone. Not thread-safe, because the index is not.
 */
final class StatementBooking {

    /**
     * A line booked as a payment.
     *
     * @param line the bank line
     * @param receipt what the payment service recorded
     */
    record Booked(BankLine line, PaymentReceipt receipt) {}

    /**
     * The outcome of one statement.
     *
     * @param booked the lines booked, in the matcher's order
     * @param leftForReview the lines not booked: suggestions, unmatched lines and reversals
     */
    record Outcome(List<Booked> booked, List<BankLine> leftForReview) {}

    private final Tahsilat engine;
    private final CompanyId companyId;
    private final OpenItemIndex index;
    private final BankLineMatcher matcher;
    private final Set<String> recordedKeys = new HashSet<>();

    StatementBooking(Tahsilat engine, CompanyId companyId, OpenItemIndex index) {
        this.engine = engine;
        this.companyId = companyId;
        this.index = index;
        this.matcher = new BankLineMatcher(index, MatchSettings.defaults());
    }

    /**
     * Matches and books the lines of one statement.
     *
     * @param methods how each line was paid, by line; a line missing from it is a bank transfer
     */
    Outcome book(List<BankLine> statementLines, Map<BankLine, PaymentMethod> methods) {
        MatchResult result = matcher.match(statementLines, recordedKeys);
        List<Booked> booked = new ArrayList<>();
        List<BankLine> leftForReview = new ArrayList<>();
        for (Proposal proposal : result.proposals()) {
            if (proposal.isAuto() && oneCounterparty(proposal)) {
                PaymentMethod method =
                        methods.getOrDefault(proposal.line(), PaymentMethod.BANK_TRANSFER);
                booked.add(new Booked(proposal.line(), record(proposal, method)));
            } else {
                leftForReview.add(proposal.line());
            }
        }
        result.unmatched().stream().map(UnmatchedLine::line).forEach(leftForReview::add);
        result.reversals().stream().map(ReversalProposal::line).forEach(leftForReview::add);
        return new Outcome(booked, leftForReview);
    }

    private PaymentReceipt record(Proposal proposal, PaymentMethod method) {
        BankLine line = proposal.line();
        CounterpartyId payer = proposal.applications().get(0).counterpartyId();
        String key = proposal.key().referenceKey().orElse(proposal.key().contentKey());
        Payment payment =
                Payment.builder()
                        .companyId(companyId)
                        .counterpartyId(payer)
                        .valueDate(line.valueDate())
                        .amount(proposal.amount())
                        .method(method)
                        .remittance(remittance(line))
                        .actor("bank-import")
                        .idempotencyKey(key)
                        .build();
        List<Designation> designations =
                proposal.applications().stream()
                        .map(application -> Designation.of(application.invoiceId()))
                        .toList();
        PaymentReceipt receipt =
                engine.payments().record(payment, designations, AllocationPolicy.defaults());
        recordedKeys.addAll(proposal.key().keysToRecord());
        for (ItemApplication application : proposal.applications()) {
            Invoice invoice =
                    engine.invoices()
                            .find(companyId, application.invoiceId())
                            .orElseThrow()
                            .invoice();
            index.updateOutstanding(invoice.id(), invoice.outstanding());
        }
        return receipt;
    }

    private static boolean oneCounterparty(Proposal proposal) {
        return proposal.applications().stream()
                        .map(ItemApplication::counterpartyId)
                        .distinct()
                        .count()
                == 1;
    }

    private static String remittance(BankLine line) {
        String text = line.remittanceText();
        if (text.isBlank()) {
            return "bank transfer";
        }
        return text.length() <= Payment.MAX_REMITTANCE
                ? text
                : text.substring(0, Payment.MAX_REMITTANCE);
    }
}
