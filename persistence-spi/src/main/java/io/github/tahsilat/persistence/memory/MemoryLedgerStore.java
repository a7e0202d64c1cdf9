package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.DuplicateKeyException;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.LedgerAccount;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.LedgerStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ledger entries per company, with a sorted index per counterparty and currency keyed by (value
 * day, sequence), so a statement page costs a tree lookup plus its own entries, and lists per
 * document and per invoice in append order.
 */
final class MemoryLedgerStore implements LedgerStore {

    private static final String TYPE = "LedgerEntryRecord";

    private final MemoryTransactions transactions;
    private final Map<UUID, Table> tables = new HashMap<>();

    /** The index key of an entry, and the text form used as a paging cursor. */
    private record EntryKey(long epochDay, long sequence) implements Comparable<EntryKey> {
        @Override
        public int compareTo(EntryKey other) {
            int byDay = Long.compare(epochDay, other.epochDay);
            return byDay != 0 ? byDay : Long.compare(sequence, other.sequence);
        }

        String cursor() {
            return epochDay + "/" + sequence;
        }

        static EntryKey parse(String cursor) {
            int slash = cursor.indexOf('/');
            try {
                if (slash < 0) {
                    throw new IllegalArgumentException("no slash");
                }
                return new EntryKey(
                        Long.parseLong(cursor.substring(0, slash)),
                        Long.parseLong(cursor.substring(slash + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "invalid cursor: "
                                + cursor
                                + "; expected the next cursor of a page this query returned",
                        e);
            }
        }
    }

    /** A counterparty's ledger in one currency. */
    private record Account(UUID counterpartyId, String currency) {}

    /** One company's entries and indexes. */
    private static final class Table {
        long lastSequence;
        final Map<UUID, LedgerEntryRecord> byId = new HashMap<>();
        final Map<UUID, List<LedgerEntryRecord>> byDocument = new HashMap<>();
        final Map<UUID, List<LedgerEntryRecord>> byInvoice = new HashMap<>();
        final Map<Account, NavigableMap<EntryKey, LedgerEntryRecord>> byAccount = new HashMap<>();
        final Set<UUID> chargedInvoices = new HashSet<>();
        final Map<Account, Set<UUID>> chargedByAccount = new HashMap<>();
    }

    MemoryLedgerStore(MemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public LedgerEntryRecord append(UUID companyId, LedgerEntryRecord entry) {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(entry, "entry");
        WriteChecks.sameCompany(companyId, entry.companyId());
        if (entry.sequence() != 0) {
            throw new IllegalArgumentException(
                    "invalid sequence of a new ledger entry: "
                            + entry.sequence()
                            + "; expected 0, the store assigns it");
        }
        return transactions.write(
                undo -> {
                    Table table = tables.computeIfAbsent(companyId, id -> new Table());
                    if (table.byId.containsKey(entry.id())) {
                        throw new DuplicateKeyException(TYPE, "id", entry.id().toString());
                    }
                    LedgerEntryRecord stored = entry.withSequence(table.lastSequence + 1);
                    EntryKey key = new EntryKey(stored.valueDate().toEpochDay(), stored.sequence());
                    Account account = new Account(stored.counterpartyId(), stored.currency());
                    table.lastSequence = stored.sequence();
                    table.byId.put(stored.id(), stored);
                    table.byDocument
                            .computeIfAbsent(stored.documentId(), k -> new ArrayList<>())
                            .add(stored);
                    stored.invoiceId()
                            .ifPresent(
                                    invoice ->
                                            table.byInvoice
                                                    .computeIfAbsent(
                                                            invoice, k -> new ArrayList<>())
                                                    .add(stored));
                    table.byAccount.computeIfAbsent(account, k -> new TreeMap<>()).put(key, stored);
                    boolean newlyCharged =
                            charges(stored) && table.chargedInvoices.add(invoice(stored));
                    boolean newlyChargedInAccount =
                            charges(stored)
                                    && table.chargedByAccount
                                            .computeIfAbsent(account, k -> new HashSet<>())
                                            .add(invoice(stored));
                    undo.add(
                            () -> {
                                table.lastSequence = stored.sequence() - 1;
                                table.byId.remove(stored.id());
                                List<LedgerEntryRecord> list =
                                        table.byDocument.get(stored.documentId());
                                list.remove(list.size() - 1);
                                if (list.isEmpty()) {
                                    table.byDocument.remove(stored.documentId());
                                }
                                stored.invoiceId()
                                        .ifPresent(invoice -> removeLast(table.byInvoice, invoice));
                                NavigableMap<EntryKey, LedgerEntryRecord> index =
                                        table.byAccount.get(account);
                                index.remove(key);
                                if (index.isEmpty()) {
                                    table.byAccount.remove(account);
                                }
                                if (newlyCharged) {
                                    table.chargedInvoices.remove(invoice(stored));
                                }
                                if (newlyChargedInAccount) {
                                    Set<UUID> charged = table.chargedByAccount.get(account);
                                    charged.remove(invoice(stored));
                                    if (charged.isEmpty()) {
                                        table.chargedByAccount.remove(account);
                                    }
                                }
                            });
                    return stored;
                });
    }

    @Override
    public Page<LedgerEntryRecord> entriesOf(
            UUID companyId,
            UUID counterpartyId,
            String currency,
            LocalDate from,
            LocalDate to,
            PageRequest request) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(request, "request");
        Optional<EntryKey> after = request.cursor().map(EntryKey::parse);
        return query(
                companyId,
                table -> {
                    NavigableMap<EntryKey, LedgerEntryRecord> index =
                            table.byAccount.get(new Account(counterpartyId, currency));
                    if (index == null || to.isBefore(from)) {
                        return Page.<LedgerEntryRecord>last(List.of());
                    }
                    EntryKey start = after.orElse(new EntryKey(from.toEpochDay(), 0));
                    NavigableMap<EntryKey, LedgerEntryRecord> range =
                            index.subMap(
                                    start,
                                    after.isEmpty(),
                                    new EntryKey(to.toEpochDay(), Long.MAX_VALUE),
                                    true);
                    List<LedgerEntryRecord> items = new ArrayList<>();
                    EntryKey last = null;
                    for (Map.Entry<EntryKey, LedgerEntryRecord> entry : range.entrySet()) {
                        if (items.size() == request.size()) {
                            return new Page<>(items, Optional.of(last.cursor()));
                        }
                        items.add(entry.getValue());
                        last = entry.getKey();
                    }
                    return Page.last(items);
                },
                Page.last(List.of()));
    }

    private static boolean charges(LedgerEntryRecord entry) {
        return entry.invoiceId().isPresent()
                && (entry.kind() == LedgerEntryKind.FEE
                        || entry.kind() == LedgerEntryKind.INTEREST);
    }

    private static UUID invoice(LedgerEntryRecord entry) {
        return entry.invoiceId().orElseThrow();
    }

    @Override
    public List<UUID> chargedInvoices(UUID companyId) {
        return query(companyId, table -> List.copyOf(table.chargedInvoices), List.of());
    }

    @Override
    public List<UUID> chargedInvoicesOf(UUID companyId, UUID counterpartyId, String currency) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(currency, "currency");
        Account account = new Account(counterpartyId, currency);
        return query(
                companyId,
                table -> List.copyOf(table.chargedByAccount.getOrDefault(account, Set.of())),
                List.of());
    }

    @Override
    public List<LedgerAccount> accountsUpTo(UUID companyId, LocalDate to) {
        Objects.requireNonNull(to, "to");
        return query(
                companyId,
                table -> {
                    List<LedgerAccount> accounts = new ArrayList<>();
                    long last = to.toEpochDay();
                    table.byAccount.forEach(
                            (account, index) -> {
                                if (index.firstKey().epochDay() <= last) {
                                    accounts.add(
                                            new LedgerAccount(
                                                    account.counterpartyId(), account.currency()));
                                }
                            });
                    accounts.sort(
                            Comparator.comparing(
                                            (LedgerAccount account) ->
                                                    account.counterpartyId().toString())
                                    .thenComparing(LedgerAccount::currency));
                    return List.copyOf(accounts);
                },
                List.of());
    }

    @Override
    public List<LedgerEntryRecord> findByDocument(UUID companyId, UUID documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return query(
                companyId,
                table -> List.copyOf(table.byDocument.getOrDefault(documentId, List.of())),
                List.of());
    }

    @Override
    public List<LedgerEntryRecord> findByInvoice(UUID companyId, UUID invoiceId) {
        Objects.requireNonNull(invoiceId, "invoiceId");
        return query(
                companyId,
                table -> List.copyOf(table.byInvoice.getOrDefault(invoiceId, List.of())),
                List.of());
    }

    @Override
    public BigDecimal balance(
            UUID companyId, UUID counterpartyId, String currency, LocalDate asOf, Instant knownAt) {
        Objects.requireNonNull(counterpartyId, "counterpartyId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(knownAt, "knownAt");
        // NOTE: this sums every entry up to the date; a store serving frequent balance queries
        // would keep running totals per value date.
        return query(
                companyId,
                table -> {
                    NavigableMap<EntryKey, LedgerEntryRecord> index =
                            table.byAccount.get(new Account(counterpartyId, currency));
                    BigDecimal sum = BigDecimal.ZERO;
                    if (index == null) {
                        return sum;
                    }
                    EntryKey bound = new EntryKey(asOf.toEpochDay(), Long.MAX_VALUE);
                    for (LedgerEntryRecord entry : index.headMap(bound, true).values()) {
                        if (!entry.recordedAt().isAfter(knownAt)) {
                            sum = sum.add(entry.balanceEffect());
                        }
                    }
                    return sum;
                },
                BigDecimal.ZERO);
    }

    /** Removes the entry an undone append added last to the list under {@code key}. */
    private static void removeLast(Map<UUID, List<LedgerEntryRecord>> index, UUID key) {
        List<LedgerEntryRecord> list = index.get(key);
        list.remove(list.size() - 1);
        if (list.isEmpty()) {
            index.remove(key);
        }
    }

    private <T> T query(UUID companyId, Function<Table, T> read, T none) {
        Objects.requireNonNull(companyId, "companyId");
        return transactions.read(
                () -> {
                    Table table = tables.get(companyId);
                    return table == null ? none : read.apply(table);
                });
    }
}
