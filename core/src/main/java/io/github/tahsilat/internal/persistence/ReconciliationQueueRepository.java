package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.ActorKind;
import io.github.tahsilat.persistence.spi.record.LineSuggestion;
import io.github.tahsilat.persistence.spi.record.QueueResolution;
import io.github.tahsilat.persistence.spi.record.QueueResolutionKind;
import io.github.tahsilat.persistence.spi.record.QueuedLineRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import io.github.tahsilat.reconciliation.ItemApplication;
import io.github.tahsilat.reconciliation.MatchReason;
import io.github.tahsilat.reconciliation.Proposal;
import io.github.tahsilat.service.Actor;
import io.github.tahsilat.service.reconciliation.QueuedLine;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;

/**
 * Reads and writes the reconciliation queue through the host's {@code ReconciliationQueueStore}. A
 * line is queued under {@link BankEntryKey#primary()}, with its content key beside it when the
 * primary key is the bank-reference key, so that a person's match can store every key an import
 * would. Thread-safe.
 */
public final class ReconciliationQueueRepository {

    private final StoreContext context;

    /** Creates the repository. */
    public ReconciliationQueueRepository(StoreContext context) {
        this.context = context;
    }

    /**
     * A queued line with what booking it needs: the key it was imported under and a bank line
     * rebuilt from the stored fields.
     *
     * @param view the line as the service returns it
     * @param statementId the statement whose import queued the line
     * @param key the line's key, with the content key the import computed
     * @param line the account, dates, amount, charges, end-to-end id and remittance of the line.
     *     The remittance is cut to its first 1,000 characters. The counterparty's IBAN and the
     *     bank's references are not kept.
     */
    public record QueuedEntry(
            QueuedLine view, String statementId, BankEntryKey key, BankLine line) {}

    /**
     * Queues a line that the import did not book, with its suggestions, in the active transaction.
     * Nothing is stored when the line is already queued under its key, open or resolved, or when
     * the line carries a bank reference and its content key is queued, as after a notification
     * without the reference.
     *
     * @param suggestions the proposals for the line, best first, possibly none
     * @return whether the line was stored
     */
    public boolean enqueue(
            CompanyId companyId,
            String statementId,
            BankEntryKey key,
            BankLine line,
            List<Proposal> suggestions) {
        UUID company = companyId.value();
        // NOTE: the reverse order, a statement line with a reference queued before its notification
        // without one, queues the notification's line a second time, because the content key alone
        // does not lead to the reference key.
        if (key.referenceKey().isPresent()
                && context.stores()
                        .reconciliationQueue()
                        .find(company, key.contentKey())
                        .isPresent()) {
            return false;
        }
        MinorAmount amount = MinorAmount.of(line.amount(), RoundingMode.UNNECESSARY);
        MinorAmount charges =
                MinorAmount.of(
                        line.grossAmount().subtract(line.amount()), RoundingMode.UNNECESSARY);
        QueuedLineRecord record =
                build(
                        () ->
                                new QueuedLineRecord(
                                        company,
                                        key.primary(),
                                        statementId,
                                        line.accountId(),
                                        line.bookingDate(),
                                        Optional.of(line.valueDate()),
                                        amount.units(),
                                        amount.currencyCode(),
                                        line.counterpartyName()
                                                .map(ReconciliationQueueRepository::truncate),
                                        line.counterpartyIban().map(iban -> iban.value()),
                                        Optional.of(line.remittanceText())
                                                .filter(text -> !text.isBlank())
                                                .map(ReconciliationQueueRepository::truncate),
                                        line.endToEndId(),
                                        charges.units(),
                                        key.referenceKey().map(ref -> key.contentKey()),
                                        suggestionsOf(suggestions),
                                        context.stamp(),
                                        Optional.empty()));
        return context.stores().reconciliationQueue().enqueue(company, record);
    }

    /**
     * Resolves the open queued line of a booked entry in the active transaction. The line is looked
     * up under the entry's primary key and under its content key.
     *
     * @return the resolved line, or empty when no line of the entry is open
     */
    public Optional<QueuedLine> resolveBooked(
            CompanyId companyId,
            BankEntryKey key,
            QueuedLine.ResolutionKind kind,
            Optional<String> note) {
        Set<String> keys = new HashSet<>(List.of(key.primary(), key.contentKey()));
        Map<String, QueuedLineRecord> byKey =
                context.stores()
                        .reconciliationQueue()
                        .resolveAll(companyId.value(), keys, resolution(kind, note));
        Optional<QueuedLine> resolved = Optional.empty();
        for (String entryKey : keys) {
            QueuedLineRecord underKey = byKey.get(entryKey);
            if (underKey != null) {
                resolved = Optional.of(toView(underKey));
            }
        }
        return resolved;
    }

    /**
     * Resolves the open line under {@code entryKey} in the active transaction.
     *
     * @return the resolved line, or empty when the company has no open line under the key
     */
    public Optional<QueuedLine> resolve(
            CompanyId companyId,
            String entryKey,
            QueuedLine.ResolutionKind kind,
            Optional<String> note) {
        return context.stores()
                .reconciliationQueue()
                .resolve(companyId.value(), entryKey, resolution(kind, note))
                .map(ReconciliationQueueRepository::toView);
    }

    private QueueResolution resolution(QueuedLine.ResolutionKind kind, Optional<String> note) {
        return build(
                () ->
                        new QueueResolution(
                                QueueResolutionKind.valueOf(kind.name()),
                                context.stamp(),
                                note.map(ReconciliationQueueRepository::truncate)));
    }

    /**
     * Returns the positions of the keys in {@code primaryKeys} under which the company already has
     * a line, open or resolved, as far as the store finds them cheaply. Each key is a line's {@link
     * BankEntryKey#primary()}. {@link #enqueue} would not store such a line again, so a caller may
     * skip it.
     */
    public BitSet queuedPositions(CompanyId companyId, List<String> primaryKeys) {
        return context.stores()
                .reconciliationQueue()
                .queuedPositions(companyId.value(), primaryKeys);
    }

    /** Returns the line queued under {@code entryKey}, open or resolved, or empty. */
    public Optional<QueuedEntry> find(CompanyId companyId, String entryKey) {
        return context.stores()
                .reconciliationQueue()
                .find(companyId.value(), entryKey)
                .map(ReconciliationQueueRepository::toEntry);
    }

    /** Returns one page of the company's open lines, oldest booking date first. */
    public Page<QueuedLine> open(CompanyId companyId, PageRequest request) {
        Page<QueuedLineRecord> page =
                context.stores().reconciliationQueue().open(companyId.value(), request);
        return new Page<>(
                page.items().stream().map(ReconciliationQueueRepository::toView).toList(),
                page.next());
    }

    /**
     * Turns proposals into one suggestion per invoice, highest score first, an invoice that two
     * proposals name keeping the first one's score.
     */
    private static List<LineSuggestion> suggestionsOf(List<Proposal> proposals) {
        List<LineSuggestion> suggestions = new ArrayList<>();
        Set<UUID> invoices = new HashSet<>();
        for (Proposal proposal : proposals) {
            String rule = proposal.firedRules().stream().findFirst().orElse("none");
            String explanation = truncate(explain(proposal));
            for (ItemApplication application : proposal.applications()) {
                UUID invoiceId = application.invoiceId().value();
                if (invoices.add(invoiceId)) {
                    suggestions.add(
                            new LineSuggestion(invoiceId, proposal.score(), rule, explanation));
                }
            }
        }
        suggestions.sort(Comparator.comparingInt(LineSuggestion::score).reversed());
        return suggestions;
    }

    private static String explain(Proposal proposal) {
        List<String> parts = new ArrayList<>();
        for (MatchReason reason : proposal.explanation()) {
            parts.add(reason.rule() + " +" + reason.points() + ": " + reason.detail());
        }
        return parts.isEmpty() ? "score " + proposal.score() : String.join("; ", parts);
    }

    /** Returns {@code text} truncated to the queue's maximum text length. */
    private static String truncate(String text) {
        return text.length() <= QueuedLineRecord.MAX_TEXT
                ? text
                : text.substring(0, QueuedLineRecord.MAX_TEXT);
    }

    private static QueuedEntry toEntry(QueuedLineRecord record) {
        QueuedLine view = toView(record);
        BankEntryKey key =
                record.contentKey().isPresent()
                        ? new BankEntryKey(
                                Optional.of(record.entryKey()), record.contentKey().get())
                        : new BankEntryKey(Optional.empty(), record.entryKey());
        BankLine.Builder line =
                BankLine.builder()
                        .accountId(record.accountId())
                        .bookingDate(record.bookingDate())
                        .valueDate(record.valueDate().orElse(record.bookingDate()))
                        .amount(view.amount())
                        .remittanceText(record.remittance().orElse(""));
        record.endToEndId().ifPresent(line::endToEndId);
        record.counterpartyName().ifPresent(line::counterpartyName);
        if (view.charges().isPositive()) {
            line.charge(view.charges());
        }
        return new QueuedEntry(view, record.statementId(), key, line.build());
    }

    private static QueuedLine toView(QueuedLineRecord record) {
        CurrencyUnit currency = Monetary.getCurrency(record.currency());
        return new QueuedLine(
                record.entryKey(),
                record.accountId(),
                record.bookingDate(),
                record.valueDate(),
                money(record.amountMinor(), currency),
                money(record.chargesMinor(), currency),
                record.counterpartyName(),
                record.remittance(),
                record.suggestions().stream()
                        .map(
                                suggestion ->
                                        new QueuedLine.Suggestion(
                                                new InvoiceId(suggestion.invoiceId()),
                                                suggestion.score(),
                                                suggestion.rule(),
                                                suggestion.explanation()))
                        .toList(),
                actorOf(record.queued()),
                record.queued().at(),
                record.resolution()
                        .map(
                                resolution ->
                                        new QueuedLine.Resolution(
                                                QueuedLine.ResolutionKind.valueOf(
                                                        resolution.kind().name()),
                                                actorOf(resolution.stamp()),
                                                resolution.stamp().at(),
                                                resolution.note())));
    }

    private static MonetaryAmount money(long units, CurrencyUnit currency) {
        return new MinorAmount(units, currency).toMonetaryAmount();
    }

    private static Actor actorOf(WriteStamp stamp) {
        return stamp.actor().kind() == ActorKind.USER
                ? Actor.user(stamp.actor().id())
                : Actor.system(stamp.actor().id());
    }

    private static <T> T build(Supplier<T> record) {
        try {
            return record.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(
                    "queuedLine", e.getMessage(), "values the reconciliation queue can hold");
        }
    }
}
