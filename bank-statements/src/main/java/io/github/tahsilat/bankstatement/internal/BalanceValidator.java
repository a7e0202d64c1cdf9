package io.github.tahsilat.bankstatement.internal;

import io.github.tahsilat.bankstatement.Balance;
import io.github.tahsilat.bankstatement.Entry;
import io.github.tahsilat.bankstatement.Finding;
import io.github.tahsilat.bankstatement.FindingType;
import io.github.tahsilat.bankstatement.StatementKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * Checks that the opening booked balance plus the booked entries gives the closing booked balance.
 * Entries are added one at a time, so the check needs no list of entries. Not thread-safe.
 */
public final class BalanceValidator {
    private final StatementKind kind;
    private final Map<CurrencyUnit, BigDecimal> bookedSums = new LinkedHashMap<>();
    private final Map<CurrencyUnit, Integer> bookedCounts = new LinkedHashMap<>();

    /** Creates a validator for a statement of the given kind. */
    public BalanceValidator(StatementKind kind) {
        this.kind = kind;
    }

    /** Adds an entry; only booked entries count. */
    public void add(Entry entry) {
        if (!entry.isBooked()) {
            return;
        }
        CurrencyUnit currency = entry.amount().getCurrency();
        bookedSums.merge(currency, decimal(entry.amount()), BigDecimal::add);
        bookedCounts.merge(currency, 1, Integer::sum);
    }

    /**
     * Returns the findings for the statement's balances. A notification has no balances, and an
     * intraday report may have none, so missing balances are findings only for end-of-day
     * statements and MT940.
     */
    public List<Finding> check(List<Balance> balances) {
        List<Finding> findings = new ArrayList<>();
        Optional<Balance> opening =
                find(balances, Balance.OPENING_BOOKED)
                        .or(() -> find(balances, Balance.PREVIOUS_CLOSING_BOOKED));
        Optional<Balance> closing = find(balances, Balance.CLOSING_BOOKED);
        boolean balancesRequired = kind == StatementKind.STATEMENT || kind == StatementKind.MT940;
        if (opening.isEmpty() && balancesRequired) {
            findings.add(
                    new Finding(
                            FindingType.OPENING_BALANCE_MISSING,
                            "the statement has no opening booked balance (OPBD or PRCD)"));
        }
        if (closing.isEmpty() && balancesRequired) {
            findings.add(
                    new Finding(
                            FindingType.CLOSING_BALANCE_MISSING,
                            "the statement has no closing booked balance (CLBD)"));
        }
        if (opening.isPresent() && closing.isPresent()) {
            checkSum(opening.get(), closing.get(), findings);
        }
        return findings;
    }

    private void checkSum(Balance opening, Balance closing, List<Finding> findings) {
        CurrencyUnit currency = opening.amount().getCurrency();
        if (!closing.amount().getCurrency().equals(currency)) {
            findings.add(
                    new Finding(
                            FindingType.CURRENCY_MISMATCH,
                            "the opening balance is in "
                                    + currency.getCurrencyCode()
                                    + " but the closing balance is in "
                                    + closing.amount().getCurrency().getCurrencyCode()));
            return;
        }
        bookedSums.forEach(
                (other, sum) -> {
                    if (!other.equals(currency)) {
                        findings.add(
                                new Finding(
                                        FindingType.CURRENCY_MISMATCH,
                                        bookedCounts.get(other)
                                                + " booked entries in "
                                                + other.getCurrencyCode()
                                                + " totalling "
                                                + format(sum, other)
                                                + " were left out of the balance check, which is"
                                                + " in "
                                                + currency.getCurrencyCode()));
                    }
                });
        BigDecimal entries = bookedSums.getOrDefault(currency, BigDecimal.ZERO);
        BigDecimal expected = decimal(opening.amount()).add(entries);
        BigDecimal actual = decimal(closing.amount());
        if (expected.compareTo(actual) != 0) {
            String code = currency.getCurrencyCode();
            findings.add(
                    new Finding(
                            FindingType.BALANCE_MISMATCH,
                            "opening balance "
                                    + format(decimal(opening.amount()), currency)
                                    + " "
                                    + code
                                    + " plus booked entries "
                                    + format(entries, currency)
                                    + " "
                                    + code
                                    + " gives "
                                    + format(expected, currency)
                                    + " "
                                    + code
                                    + ", but the closing balance is "
                                    + format(actual, currency)
                                    + " "
                                    + code));
        }
    }

    private static Optional<Balance> find(List<Balance> balances, String type) {
        return balances.stream().filter(b -> b.type().equals(type)).findFirst();
    }

    /** Returns the amount written with the currency's minor-unit decimals, such as 100.00. */
    private static String format(BigDecimal amount, CurrencyUnit currency) {
        return amount.setScale(
                        Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    private static BigDecimal decimal(MonetaryAmount amount) {
        return amount.getNumber().numberValueExact(BigDecimal.class);
    }
}
