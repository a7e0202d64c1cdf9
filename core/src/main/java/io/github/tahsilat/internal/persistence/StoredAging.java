package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.error.StoredDataException;
import io.github.tahsilat.report.Aging;
import io.github.tahsilat.report.AgingOptions;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.report.CompactItems;
import javax.money.UnknownCurrencyException;

/**
 * Agings of items read from the store. {@link Aging#ofCompact} blames its caller for bad items, but
 * here the items come from the store, so its failures become {@link StoredDataException}.
 */
public final class StoredAging {

    private StoredAging() {}

    /**
     * Returns {@link Aging#ofCompact} of the projection's open items, as {@link OpenItemViews}
     * reads them.
     *
     * @throws StoredDataException with record type {@code OpenItemView} if the items contain a
     *     value that {@link Aging#ofCompact} rejects
     */
    public static AgingReport ofOpenItems(
            CompanyId companyId, CompactItems items, AgingOptions options) {
        return ofCompact("OpenItemView", companyId, items, options);
    }

    /**
     * Returns {@link Aging#ofCompact} of the items replayed from the ledger, as {@link
     * LedgerOpenItems} reads them.
     *
     * @throws StoredDataException with record type {@code LedgerEntryRecord} if the entries contain
     *     a value that {@link Aging#ofCompact} or the replay rejects
     */
    public static AgingReport ofLedger(
            CompanyId companyId, CompactItems items, AgingOptions options) {
        return ofCompact("LedgerEntryRecord", companyId, items, options);
    }

    /**
     * Ages {@code items}. The arguments are present, so every {@link InvalidInputException} comes
     * from the items. The failing row is not known here, so the record id names the company. The
     * message names the value and, where the aging rejected it, the counterparty.
     */
    private static AgingReport ofCompact(
            String recordType, CompanyId companyId, CompactItems items, AgingOptions options) {
        try {
            return Aging.ofCompact(companyId, items, options);
        } catch (UnknownCurrencyException e) {
            // Moneta's message names neither the field nor what is expected.
            throw new StoredDataException(
                    recordType,
                    "of company " + companyId.value(),
                    "unknown currency: "
                            + e.getCurrencyCode()
                            + "; expected an ISO 4217 code that Moneta supplies",
                    e);
        } catch (InvalidInputException | ArithmeticException e) {
            throw new StoredDataException(
                    recordType, "of company " + companyId.value(), e.getMessage(), e);
        }
    }
}
