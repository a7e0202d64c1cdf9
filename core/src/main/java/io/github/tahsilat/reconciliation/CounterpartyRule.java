package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.TaxId;
import java.util.List;

/** Identifies counterparties by the line's IBAN, a tax id in its text, or its name. */
final class CounterpartyRule implements MatchRule {

    static final String NAME = "counterparty";
    static final int IBAN_POINTS = 20;
    static final int TAX_ID_POINTS = 20;
    static final int NAME_POINTS = 10;
    static final int CUT_NAME_POINTS = 5;

    private static final MatchReason NAME_REASON =
            reason("payer name is the counterparty's", NAME_POINTS);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void apply(LineContext line, Findings findings) {
        line.line()
                .counterpartyIban()
                .ifPresent(
                        iban -> {
                            String detail =
                                    "payer IBAN ending "
                                            + iban.value().substring(iban.value().length() - 4)
                                            + " is the counterparty's";
                            for (CounterpartyId id : line.index().counterpartiesByIban(iban)) {
                                findings.addCounterparty(id, reason(detail, IBAN_POINTS));
                            }
                        });
        for (String token : line.tokens()) {
            if (isTaxIdShaped(token)) {
                matchTaxId(line, token, findings);
            }
        }
        // NOTE: a name matches when equal after folding, or when cut at the bank's length.
        // A bank that spells out "Ltd. Şti." as "Limited Şirketi" does not match.
        line.line().counterpartyName().ifPresent(name -> matchName(line, name, findings));
    }

    private static void matchName(LineContext line, String name, Findings findings) {
        List<CounterpartyId> exact = line.index().counterpartiesByName(name);
        for (CounterpartyId id : exact) {
            findings.addCounterparty(id, nameReason());
        }
        if (!exact.isEmpty() || !MatchRules.mayBeCutName(name)) {
            return;
        }
        boolean droppedSpace = name.length() < MatchRules.BANK_NAME_CUT_LENGTH;
        List<CounterpartyId> longer =
                line.index()
                        .counterpartiesByNamePrefix(
                                name, droppedSpace, MatchRules.MAX_CUT_NAME_MATCHES + 1);
        if (longer.size() > MatchRules.MAX_CUT_NAME_MATCHES) {
            findings.addNote(
                    new MatchReason(
                            NAME,
                            "more than "
                                    + MatchRules.MAX_CUT_NAME_MATCHES
                                    + " counterparties have names starting with the cut payer"
                                    + " name; none identified",
                            0,
                            MatchReason.Kind.NOTE));
            return;
        }
        for (CounterpartyId id : longer) {
            findings.addCounterparty(
                    id,
                    reason(
                            "payer name, cut at "
                                    + name.length()
                                    + " characters, starts the counterparty's name",
                            CUT_NAME_POINTS));
        }
    }

    private static void matchTaxId(LineContext line, String token, Findings findings) {
        TaxId taxId;
        try {
            taxId = TaxId.parse(token);
        } catch (InvalidInputException e) {
            return; // ten or eleven digits that fail the check digits are not a tax id
        }
        String detail =
                "text names the counterparty's tax id ending "
                        + token.substring(token.length() - 4);
        for (CounterpartyId id : line.index().counterpartiesByTaxId(taxId)) {
            findings.addCounterparty(id, reason(detail, TAX_ID_POINTS));
        }
    }

    private static boolean isTaxIdShaped(String token) {
        if (token.length() != 10 && token.length() != 11) {
            return false;
        }
        return token.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * Returns the reason for a counterparty whose folded name equals the payer's, one shared
     * instance, because the reason is immutable and the same for every line.
     */
    static MatchReason nameReason() {
        return NAME_REASON;
    }

    private static MatchReason reason(String detail, int points) {
        return new MatchReason(NAME, detail, points, MatchReason.Kind.COUNTERPARTY);
    }
}
