package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.Lines.PAYER_IBAN;
import static io.github.tahsilat.reconciliation.Lines.counterparty;
import static io.github.tahsilat.reconciliation.Lines.withIban;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.javamoney.moneta.Money;

class MatchPropertiesTest {

    /** A line: amount in cents, up to two invoices named in the text, whether it has the IBAN. */
    record LineSpec(int cents, int firstItem, int secondItem, boolean withIban) {}

    record Scenario(List<Integer> itemCents, List<LineSpec> lines, long seed) {

        OpenItemIndex index() {
            OpenItemIndex index = new OpenItemIndex();
            for (int n = 0; n < itemCents.size(); n++) {
                OpenItemCandidate item =
                        Lines.item(
                                n,
                                "INV-" + n,
                                cents(itemCents.get(n)),
                                counterparty(n % 2),
                                "Payer " + (n % 2));
                index.put(n % 2 == 0 ? withIban(item, PAYER_IBAN) : item);
            }
            return index;
        }

        List<BankLine> bankLines() {
            List<BankLine> result = new ArrayList<>();
            for (LineSpec spec : lines) {
                StringBuilder text = new StringBuilder();
                for (int named : List.of(spec.firstItem(), spec.secondItem())) {
                    if (named < itemCents.size()) {
                        text.append(" INV-").append(named);
                    }
                }
                BankLine.Builder line =
                        Lines.line("1.00")
                                .amount(cents(spec.cents()))
                                .remittanceText(text.toString().trim());
                if (spec.withIban()) {
                    line.counterpartyIban(PAYER_IBAN);
                }
                result.add(line.build());
            }
            return result;
        }
    }

    private static MonetaryAmount cents(int cents) {
        return Money.of(BigDecimal.valueOf(cents, 2), "EUR");
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> itemCents = Arbitraries.integers().between(1, 12).map(k -> k * 500);
        Arbitrary<Integer> lineCents =
                Combinators.combine(
                                Arbitraries.integers().between(1, 24),
                                Arbitraries.of(-3, -2, -1, 0, 0, 0, 1, 2))
                        .as((k, delta) -> k * 500 + delta);
        Arbitrary<LineSpec> line =
                Combinators.combine(
                                lineCents,
                                Arbitraries.integers().between(0, 11),
                                Arbitraries.integers().between(0, 11),
                                Arbitraries.of(true, false))
                        .as(LineSpec::new);
        return Combinators.combine(
                        itemCents.list().ofMinSize(1).ofMaxSize(8),
                        line.list().ofMaxSize(10),
                        Arbitraries.longs())
                .as(Scenario::new);
    }

    private static MatchResult match(Scenario scenario, List<BankLine> lines) {
        MatchSettings settings = MatchSettings.defaults().withTolerance(cents(2));
        return new BankLineMatcher(scenario.index(), settings).match(lines);
    }

    @Property(tries = 300)
    void noItemOverApplied(@ForAll("scenarios") Scenario scenario) {
        OpenItemIndex index = scenario.index();

        MatchResult result = match(scenario, scenario.bankLines());
        Statistics.collect(result.proposals().size() > 1 ? "several proposals" : "at most one");
        Statistics.coverage(
                coverage -> coverage.check("several proposals").percentage(p -> p > 20));

        Map<InvoiceId, BigDecimal> applied = new HashMap<>();
        for (Proposal proposal : result.proposals()) {
            for (ItemApplication application : proposal.applications()) {
                applied.merge(
                        application.invoiceId(),
                        application.applied().getNumber().numberValue(BigDecimal.class),
                        BigDecimal::add);
            }
        }
        applied.forEach(
                (invoiceId, total) ->
                        assertThat(total)
                                .isLessThanOrEqualTo(
                                        index.find(invoiceId)
                                                .orElseThrow()
                                                .outstanding()
                                                .getNumber()
                                                .numberValue(BigDecimal.class)));
    }

    @Property(tries = 300)
    void appliedEqualsLinesMinusUnapplied(@ForAll("scenarios") Scenario scenario) {
        MatchResult result = match(scenario, scenario.bankLines());

        BigDecimal applied = BigDecimal.ZERO;
        BigDecimal lineTotal = BigDecimal.ZERO;
        BigDecimal unapplied = BigDecimal.ZERO;
        for (Proposal proposal : result.proposals()) {
            for (ItemApplication application : proposal.applications()) {
                applied =
                        applied.add(
                                application.applied().getNumber().numberValue(BigDecimal.class));
            }
            lineTotal =
                    lineTotal.add(
                            proposal.line().amount().getNumber().numberValue(BigDecimal.class));
            unapplied =
                    unapplied.add(proposal.unapplied().getNumber().numberValue(BigDecimal.class));
        }

        assertThat(applied).isEqualByComparingTo(lineTotal.subtract(unapplied));
    }

    @Property(tries = 300)
    void everyLineHasOneOutcome(@ForAll("scenarios") Scenario scenario) {
        MatchResult result = match(scenario, scenario.bankLines());

        int outcomes =
                result.proposals().size()
                        + result.reversals().size()
                        + result.unmatched().size()
                        + result.alreadyBooked().size();
        assertThat(outcomes).isEqualTo(scenario.lines().size());
    }

    @Property(tries = 300)
    void shufflingLinesChangesNothing(@ForAll("scenarios") Scenario scenario) {
        List<BankLine> lines = scenario.bankLines();
        List<BankLine> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(scenario.seed()));

        assertThat(match(scenario, shuffled)).isEqualTo(match(scenario, lines));
    }
}
