package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.Lines.counterparty;
import static io.github.tahsilat.reconciliation.Lines.invoiceId;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.javamoney.moneta.Money;

/**
 * Compares the compact matcher with {@link BankLineMatcher} under default settings on generated
 * items and lines that both handle: no IBANs or tax ids, no cut names. Also compares a compact
 * index changed item by item with one built once from the items left.
 */
class CompactMatchPropertiesTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final CurrencyUnit USD = Monetary.getCurrency("USD");
    private static final LocalDate FIRST_DUE = LocalDate.of(2025, 2, 1);
    private static final int COUNTERPARTIES = 5;

    /** The item capacity of the indexes that the update property changes. */
    private static final int SLOTS = 12;

    /**
     * An open item: its number, with or without leading zeros, its counterparty, its outstanding
     * amount in cents, its due date as days after the first, and whether it is in TRY.
     */
    record ItemSpec(
            int number,
            boolean zeroPadded,
            int counterparty,
            int cents,
            int dueDay,
            boolean inTry) {

        String invoiceNumber() {
            return zeroPadded ? String.format("INV-%05d", number) : "INV-" + number;
        }

        CurrencyUnit currency() {
            return inTry ? TRY : EUR;
        }

        /** Returns the payment reference of every third number, as printed, or null. */
        String paymentReference() {
            return number % 3 == 0 ? "pay-" + number * 7 : null;
        }
    }

    /**
     * A bank line. It quotes the number of item {@code item} in the text form {@code textForm}, or
     * no number when {@code item} is out of range. It names counterparty {@code payer}, or none
     * when that is out of range. Its amount is the quoted item's amount plus {@code change} cents,
     * or {@code cents} when it quotes no item.
     */
    record LineSpec(int item, int textForm, int payer, int cents, int change) {}

    record Scenario(List<ItemSpec> items, List<LineSpec> lines) {

        static String name(int counterparty) {
            // Two counterparties share a name, so that a name can identify both.
            return counterparty == COUNTERPARTIES - 1
                    ? "Customer 3 Ticaret A.Ş."
                    : "Customer " + counterparty + " Ticaret A.Ş.";
        }

        OpenItemIndex objectIndex() {
            OpenItemIndex index = new OpenItemIndex();
            for (int slot = 0; slot < items.size(); slot++) {
                ItemSpec item = items.get(slot);
                index.put(
                        new OpenItemCandidate(
                                invoiceId(slot),
                                item.invoiceNumber(),
                                counterparty(item.counterparty()),
                                name(item.counterparty()),
                                List.of(),
                                List.of(),
                                Money.of(BigDecimal.valueOf(item.cents(), 2), item.currency()),
                                FIRST_DUE.plusDays(item.dueDay()),
                                Optional.ofNullable(item.paymentReference())
                                        .map(StructuredReference::parse)));
            }
            return index;
        }

        CompactOpenItemIndex compactIndex() {
            CompactOpenItemIndex index = namedIndex(items.size());
            for (int slot = 0; slot < items.size(); slot++) {
                put(index, slot, items.get(slot));
            }
            return index;
        }

        /** Returns the bank lines in the order {@code BankLineMatcher} sorts them by key. */
        List<BankLine> bankLines() {
            List<BankLine> result = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                LineSpec spec = lines.get(k);
                long cents = spec.cents();
                String text = "Payment " + k;
                String structured = null;
                if (spec.item() < items.size()) {
                    ItemSpec item = items.get(spec.item());
                    cents = Math.max(1, item.cents() + spec.change());
                    text = quote(item, spec.textForm());
                    if (spec.textForm() == 5) {
                        structured =
                                item.paymentReference() != null
                                        ? item.paymentReference()
                                        : item.invoiceNumber();
                        text = "Payment";
                    }
                }
                BankLine.Builder line =
                        Lines.line("1.00")
                                .amount(Money.of(BigDecimal.valueOf(cents, 2), EUR))
                                .accountServicerReference("ASR" + k)
                                .remittanceText(text);
                if (structured != null) {
                    line.structuredReference(StructuredReference.parse(structured));
                }
                if (spec.payer() < COUNTERPARTIES) {
                    line.counterpartyName(name(spec.payer()).toUpperCase(java.util.Locale.ROOT));
                }
                result.add(line.build());
            }
            List<BankEntryKey> keys = BankEntryKey.forStatement(result);
            Map<BankLine, BankEntryKey> keyOf = new HashMap<>();
            for (int i = 0; i < result.size(); i++) {
                keyOf.put(result.get(i), keys.get(i));
            }
            result.sort(
                    Comparator.comparing((BankLine line) -> keyOf.get(line).primary())
                            .thenComparing(line -> keyOf.get(line).contentKey()));
            return result;
        }

        private static String quote(ItemSpec item, int form) {
            int number = item.number();
            if (form == 4 && item.paymentReference() != null) {
                return "Ref " + item.paymentReference();
            }
            return switch (form) {
                case 0 -> "Payment of INV-" + number + " thanks";
                case 1 -> "inv " + String.format("%04d", number);
                case 2 -> "Fatura INV " + number + " / 2025";
                case 6 -> "Ödeme: fatura no İNV-" + number + " için teşekkürler";
                default -> "INV" + number + " INV" + (number + 1);
            };
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return scenarios(1, 20, 1, 15);
    }

    /**
     * Statements of more lines than the matcher looks up at once, so that lines on both sides of a
     * chunk's end take part.
     */
    @Provide
    Arbitrary<Scenario> longScenarios() {
        return scenarios(10, 40, 30, 100);
    }

    private static Arbitrary<Scenario> scenarios(
            int minItems, int maxItems, int minLines, int maxLines) {
        Arbitrary<ItemSpec> item =
                Combinators.combine(
                                Arbitraries.integers().between(1, 40),
                                Arbitraries.of(true, false),
                                Arbitraries.integers().between(0, COUNTERPARTIES - 1),
                                Arbitraries.integers().between(1, 6).map(k -> k * 500),
                                Arbitraries.integers().between(0, 3),
                                Arbitraries.integers().between(0, 9).map(k -> k == 0))
                        .as(ItemSpec::new);
        Arbitrary<LineSpec> line =
                Combinators.combine(
                                Arbitraries.integers().between(0, 30),
                                Arbitraries.integers().between(0, 6),
                                Arbitraries.integers().between(0, COUNTERPARTIES + 1),
                                Arbitraries.integers().between(1, 6).map(k -> k * 500),
                                Arbitraries.of(0, 0, 0, -200, 300))
                        .as(LineSpec::new);
        return Combinators.combine(
                        item.list()
                                .ofMinSize(minItems)
                                .ofMaxSize(maxItems)
                                .uniqueElements(ItemSpec::number),
                        line.list().ofMinSize(minLines).ofMaxSize(maxLines))
                .as(Scenario::new);
    }

    @Property(tries = 400)
    void compactPicksObjectMatchersItem(@ForAll("scenarios") Scenario scenario) {
        checkAgainstObjectMatcher(scenario);
    }

    @Property(tries = 100)
    void longStatementPicksObjectMatchersItem(@ForAll("longScenarios") Scenario scenario) {
        checkAgainstObjectMatcher(scenario);
    }

    private static void checkAgainstObjectMatcher(Scenario scenario) {
        List<BankLine> bankLines = scenario.bankLines();
        CompactBankLines lines = EuroCompactLines.of(bankLines);
        CompactMatchResult compact =
                new CompactBankLineMatcher(scenario.compactIndex()).match(lines);

        // Undecided lines take no item in the compact batch, so the object matcher gets the others.
        List<BankLine> decided = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            if (compact.status(line) != CompactMatchStatus.UNDECIDED) {
                decided.add(bankLines.get(line));
            }
            Statistics.label("status").collect(compact.status(line));
        }
        // A matcher that left every line undecided would pass the checks below, so the property
        // also requires that the compact rules decide and match a share of the lines.
        Statistics.label("status")
                .coverage(
                        coverage ->
                                coverage.check(CompactMatchStatus.MATCHED)
                                        .percentage(percent -> percent >= 10));
        MatchResult object =
                new BankLineMatcher(scenario.objectIndex(), MatchSettings.defaults())
                        .match(decided);
        Map<BankLine, Proposal> proposals = new HashMap<>();
        for (Proposal proposal : object.proposals()) {
            proposals.put(proposal.line(), proposal);
        }
        Map<InvoiceId, Integer> slotOf = new HashMap<>();
        for (int slot = 0; slot < scenario.items().size(); slot++) {
            slotOf.put(invoiceId(slot), slot);
        }

        for (int line = 0; line < lines.size(); line++) {
            if (compact.status(line) == CompactMatchStatus.UNDECIDED) {
                continue;
            }
            Proposal expected = proposals.get(bankLines.get(line));
            if (expected == null) {
                assertThat(compact.status(line)).isEqualTo(CompactMatchStatus.UNMATCHED);
                assertThat(compact.item(line)).isEqualTo(-1);
                continue;
            }
            assertThat(compact.status(line)).isEqualTo(CompactMatchStatus.MATCHED);
            assertThat(expected.applications()).hasSize(1);
            ItemApplication application = expected.applications().get(0);
            assertThat(compact.item(line)).isEqualTo(slotOf.get(application.invoiceId()));
            assertThat(compact.score(line)).isEqualTo(expected.score());
            assertThat(compact.applied(line)).isEqualTo(application.applied());
            assertThat(compact.isAuto(line)).isEqualTo(expected.isAuto());
            CompactProposal proposal = compact.proposal(line).orElseThrow();
            assertThat(proposal.outstanding()).isEqualTo(application.outstanding());
            assertThat(proposal.difference()).isEqualTo(expected.difference());
            assertThat(proposal.unapplied()).isEqualTo(expected.unapplied());
            assertThat(proposal.explanation()).isEqualTo(expected.explanation());
        }
    }

    /**
     * A line put before a statement that takes no item, naming counterparty {@code payer} unless
     * that is out of range: a return that quotes {@code INV-number} (kind 0), a payment in a
     * currency the index lacks that quotes it (kind 1), a payment of an amount no item has with no
     * number in its text (kind 2), or a payment from a name the bank may have cut (kind 3).
     */
    record LeadingLine(int kind, int number, int payer) {}

    @Provide
    Arbitrary<List<LeadingLine>> leadingLines() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(1, 40),
                        Arbitraries.integers().between(0, COUNTERPARTIES + 1))
                .as(LeadingLine::new)
                .list()
                .ofMaxSize(70);
    }

    /**
     * Puts lines that take no item before a statement, which moves the statement's lines to other
     * places in the chunks whose look-ups the matcher runs together, and checks that each line
     * still gets the same result.
     */
    @Property(tries = 200)
    void leadingLinesLeaveResultsUnchanged(
            @ForAll("longScenarios") Scenario scenario,
            @ForAll("leadingLines") List<LeadingLine> leading) {
        List<BankLine> bankLines = scenario.bankLines();
        CompactBankLines alone = EuroCompactLines.of(bankLines);
        CompactBankLines shifted = new CompactBankLines(leading.size() + bankLines.size());
        for (LeadingLine line : leading) {
            String name = line.payer() < COUNTERPARTIES ? Scenario.name(line.payer()) : null;
            String number = "INV-" + line.number();
            switch (line.kind()) {
                case 0 -> shifted.add(-500, EUR, "İade " + number, name);
                case 1 -> shifted.add(500, USD, "Ödeme " + number, name);
                case 2 -> shifted.add(7, EUR, "Ödeme", name);
                default -> shifted.add(500, EUR, "Payment", "A".repeat(35));
            }
        }
        EuroCompactLines.addTo(shifted, bankLines);
        CompactOpenItemIndex index = scenario.compactIndex();

        CompactMatchResult expected = new CompactBankLineMatcher(index).match(alone);
        CompactMatchResult actual = new CompactBankLineMatcher(index).match(shifted);

        for (int line = 0; line < alone.size(); line++) {
            int moved = leading.size() + line;
            assertThat(actual.status(moved)).as("line %d", line).isEqualTo(expected.status(line));
            assertThat(actual.item(moved)).as("line %d", line).isEqualTo(expected.item(line));
            assertThat(actual.score(moved)).as("line %d", line).isEqualTo(expected.score(line));
            assertThat(actual.appliedUnits(moved))
                    .as("line %d", line)
                    .isEqualTo(expected.appliedUnits(line));
            assertThat(actual.isAuto(moved)).as("line %d", line).isEqualTo(expected.isAuto(line));
            assertThat(actual.explanation(moved))
                    .as("line %d", line)
                    .isEqualTo(expected.explanation(line));
        }
        for (int line = 0; line < leading.size(); line++) {
            assertThat(actual.item(line)).as("leading line %d", line).isEqualTo(-1);
        }
    }

    @Property(tries = 400)
    void compactNeverAppliesMoreThanOutstanding(@ForAll("scenarios") Scenario scenario) {
        List<BankLine> bankLines = scenario.bankLines();
        CompactBankLines lines = EuroCompactLines.of(bankLines);
        CompactOpenItemIndex index = scenario.compactIndex();
        CompactMatchResult result = new CompactBankLineMatcher(index).match(lines);

        long[] applied = new long[index.itemCapacity()];
        for (int line = 0; line < result.size(); line++) {
            if (result.item(line) >= 0) {
                assertThat(result.appliedUnits(line)).isPositive();
                applied[result.item(line)] += result.appliedUnits(line);
            }
        }
        for (int slot = 0; slot < applied.length; slot++) {
            assertThat(applied[slot]).isLessThanOrEqualTo(index.outstandingUnits(slot));
        }
    }

    /**
     * One change to a compact index: kind 0 puts an item numbered {@code INV-number} in {@code
     * slot}, kind 1 settles the slot to {@code cents}, zero closing it, and kind 2 removes it.
     */
    record Change(int kind, int slot, int number, int counterparty, int cents, int dueDay) {}

    /**
     * A bank line for the update property: it quotes {@code INV-number} ({@code form} 0), the
     * number with zeros ({@code form} 1) or its payment reference ({@code form} 2), or nothing when
     * {@code number} is 0, and names counterparty {@code payer} unless it is out of range.
     */
    record UpdateLine(int number, int form, int payer, int cents) {}

    record Updates(List<Change> changes, List<UpdateLine> lines) {}

    @Provide
    Arbitrary<Updates> updates() {
        Arbitrary<Change> change =
                Combinators.combine(
                                Arbitraries.integers().between(0, 2),
                                Arbitraries.integers().between(0, SLOTS - 1),
                                Arbitraries.integers().between(1, 8),
                                Arbitraries.integers().between(0, COUNTERPARTIES - 1),
                                Arbitraries.integers().between(0, 6).map(k -> k * 500),
                                Arbitraries.integers().between(0, 3))
                        .as(Change::new);
        Arbitrary<UpdateLine> line =
                Combinators.combine(
                                Arbitraries.integers().between(0, 8),
                                Arbitraries.integers().between(0, 2),
                                Arbitraries.integers().between(0, COUNTERPARTIES + 1),
                                Arbitraries.integers().between(1, 6).map(k -> k * 500))
                        .as(UpdateLine::new);
        return Combinators.combine(
                        change.list().ofMinSize(1).ofMaxSize(60),
                        line.list().ofMinSize(1).ofMaxSize(12))
                .as(Updates::new);
    }

    private static void put(CompactOpenItemIndex index, int slot, ItemSpec item) {
        index.put(
                slot,
                item.invoiceNumber(),
                item.paymentReference(),
                item.counterparty(),
                item.cents(),
                item.currency(),
                (int) FIRST_DUE.plusDays(item.dueDay()).toEpochDay());
    }

    /** Returns an empty index for {@code itemCapacity} items that names every counterparty. */
    private static CompactOpenItemIndex namedIndex(int itemCapacity) {
        CompactOpenItemIndex index = new CompactOpenItemIndex(itemCapacity, COUNTERPARTIES);
        for (int c = 0; c < COUNTERPARTIES; c++) {
            index.nameCounterparty(c, Scenario.name(c));
        }
        return index;
    }

    /**
     * Puts, settles and removes items in random order, then checks that every line gets the same
     * decision as from an index built once from the items left, so no change leaves a stale link.
     */
    @Property(tries = 300)
    void updatedIndexMatchesFreshIndex(@ForAll("updates") Updates updates) {
        CompactOpenItemIndex updated = namedIndex(SLOTS);
        ItemSpec[] items = new ItemSpec[SLOTS];
        for (Change change : updates.changes()) {
            int slot = change.slot();
            ItemSpec item = items[slot];
            if (change.kind() == 0) {
                item =
                        new ItemSpec(
                                change.number(),
                                slot % 2 == 0,
                                change.counterparty(),
                                Math.max(500, change.cents()),
                                change.dueDay(),
                                false);
                put(updated, slot, item);
            } else if (change.kind() == 1) {
                assertThat(updated.settle(slot, change.cents())).isEqualTo(item != null);
                if (item != null) {
                    item =
                            change.cents() == 0
                                    ? null
                                    : new ItemSpec(
                                            item.number(),
                                            item.zeroPadded(),
                                            item.counterparty(),
                                            change.cents(),
                                            item.dueDay(),
                                            false);
                }
            } else {
                assertThat(updated.remove(slot)).isEqualTo(item != null);
                item = null;
            }
            items[slot] = item;
        }
        CompactOpenItemIndex fresh = namedIndex(SLOTS);
        int open = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (items[slot] != null) {
                put(fresh, slot, items[slot]);
                open++;
            }
            assertThat(updated.outstandingUnits(slot)).isEqualTo(fresh.outstandingUnits(slot));
        }
        assertThat(updated.size()).isEqualTo(open);

        CompactBankLines lines = new CompactBankLines(updates.lines().size());
        for (UpdateLine line : updates.lines()) {
            String text =
                    switch (line.number() == 0 ? -1 : line.form()) {
                        case 0 -> "Payment of INV-" + line.number();
                        case 1 -> "inv " + String.format("%04d", line.number());
                        case 2 -> "Ref pay-" + line.number() * 7;
                        default -> "Payment";
                    };
            String payer = line.payer() < COUNTERPARTIES ? Scenario.name(line.payer()) : null;
            lines.add(line.cents(), EUR, text, payer);
        }
        CompactMatchResult afterUpdates = new CompactBankLineMatcher(updated).match(lines);
        CompactMatchResult expected = new CompactBankLineMatcher(fresh).match(lines);

        for (int line = 0; line < lines.size(); line++) {
            assertThat(afterUpdates.status(line)).isEqualTo(expected.status(line));
            assertThat(afterUpdates.item(line)).isEqualTo(expected.item(line));
            assertThat(afterUpdates.score(line)).isEqualTo(expected.score(line));
            assertThat(afterUpdates.proposal(line)).isEqualTo(expected.proposal(line));
        }
    }
}
