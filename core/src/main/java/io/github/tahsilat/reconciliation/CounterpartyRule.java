package io.github.tahsilat.reconciliation;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.TaxId;

/** Identifies counterparties by the line's IBAN, a tax id in its text, or its name. */
final class CounterpartyRule implements MatchRule {

    static final String NAME = "counterparty";
    static final int IBAN_POINTS = 20;
    static final int TAX_ID_POINTS = 20;
    static final int NAME_POINTS = 10;

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
        // NOTE: names match only when equal after folding. A bank that cuts the name at 35
        // characters or spells out "Ltd. Şti." does not match.
        line.line()
                .counterpartyName()
                .ifPresent(
                        name -> {
                            for (CounterpartyId id : line.index().counterpartiesByName(name)) {
                                findings.addCounterparty(
                                        id,
                                        reason("payer name is the counterparty's", NAME_POINTS));
                            }
                        });
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

    private static MatchReason reason(String detail, int points) {
        return new MatchReason(NAME, detail, points, MatchReason.Kind.COUNTERPARTY);
    }
}
