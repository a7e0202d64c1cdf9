package io.github.tahsilat.internal.service;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.Designation;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.MinorAllocator;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.BankEntryRepository;
import io.github.tahsilat.internal.persistence.BookedEntry;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.ReconciliationQueueRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.payment.PaymentId;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.ItemApplication;
import io.github.tahsilat.reconciliation.ManualMatch;
import io.github.tahsilat.reconciliation.Proposal;
import io.github.tahsilat.reconciliation.ReversalProposal;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.payment.PaymentReceipt;
import io.github.tahsilat.service.payment.StoredPayment;
import io.github.tahsilat.service.reconciliation.QueuedLine;
import io.github.tahsilat.service.reconciliation.QueuedLineResolvedException;
import io.github.tahsilat.service.reconciliation.StatementApplier;
import io.github.tahsilat.service.reconciliation.StatementImport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books bank lines of one statement of one company: each in one transaction that first checks the
 * line's keys against the stored bank entries, then records or reverses the payment, then stores
 * the entry under its keys and resolves the line in the reconciliation queue if it is queued. A
 * parallel booking of the same entry fails on a unique key, rolls back, and is reported as already
 * booked. Immutable and thread-safe.
 */
final class StatementBooking implements StatementApplier {

    private static final Logger LOG = LoggerFactory.getLogger(StatementBooking.class);

    /** The maximum number of words of a return's remittance text looked up as invoice numbers. */
    static final int MAX_NUMBER_LOOKUPS = 20;

    /** The reason of a line booked as one payment. */
    static final String BOOKED = "booked";

    private final StoreContext context;
    private final CompanyId companyId;
    private final String statementId;
    private final AllocationPolicy policy;
    private final QueuedLine.ResolutionKind bookedKind;

    /** The outcome of booking one line. */
    enum Status {
        BOOKED,
        ALREADY_BOOKED,
        NOT_BOOKED
    }

    /**
     * The outcome of booking one line.
     *
     * @param status what happened
     * @param paymentId the payment recorded or reversed, or recorded by the earlier booking; empty
     *     when nothing was booked or the earlier booking ignored the line
     * @param reason why, for the result
     */
    record Outcome(Status status, Optional<PaymentId> paymentId, String reason) {}

    /**
     * The resolution that a booking gives the line's entry in the reconciliation queue.
     *
     * @param kind the resolution's kind
     * @param note the resolution's note, required for {@code DISMISSED}
     * @param required whether the booking must resolve an open queued line, and rolls back when the
     *     line is no longer open
     */
    record QueueNote(QueuedLine.ResolutionKind kind, Optional<String> note, boolean required) {

        QueueNote(QueuedLine.ResolutionKind kind, Optional<String> note) {
            this(kind, note, false);
        }
    }

    /**
     * Creates the booking of a person's decisions, which resolves a queued line as a manual match.
     */
    StatementBooking(
            StoreContext context,
            CompanyId companyId,
            String statementId,
            AllocationPolicy policy) {
        this(context, companyId, statementId, policy, QueuedLine.ResolutionKind.MANUAL_MATCH);
    }

    /**
     * Creates the booking.
     *
     * @param bookedKind the resolution's kind for a booked proposal or reversal: {@code
     *     BOOKED_BY_IMPORT} for an import, {@code MANUAL_MATCH} for a person's decisions
     */
    StatementBooking(
            StoreContext context,
            CompanyId companyId,
            String statementId,
            AllocationPolicy policy,
            QueuedLine.ResolutionKind bookedKind) {
        this.context = context;
        this.bookedKind = bookedKind;
        this.companyId = InputChecks.present(companyId, "companyId", "the company's id");
        this.statementId =
                InputChecks.text(
                        statementId, "statementId", StatementImport.MAX_STATEMENT_ID_LENGTH);
        this.policy = policy;
    }

    @Override
    public boolean apply(Proposal proposal, Actor actor) {
        InputChecks.present(proposal, "proposal", "a proposal");
        InputChecks.present(actor, "actor", "who books the proposal");
        if (isSettledBatch(proposal.key(), proposal.line())) {
            return false;
        }
        Outcome outcome = book(proposal, actor);
        if (outcome.status() == Status.NOT_BOOKED) {
            throw new InvalidInputException("proposal", proposal.key().primary(), outcome.reason());
        }
        return outcome.status() == Status.BOOKED;
    }

    @Override
    public boolean apply(BankLine line, ManualMatch match) {
        InputChecks.present(line, "line", "the bank line");
        InputChecks.present(match, "match", "the person's match");
        requireKeyOf(match.key(), line);
        if (isSettledBatch(match.key(), line)) {
            return false;
        }
        return bookMatch(line, match, false).status() == Status.BOOKED;
    }

    /**
     * Books a person's match of a line, without checking that the match's key is the line's, and
     * resolves the line's queued entry as a manual match with the match's note, all in one
     * transaction. The caller checks the key, or rebuilt the line from the reconciliation queue.
     *
     * @param queued whether the line must be open in the queue
     * @throws InvalidInputException under the conditions of {@link #apply(BankLine, ManualMatch)}
     * @throws CurrencyMismatchException if the match's amounts are in another currency than the
     *     line
     * @throws QueuedLineResolvedException if {@code queued} and the line left the queue while the
     *     match was booking; nothing is stored then
     */
    Outcome bookMatch(BankLine line, ManualMatch match, boolean queued) {
        String lineCurrency = line.amount().getCurrency().getCurrencyCode();
        String matchCurrency = match.total().getCurrency().getCurrencyCode();
        if (!lineCurrency.equals(matchCurrency)) {
            throw new CurrencyMismatchException(
                    "match a bank line by hand", lineCurrency, matchCurrency);
        }
        if (line.isChargesOnly()) {
            MinorAmount charges = MinorAmount.of(line.amount(), RoundingMode.UNNECESSARY).negate();
            throw new InvalidInputException(
                    "line",
                    line,
                    "a line that pays an invoice, but this one books only the bank's charges of "
                            + charges
                            + ": book them as a bank expense and ignore the line, or dismiss"
                            + " it from the queue");
        }
        if (line.isReturnOrReversal()) {
            throw new InvalidInputException(
                    "line",
                    line,
                    "an incoming payment; book a returned or reversed line with applyReversal");
        }
        if (match.total().isGreaterThan(line.grossAmount())) {
            throw new InvalidInputException(
                    "match",
                    match.total(),
                    "allocations adding up to at most the line's amount " + line.grossAmount());
        }
        Map<CounterpartyId, List<Share>> shares = sharesOf(match);
        Outcome outcome;
        if (shares.size() > 1) {
            if (!match.total().isEqualTo(line.grossAmount())) {
                throw new InvalidInputException(
                        "match",
                        match.total(),
                        "allocations adding up to the line's amount "
                                + line.grossAmount()
                                + ", because they pay "
                                + shares.size()
                                + " counterparties and no rule decides which keeps the rest");
            }
            outcome =
                    paySplit(
                            match.key(),
                            line,
                            shares,
                            match.matchedBy(),
                            manualNote(match, queued));
        } else {
            List<Designation> designations = new ArrayList<>();
            for (Share share : shares.values().iterator().next()) {
                designations.add(Designation.of(share.invoiceId(), share.applied()));
            }
            CounterpartyId counterpartyId = shares.keySet().iterator().next();
            outcome =
                    pay(
                            match.key(),
                            line,
                            counterpartyId,
                            designations,
                            match.matchedBy(),
                            manualNote(match, queued));
        }
        return outcome;
    }

    private static QueueNote manualNote(ManualMatch match, boolean queued) {
        return new QueueNote(QueuedLine.ResolutionKind.MANUAL_MATCH, match.note(), queued);
    }

    /** Returns the queue resolution of a booked proposal or reversal. */
    private QueueNote bookedNote() {
        return bookedKind == QueuedLine.ResolutionKind.BOOKED_BY_IMPORT
                ? new QueueNote(bookedKind, Optional.of("booked by statement " + statementId))
                : new QueueNote(bookedKind, Optional.empty());
    }

    @Override
    public boolean applyReversal(ReversalProposal reversal, Actor actor) {
        InputChecks.present(reversal, "reversal", "a reversal proposal");
        InputChecks.present(actor, "actor", "who books the reversal");
        Outcome outcome = reverse(reversal, actor);
        if (outcome.status() == Status.NOT_BOOKED) {
            throw new InvalidInputException("reversal", reversal.key().primary(), outcome.reason());
        }
        return outcome.status() == Status.BOOKED;
    }

    @Override
    public boolean ignore(BankEntryKey key, BankLine line, Actor actor) {
        InputChecks.present(key, "key", "the line's key");
        InputChecks.present(line, "line", "the bank line");
        InputChecks.present(actor, "actor", "who decided");
        requireKeyOf(key, line);
        Outcome outcome =
                inTransaction(
                        key,
                        actor,
                        new QueueNote(
                                QueuedLine.ResolutionKind.DISMISSED,
                                Optional.of("ignored: the line books nothing")),
                        entries -> {
                            entries.record(
                                    companyId,
                                    statementId,
                                    key,
                                    line,
                                    BookedEntry.Decision.IGNORED,
                                    List.of());
                            return new Outcome(Status.BOOKED, Optional.empty(), "ignored");
                        });
        return outcome.status() == Status.BOOKED;
    }

    /**
     * Returns whether the line is a batch total whose transactions another statement or
     * notification booked one by one, so that a person's booking of it would book them twice.
     */
    private boolean isSettledBatch(BankEntryKey key, BankLine line) {
        if (line.batch().isEmpty()
                || new BankEntryRepository(context).bookedEntry(companyId, key).isPresent()) {
            return false;
        }
        boolean settled =
                !new NotifiedBatches(context, companyId, statementId)
                        .settled(List.of(key), List.of(line))
                        .isEmpty();
        if (settled) {
            LOG.debug(
                    "Company {} bank entry {} is a batch total settled by its transactions",
                    companyId,
                    key.primary());
        }
        return settled;
    }

    /**
     * Books a proposal as a payment, or as one payment per counterparty when its items belong to
     * several, each of what that counterparty's invoices receive.
     */
    Outcome book(Proposal proposal, Actor actor) {
        Map<CounterpartyId, List<Share>> shares = new LinkedHashMap<>();
        for (ItemApplication application : proposal.applications()) {
            shares.computeIfAbsent(application.counterpartyId(), id -> new ArrayList<>())
                    .add(new Share(application.invoiceId(), application.applied()));
        }
        if (shares.size() > 1) {
            if (proposal.unapplied().isPositive()) {
                return new Outcome(
                        Status.NOT_BOOKED,
                        Optional.empty(),
                        "the line pays invoices of "
                                + shares.size()
                                + " counterparties and leaves "
                                + proposal.unapplied()
                                + " unapplied, so a person must decide which counterparty keeps"
                                + " it");
            }
            return paySplit(proposal.key(), proposal.line(), shares, actor, bookedNote());
        }
        List<Designation> designations = new ArrayList<>();
        for (ItemApplication application : proposal.applications()) {
            designations.add(Designation.of(application.invoiceId()));
        }
        return pay(
                proposal.key(),
                proposal.line(),
                shares.keySet().iterator().next(),
                designations,
                actor,
                bookedNote());
    }

    /** The part of a line that one invoice receives. */
    private record Share(InvoiceId invoiceId, MonetaryAmount applied) {}

    /**
     * Books a line that pays invoices of several counterparties as one payment per counterparty,
     * ordered by counterparty id, in one transaction that stores the bank entry once, with every
     * payment, so that returning the line reverses them all. Each payment is of what its
     * counterparty's invoices receive, and carries the bank charges split in proportion, rounded
     * with the company's rounding mode. The caller checks that the shares add up to the line's
     * gross amount, because no rule decides which counterparty keeps a rest.
     */
    private Outcome paySplit(
            BankEntryKey key,
            BankLine line,
            Map<CounterpartyId, List<Share>> shares,
            Actor actor,
            QueueNote queueNote) {
        List<SplitPart> parts = splitParts(key, line, shares);
        return inTransaction(
                key,
                actor,
                queueNote,
                entries -> {
                    DefaultPaymentService payments =
                            new DefaultPaymentService(context.actingAs(actor));
                    List<PaymentId> paymentIds = new ArrayList<>();
                    for (SplitPart part : parts) {
                        Payment payment = part.payment(companyId, line, actor);
                        paymentIds.add(
                                payments.recordAtConfiguredRates(
                                                payment, part.designations(), policy)
                                        .payment()
                                        .id());
                    }
                    entries.record(
                            companyId,
                            statementId,
                            key,
                            line,
                            BookedEntry.Decision.BOOKED,
                            paymentIds);
                    return new Outcome(
                            Status.BOOKED,
                            Optional.of(paymentIds.get(0)),
                            "booked as "
                                    + paymentIds.size()
                                    + " payments, one per counterparty: "
                                    + describe(parts, paymentIds));
                });
    }

    /** One counterparty's payment of a split line, before it is recorded. */
    private record SplitPart(
            CounterpartyId counterpartyId,
            MonetaryAmount amount,
            MonetaryAmount charges,
            List<Designation> designations,
            String idempotencyKey) {

        Payment payment(CompanyId companyId, BankLine line, Actor actor) {
            String remittance = line.remittanceText();
            if (remittance.length() > Payment.MAX_REMITTANCE) {
                remittance = remittance.substring(0, Payment.MAX_REMITTANCE);
            }
            return Payment.builder()
                    .companyId(companyId)
                    .counterpartyId(counterpartyId)
                    .valueDate(line.valueDate())
                    .amount(amount)
                    .charges(charges)
                    .remittance(remittance)
                    .actor(actor.id())
                    .idempotencyKey(idempotencyKey)
                    .build();
        }
    }

    private List<SplitPart> splitParts(
            BankEntryKey key, BankLine line, Map<CounterpartyId, List<Share>> byCounterparty) {
        List<CounterpartyId> order = new ArrayList<>(byCounterparty.keySet());
        order.sort(Comparator.comparing(CounterpartyId::value));
        List<MinorAmount> amounts = new ArrayList<>();
        List<BigDecimal> ratios = new ArrayList<>();
        for (CounterpartyId counterpartyId : order) {
            MinorAmount total = null;
            for (Share share : byCounterparty.get(counterpartyId)) {
                MinorAmount applied = MinorAmount.of(share.applied(), RoundingMode.UNNECESSARY);
                total = total == null ? applied : total.plus(applied);
            }
            amounts.add(total);
            ratios.add(BigDecimal.valueOf(total.units()));
        }
        MinorAmount charges =
                MinorAmount.of(
                        line.grossAmount().subtract(line.amount()), RoundingMode.UNNECESSARY);
        RoundingMode mode =
                new CompanyRepository(context).require(companyId).settings().roundingMode();
        List<MinorAmount> chargeParts = MinorAllocator.split(charges, ratios, mode);
        String baseKey = splitKeyBase(key);
        List<SplitPart> parts = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            CounterpartyId counterpartyId = order.get(i);
            List<Designation> designations = new ArrayList<>();
            for (Share share : byCounterparty.get(counterpartyId)) {
                designations.add(Designation.of(share.invoiceId(), share.applied()));
            }
            parts.add(
                    new SplitPart(
                            counterpartyId,
                            amounts.get(i).toMonetaryAmount(),
                            chargeParts.get(i).toMonetaryAmount(),
                            designations,
                            baseKey + "/" + (i + 1)));
        }
        return parts;
    }

    /** Returns the base of the split payments' idempotency keys, short enough for a suffix. */
    private static String splitKeyBase(BankEntryKey key) {
        int room = Payment.MAX_KEY - 4;
        return key.primary().length() <= room ? key.primary() : key.contentKey();
    }

    private static String describe(List<SplitPart> parts, List<PaymentId> paymentIds) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            described.add(
                    paymentIds.get(i)
                            + " of "
                            + parts.get(i).amount()
                            + " for counterparty "
                            + parts.get(i).counterpartyId());
        }
        return String.join(", ", described);
    }

    /**
     * Reverses what a returned line undoes, when exactly one standing booking fits: every payment
     * that one bank entry booked, in one transaction, so that a line split over several
     * counterparties is returned whole or not at all.
     */
    Outcome reverse(ReversalProposal reversal, Actor actor) {
        List<List<PaymentId>> candidates = reversedBookingCandidates(reversal);
        if (candidates.size() != 1) {
            // A parallel import that reversed the payments first leaves none standing here.
            Optional<BookedEntry> earlier =
                    new BankEntryRepository(context).bookedEntry(companyId, reversal.key());
            if (earlier.isPresent()) {
                return alreadyBooked(earlier.get());
            }
            return new Outcome(
                    Status.NOT_BOOKED,
                    Optional.empty(),
                    candidates.isEmpty()
                            ? "no standing payment of "
                                    + reversal.amount()
                                    + " found by the line's end-to-end id or referenced invoices"
                            : candidates.size()
                                    + " standing payments of "
                                    + reversal.amount()
                                    + " fit; choose the one to reverse");
        }
        List<PaymentId> paymentIds = candidates.get(0);
        BankLine line = reversal.line();
        return inTransaction(
                reversal.key(),
                actor,
                bookedNote(),
                entries -> {
                    DefaultPaymentService payments =
                            new DefaultPaymentService(context.actingAs(actor));
                    for (PaymentId paymentId : paymentIds) {
                        payments.reverse(
                                companyId, paymentId, line.valueDate(), reversalReason(line));
                    }
                    entries.record(
                            companyId,
                            statementId,
                            reversal.key(),
                            line,
                            BookedEntry.Decision.REVERSED,
                            paymentIds);
                    String reversed =
                            paymentIds.size() == 1
                                    ? "reversed payment " + paymentIds.get(0)
                                    : "reversed payments " + joined(paymentIds);
                    return new Outcome(
                            Status.BOOKED,
                            Optional.of(paymentIds.get(0)),
                            reversed + " that the returned entry undoes");
                });
    }

    private static String joined(List<PaymentId> paymentIds) {
        List<String> ids = new ArrayList<>();
        for (PaymentId paymentId : paymentIds) {
            ids.add(paymentId.toString());
        }
        return String.join(", ", ids);
    }

    private Outcome pay(
            BankEntryKey key,
            BankLine line,
            CounterpartyId counterpartyId,
            List<Designation> designations,
            Actor actor,
            QueueNote queueNote) {
        Payment payment = payment(key, line, counterpartyId, actor);
        return inTransaction(
                key,
                actor,
                queueNote,
                entries -> {
                    PaymentReceipt receipt =
                            new DefaultPaymentService(context.actingAs(actor))
                                    .recordAtConfiguredRates(payment, designations, policy);
                    PaymentId paymentId = receipt.payment().id();
                    entries.record(
                            companyId,
                            statementId,
                            key,
                            line,
                            BookedEntry.Decision.BOOKED,
                            List.of(paymentId));
                    if (receipt.repeated()) {
                        return new Outcome(
                                Status.ALREADY_BOOKED,
                                Optional.of(paymentId),
                                "payment "
                                        + paymentId
                                        + " was recorded earlier under the same idempotency key");
                    }
                    return new Outcome(Status.BOOKED, Optional.of(paymentId), BOOKED);
                });
    }

    /** The work of one line inside its transaction, given the repository of the acting actor. */
    private interface LineWork {
        Outcome run(BankEntryRepository entries);
    }

    /**
     * Runs the work of one line in a transaction unless the line is booked, and resolves the line's
     * open queue entry, if any, with {@code queueNote} when the work booked it.
     */
    private Outcome inTransaction(
            BankEntryKey key, Actor actor, QueueNote queueNote, LineWork work) {
        StoreContext acting = context.actingAs(actor);
        BankEntryRepository entries = new BankEntryRepository(acting);
        Supplier<Outcome> attempt =
                () -> {
                    Optional<BookedEntry> earlier = entries.bookedEntry(companyId, key);
                    if (earlier.isPresent()) {
                        return alreadyBooked(earlier.get());
                    }
                    Outcome outcome = work.run(entries);
                    if (outcome.status() == Status.BOOKED) {
                        boolean resolved =
                                new ReconciliationQueueRepository(acting)
                                        .resolveBooked(
                                                companyId, key, queueNote.kind(), queueNote.note())
                                        .isPresent();
                        if (queueNote.required() && !resolved) {
                            // Throwing rolls back the payment and the bank entry booked above.
                            throw new QueuedLineResolvedException(
                                    key.primary(),
                                    "it left the queue while this match was booking");
                        }
                    }
                    return outcome;
                };
        try {
            Outcome outcome = acting.write(attempt);
            LOG.debug(
                    "Company {} bank entry {} of statement {}: {}",
                    companyId,
                    key.primary(),
                    statementId,
                    outcome.status());
            return outcome;
        } catch (RuntimeException e) {
            // When a parallel booking of the same entry committed first, this transaction failed
            // on a unique key (of the entry, the payment's idempotency key or a version) and
            // rolled back, so the entry is booked once.
            Optional<BookedEntry> earlier = entries.bookedEntry(companyId, key);
            if (earlier.isEmpty()) {
                throw e;
            }
            LOG.debug(
                    "Company {} bank entry {} was booked by a parallel import: {}",
                    companyId,
                    key.primary(),
                    e.toString());
            return alreadyBooked(earlier.get());
        }
    }

    /** Describes what an earlier booking of the entry did. */
    static Outcome alreadyBooked(BookedEntry earlier) {
        Optional<PaymentId> paymentId = earlier.paymentId();
        String payments =
                earlier.paymentIds().size() == 1
                        ? "payment " + earlier.paymentIds().get(0)
                        : "payments " + joined(earlier.paymentIds());
        String what =
                switch (earlier.decision()) {
                    case BOOKED -> "booked as " + payments;
                    case REVERSED -> "booked as the reversal of " + payments;
                    case IGNORED -> "ignored";
                };
        return new Outcome(
                Status.ALREADY_BOOKED,
                paymentId,
                what
                        + " from statement "
                        + earlier.statementId()
                        + " by "
                        + earlier.actorId()
                        + " at "
                        + earlier.at());
    }

    private Payment payment(
            BankEntryKey key, BankLine line, CounterpartyId counterpartyId, Actor actor) {
        MonetaryAmount gross = line.grossAmount();
        String remittance = line.remittanceText();
        if (remittance.length() > Payment.MAX_REMITTANCE) {
            remittance = remittance.substring(0, Payment.MAX_REMITTANCE);
        }
        String idempotencyKey =
                key.primary().length() <= Payment.MAX_KEY ? key.primary() : key.contentKey();
        return Payment.builder()
                .companyId(companyId)
                .counterpartyId(counterpartyId)
                .valueDate(line.valueDate())
                .amount(gross)
                .charges(gross.subtract(line.amount()))
                .remittance(remittance)
                .actor(actor.id())
                .idempotencyKey(idempotencyKey)
                .build();
    }

    /**
     * Returns the standing bookings that the return undoes, each as the payments of one bank entry.
     * A payment that no stored bank entry booked is a booking of its own.
     */
    private List<List<PaymentId>> reversedBookingCandidates(ReversalProposal reversal) {
        BankEntryRepository entries = new BankEntryRepository(context);
        DefaultPaymentService payments = new DefaultPaymentService(context);
        Set<List<PaymentId>> found = new LinkedHashSet<>();
        if (reversal.endToEndId().isPresent()) {
            found.addAll(
                    entries.bookedWithEndToEndId(
                            companyId, reversal.line().accountId(), reversal.endToEndId().get()));
        }
        if (found.isEmpty()) {
            Set<InvoiceId> invoiceIds = new LinkedHashSet<>(reversal.referencedItems());
            invoiceIds.addAll(invoicesNamedIn(reversal.line().remittanceText()));
            for (InvoiceId invoiceId : invoiceIds) {
                for (PaymentId paymentId : entries.paymentsAllocatedTo(companyId, invoiceId)) {
                    found.add(bookingOf(entries, payments, paymentId));
                }
            }
        }
        List<List<PaymentId>> standing = new ArrayList<>();
        for (List<PaymentId> booking : found) {
            if (isStandingAndUndone(payments, booking, reversal.amount())) {
                standing.add(booking);
            }
        }
        return standing;
    }

    /** Returns the payments of the bank entry that booked {@code paymentId}, or it alone. */
    private List<PaymentId> bookingOf(
            BankEntryRepository entries, DefaultPaymentService payments, PaymentId paymentId) {
        Optional<String> idempotencyKey =
                payments.find(companyId, paymentId)
                        .flatMap(stored -> stored.payment().idempotencyKey());
        if (idempotencyKey.isEmpty()) {
            return List.of(paymentId);
        }
        return entries.bookedTogetherWith(companyId, paymentId, idempotencyKey.get())
                .orElse(List.of(paymentId));
    }

    /**
     * Returns whether no payment of the booking is reversed and a return of {@code amount} undoes
     * the booking: its payments' gross or net amounts add up to it.
     */
    private boolean isStandingAndUndone(
            DefaultPaymentService payments, List<PaymentId> booking, MonetaryAmount amount) {
        MonetaryAmount gross = null;
        MonetaryAmount net = null;
        for (PaymentId paymentId : booking) {
            Optional<StoredPayment> stored = payments.find(companyId, paymentId);
            if (stored.isEmpty() || stored.get().reversedOn().isPresent()) {
                return false;
            }
            Payment payment = stored.get().payment();
            if (!payment.currency().equals(amount.getCurrency())) {
                return false;
            }
            gross = gross == null ? payment.amount() : gross.add(payment.amount());
            net = net == null ? payment.netAmount() : net.add(payment.netAmount());
        }
        return gross != null && (gross.isEqualTo(amount) || net.isEqualTo(amount));
    }

    /**
     * Returns the receivables whose number is a word of {@code text}, because the matcher's index
     * contains open items only and the invoice a return names is usually paid.
     *
     * <p>NOTE: words are compared with stored numbers exactly, without the matcher's folding of
     * case, dashes and leading zeros, and only the first {@value #MAX_NUMBER_LOOKUPS} words are
     * looked up.
     */
    private List<InvoiceId> invoicesNamedIn(String text) {
        InvoiceRepository invoices = new InvoiceRepository(context);
        List<InvoiceId> named = new ArrayList<>();
        String[] words = text.split("[\\s,;:]+");
        for (int i = 0; i < words.length && i < MAX_NUMBER_LOOKUPS; i++) {
            if (!words[i].isEmpty()) {
                invoices.findByNumber(companyId, Direction.RECEIVABLE, words[i])
                        .ifPresent(stored -> named.add(stored.invoice().id()));
            }
        }
        return named;
    }

    private static String reversalReason(BankLine line) {
        return "bank return booked on "
                + line.bookingDate()
                + line.accountServicerReference().map(ref -> ", bank reference " + ref).orElse("");
    }

    /** Returns what each invoice of the match receives, by counterparty in allocation order. */
    private Map<CounterpartyId, List<Share>> sharesOf(ManualMatch match) {
        InvoiceRepository invoices = new InvoiceRepository(context);
        Map<CounterpartyId, List<Share>> shares = new LinkedHashMap<>();
        for (ManualMatch.Allocation allocation : match.allocations()) {
            StoredInvoice invoice = invoices.require(companyId, allocation.invoiceId());
            requireReceiving(invoice.invoice(), allocation.amount());
            shares.computeIfAbsent(invoice.invoice().counterpartyId(), id -> new ArrayList<>())
                    .add(new Share(allocation.invoiceId(), allocation.amount()));
        }
        return shares;
    }

    /**
     * Checks that {@code invoice} can receive all of {@code amount}, because the allocator would
     * otherwise move the money of a paid, cancelled or written-off invoice, or what exceeds an
     * invoice's outstanding amount, to other items or to the payer's credit without a word.
     */
    private static void requireReceiving(Invoice invoice, MonetaryAmount amount) {
        InvoiceStatus status = invoice.status();
        if (status != InvoiceStatus.OPEN && status != InvoiceStatus.PARTIALLY_PAID) {
            throw new InvalidInputException(
                    "invoice " + invoice.number(),
                    status,
                    "an open or partially paid invoice; list the open items again");
        }
        // A currency other than the invoice's is reported when the payment is recorded.
        if (invoice.outstanding().getCurrency().equals(amount.getCurrency())
                && amount.isGreaterThan(invoice.outstanding())) {
            throw new InvalidInputException(
                    "amount for invoice " + invoice.number(),
                    amount,
                    "at most the invoice's outstanding amount " + invoice.outstanding());
        }
    }

    /**
     * Returns whether {@code key} is {@code expected}, or {@code expected} without the bank
     * reference that {@link BankEntryKey#forStatement} drops when several lines share it.
     */
    private static boolean isKeyOf(BankEntryKey key, BankEntryKey expected) {
        return key.equals(expected)
                || key.equals(new BankEntryKey(Optional.empty(), expected.contentKey()));
    }

    /** Checks that {@code key} is the key of {@code line} at the occurrence the key names. */
    private static void requireKeyOf(BankEntryKey key, BankLine line) {
        String content = key.contentKey();
        int hash = content.lastIndexOf('#');
        int occurrence;
        try {
            occurrence = Integer.parseInt(content.substring(hash + 1));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("key", content, "a content key ending in #<number>");
        }
        if (occurrence < 1 || !isKeyOf(key, BankEntryKey.of(line, occurrence))) {
            throw new InvalidInputException(
                    "key", key.primary(), "the key of the line, as the import returned it");
        }
    }
}
