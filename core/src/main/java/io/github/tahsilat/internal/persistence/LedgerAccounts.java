package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;

/**
 * Reads a company's ledger account by account: the accounts from the event log, and each account's
 * entries page by page. Every read names the company. Stateless and thread-safe.
 */
final class LedgerAccounts {

    /** Entries or events per page read from the store. */
    static final int PAGE_SIZE = 5_000;

    /** The first value date read. Entries dated earlier are not read. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    /** A counterparty's account in one currency. */
    record Account(UUID counterpartyId, String currency) {}

    private LedgerAccounts() {}

    /**
     * Returns every account named by an event of the company, in the order first named. Every
     * invoice, payment and credit document event names its counterparty and currency, and every
     * ledger entry belongs to one of those documents.
     */
    static Set<Account> of(StoreContext context, CompanyId companyId) {
        Set<Account> accounts = new LinkedHashSet<>();
        long after = 0;
        while (true) {
            Page<EventRecord> page =
                    context.stores().events().readAfter(companyId.value(), after, PAGE_SIZE);
            for (EventRecord event : page.items()) {
                String counterparty = event.payload().get("counterpartyId");
                String currency = event.payload().get("currency");
                if (counterparty != null && currency != null) {
                    accounts.add(new Account(UUID.fromString(counterparty), currency));
                }
            }
            if (page.next().isEmpty() || page.items().isEmpty()) {
                return accounts;
            }
            after = page.items().get(page.items().size() - 1).sequence();
        }
    }

    /**
     * Hands each entry of the account with a value date on or before {@code to} to {@code action}.
     */
    static void forEachEntry(
            StoreContext context,
            CompanyId companyId,
            Account account,
            LocalDate to,
            Consumer<LedgerEntryRecord> action) {
        Optional<PageRequest> request = Optional.of(PageRequest.first(PAGE_SIZE));
        while (request.isPresent()) {
            Page<LedgerEntryRecord> page =
                    context.stores()
                            .ledger()
                            .entriesOf(
                                    companyId.value(),
                                    account.counterpartyId(),
                                    account.currency(),
                                    EARLIEST,
                                    to,
                                    request.get());
            page.items().forEach(action);
            request = request.get().following(page);
        }
    }

    /** Returns the company's accounts in {@code currency}, in the order first named. */
    static List<Account> inCurrency(
            StoreContext context, CompanyId companyId, CurrencyUnit currency) {
        List<Account> accounts = new ArrayList<>();
        for (Account account : of(context, companyId)) {
            if (account.currency().equals(currency.getCurrencyCode())) {
                accounts.add(account);
            }
        }
        return accounts;
    }

    /**
     * Hands each entry of the account with a value date on or before {@code to} on an item of
     * {@code side} to {@code action}, with the item's invoice. Each invoice is read once.
     */
    static void forEachItemEntry(
            StoreContext context,
            CompanyId companyId,
            Account account,
            LocalDate to,
            Direction side,
            BiConsumer<LedgerEntryRecord, InvoiceRecord> action) {
        Map<UUID, Optional<InvoiceRecord>> invoices = new HashMap<>();
        forEachEntry(
                context,
                companyId,
                account,
                to,
                entry -> {
                    if (entry.invoiceId().isEmpty()) {
                        return;
                    }
                    Optional<InvoiceRecord> invoice =
                            invoices.computeIfAbsent(
                                    entry.invoiceId().get(),
                                    id -> context.stores().invoices().find(companyId.value(), id));
                    if (invoice.isPresent()
                            && LedgerReplay.domain(invoice.get().direction()) == side) {
                        action.accept(entry, invoice.get());
                    }
                });
    }
}
