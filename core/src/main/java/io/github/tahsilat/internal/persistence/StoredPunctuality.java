package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.report.PaymentPunctuality;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;

/**
 * Computes each counterparty's {@link PaymentPunctuality} on one side in one currency from the
 * stored ledger, reading each account's entries up to the end of the period once. Stateless and
 * thread-safe.
 */
public final class StoredPunctuality {

    private StoredPunctuality() {}

    /**
     * Returns a line per counterparty with money applied to its items on {@code side} from {@code
     * from} to {@code to}, both inclusive, by the counterparty id's text. The caller has checked
     * that {@code to} is not before {@code from}.
     */
    public static List<PaymentPunctuality> of(
            StoreContext context,
            CompanyId companyId,
            CurrencyUnit currency,
            LocalDate from,
            LocalDate to,
            Direction side) {
        Map<String, PaymentPunctuality> lines = new TreeMap<>();
        for (LedgerAccounts.Account account :
                LedgerAccounts.inCurrency(context, companyId, currency, to)) {
            PaymentTiming timing = new PaymentTiming(currency, from);
            LedgerAccounts.forEachItemEntry(context, companyId, account, to, side, timing::take);
            if (timing.applied() == 0) {
                continue;
            }
            lines.put(
                    account.counterpartyId().toString(),
                    new PaymentPunctuality(
                            new CounterpartyId(account.counterpartyId()),
                            new MinorAmount(timing.applied(), currency).toMonetaryAmount(),
                            average(timing.daysFromIssue(), timing.applied()),
                            timing.averageDaysBeyondTerms()));
        }
        return List.copyOf(lines.values());
    }

    private static Optional<BigDecimal> average(long weightedDays, long applied) {
        return Optional.of(
                BigDecimal.valueOf(weightedDays)
                        .divide(BigDecimal.valueOf(applied), 2, RoundingMode.HALF_UP));
    }
}
