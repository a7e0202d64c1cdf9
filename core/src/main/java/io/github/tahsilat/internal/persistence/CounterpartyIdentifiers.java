package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.internal.reconciliation.TextFolding;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.reconciliation.BankLine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The IBANs and tax ids by which the lines of a batch identify counterparties, found by the rules
 * of {@link OpenItemCandidates}, so that a check against a kept index only looks them up.
 *
 * @param ibans the lines' IBANs in electronic form
 * @param taxIds the valid tax ids in the lines' remittance texts
 */
public record CounterpartyIdentifiers(Set<String> ibans, Set<TaxId> taxIds) {

    /** Copies the sets. */
    public CounterpartyIdentifiers {
        ibans = Set.copyOf(ibans);
        taxIds = Set.copyOf(taxIds);
    }

    /** Returns the IBANs and tax ids of {@code lines}. */
    public static CounterpartyIdentifiers of(List<BankLine> lines) {
        Set<String> ibans = new HashSet<>();
        Set<TaxId> taxIds = new HashSet<>();
        // Made once, because a method reference made per line allocated 16 bytes per line in
        // ReconciliationBenchmark.engineKept.
        Consumer<String> addIban = ibans::add;
        Consumer<TaxId> addTaxId = taxIds::add;
        for (BankLine line : lines) {
            List<String> tokens =
                    mayHaveTaxIdToken(line.remittanceText())
                            ? TextFolding.tokens(line.remittanceText())
                            : List.of();
            OpenItemCandidates.forEachIbanAndTaxId(line, tokens, addIban, addTaxId);
        }
        return new CounterpartyIdentifiers(ibans, taxIds);
    }

    /**
     * Returns false when no token of the text can have 10 or 11 digits, as a tax id has: an ASCII
     * text without a run of 10 digits. Folding a text with other characters may drop the marks
     * between digits, so such a text may have one.
     */
    private static boolean mayHaveTaxIdToken(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                return true;
            }
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run >= 10) {
                return true;
            }
        }
        return false;
    }
}
