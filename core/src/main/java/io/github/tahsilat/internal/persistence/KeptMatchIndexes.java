package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.persistence.spi.record.MatchCandidateView;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.store.InvoiceStore;
import io.github.tahsilat.persistence.spi.store.OpenReceivableFeed;
import io.github.tahsilat.persistence.spi.store.OpenReceivableListener;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link KeptMatchIndex} per company from a store's {@link OpenReceivableFeed}, so that
 * imports match against it instead of reading candidates per batch.
 *
 * <p>A report never ends in a {@link RuntimeException}, because the store reports while it writes.
 * A report that fails to apply makes that company's index unusable and logs a warning once, and the
 * company's imports read candidates per batch from then on.
 *
 * <p>Thread-safe when the feed keeps its contract: reports arrive under the store's write lock, and
 * {@link #whileUnchanged} reads while no thread can write.
 */
public final class KeptMatchIndexes implements OpenReceivableListener {

    private static final Logger LOG = LoggerFactory.getLogger(KeptMatchIndexes.class);

    private final OpenReceivableFeed feed;
    private final Map<UUID, KeptMatchIndex> companies = new ConcurrentHashMap<>();

    private KeptMatchIndexes(OpenReceivableFeed feed) {
        this.feed = feed;
    }

    /**
     * Subscribes to the store's feed and returns the kept indexes, or returns empty when the store
     * offers no feed.
     */
    public static Optional<KeptMatchIndexes> subscribe(InvoiceStore invoices) {
        return invoices.openReceivableFeed().map(KeptMatchIndexes::subscribe);
    }

    /** Subscribes to {@code feed} and returns the kept indexes. */
    public static KeptMatchIndexes subscribe(OpenReceivableFeed feed) {
        KeptMatchIndexes indexes = new KeptMatchIndexes(feed);
        feed.subscribe(indexes);
        return indexes;
    }

    /**
     * Runs {@code work} with the kept index of the company, or with empty when the feed reported
     * nothing of it, while no thread can write to the store, and returns its result.
     */
    public <T> T whileUnchanged(UUID companyId, Function<Optional<KeptMatchIndex>, T> work) {
        Supplier<T> read = () -> work.apply(Optional.ofNullable(companies.get(companyId)));
        return feed.whileUnchanged(read);
    }

    @Override
    public void counterpartyStored(
            UUID companyId,
            UUID counterpartyId,
            String name,
            List<String> ibans,
            Optional<TaxId> taxId) {
        apply(companyId, index -> index.counterpartyStored(counterpartyId, name, ibans, taxId));
    }

    @Override
    public void counterpartyRemoved(UUID companyId, UUID counterpartyId) {
        apply(companyId, index -> index.counterpartyRemoved(counterpartyId));
    }

    @Override
    public void opened(UUID companyId, int slot, MatchCandidateView item) {
        apply(companyId, index -> index.opened(slot, item));
    }

    @Override
    public void closed(UUID companyId, int slot) {
        apply(companyId, index -> index.closed(slot));
    }

    /** Returns the company's index, for tests. */
    Optional<KeptMatchIndex> company(UUID companyId) {
        return Optional.ofNullable(companies.get(companyId));
    }

    private void apply(UUID companyId, Consumer<KeptMatchIndex> report) {
        KeptMatchIndex index = null;
        try {
            index = companies.computeIfAbsent(companyId, id -> new KeptMatchIndex());
            report.accept(index);
        } catch (RuntimeException e) {
            // A store must not fail its write for the index, so the company's imports read
            // candidates per batch from now on. The index logs this once, as it ignores the
            // reports that follow.
            LOG.warn(
                    "Company {}: failed to apply a report of the open-receivable feed; its imports"
                            + " read match candidates per batch from now on",
                    companyId,
                    e);
            if (index != null) {
                index.fail();
            }
        }
    }
}
