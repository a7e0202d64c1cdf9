package io.github.tahsilat.reconciliation;

import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;

/** Converts the EUR bank lines of the compact matcher's property tests into compact lines. */
final class EuroCompactLines {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

    private EuroCompactLines() {}

    /** Returns the EUR bank lines as compact lines, in the same order. */
    static CompactBankLines of(List<BankLine> bankLines) {
        CompactBankLines lines = new CompactBankLines(bankLines.size());
        addTo(lines, bankLines);
        return lines;
    }

    /** Appends the EUR bank lines to {@code lines} as compact lines, in the same order. */
    static void addTo(CompactBankLines lines, List<BankLine> bankLines) {
        for (BankLine line : bankLines) {
            lines.add(
                    Amounts.toMinor(line.amount(), "amount").units(),
                    EUR,
                    line.remittanceText(),
                    line.counterpartyName().orElse(null),
                    line.structuredReference().map(StructuredReference::value).orElse(null));
        }
    }
}
