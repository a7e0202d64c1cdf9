package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.persistence.spi.Page;
import io.github.tahsilat.persistence.spi.PageRequest;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.LedgerAccount;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;

/**
 * Reads a company's ledger account by account: the accounts from the ledger store's account query,
 * and each account's entries page by page. Every read names the company. Stateless and thread-safe.
 */
final class LedgerAccounts {

    /** Entries per page read from the store. */
    static final int PAGE_SIZE = 5_000;

    /** The first value date read. Entries dated earlier are not read. */
    static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);

    /** A counterparty's account in one currency. */
    record Account(UUID counterpartyId, String currency) {}

    private LedgerAccounts() {}

    /**
     * Returns every account of the company with an entry dated on or before {@code to}, from the
     * store's account query, so the cost grows with the accounts rather than with the whole ledger
     * or event log.
     */
    static List<Account> upTo(StoreContext context, CompanyId companyId, LocalDate to) {
        List<Account> accounts = new ArrayList<>();
        for (LedgerAccount account :
                context.stores().ledger().accountsUpTo(companyId.value(), to)) {
            accounts.add(new Account(account.counterpartyId(), account.currency()));
        }
        return accounts;
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

    /**
     * Returns the company's accounts in {@code currency} with an entry dated on or before {@code
     * to}.
     */
    static List<Account> inCurrency(
            StoreContext context, CompanyId companyId, CurrencyUnit currency, LocalDate to) {
        List<Account> accounts = new ArrayList<>();
        for (Account account : upTo(context, companyId, to)) {
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
