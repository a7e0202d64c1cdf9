package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.Lines.counterparty;
import static io.github.tahsilat.reconciliation.Lines.invoiceId;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
 * Compares the proposals and explanations of the compact matcher with those of {@link
 * BankLineMatcher} on texts that the compact matcher folds through {@code TextFolding}: Turkish
 * letters, numbers quoted in lower case, apart or glued to a word, two numbers in one text, numbers
 * with equal keys, long tokens, and the structured reference naming the same item as the text.
 */
class CompactExplanationPropertiesTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final LocalDate FIRST_DUE = LocalDate.of(2025, 2, 1);
    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    private static final List<String> NAMES =
            List.of("Öz-Ünlü İnşaat", "Işık Gıda Ltd. Şti.", "Acme Ticaret A.Ş.");

    /** Prefixes of invoice numbers. {@code INV-} and {@code İNV-} fold to the same key. */
    private static final List<String> PREFIXES =
            List.of("INV-", "İNV-", "FT/2025/", "ŞB-", "A", "INV-00");

    /** Words between the quoted numbers, a long token and a long digit run among them. */
    private static final List<String> WORDS =
            List.of(
                    "Ödeme",
                    "fatura",
                    "no:",
                    "İade",
                    "ışık",
                    "2025",
                    "-",
                    "/",
                    "X".repeat(30),
                    "Müşteri",
                    "0000000000000000007",
                    "İNV");

    /**
     * An open item numbered with prefix {@code prefix} and {@code serial}, with a payment reference
     * when {@code referenced}, of counterparty {@code counterparty}, owing {@code cents}, due
     * {@code dueDay} days after the first due date, in TRY when {@code inTry}.
     */
    record ItemSpec(
            int prefix,
            int serial,
            boolean referenced,
            int counterparty,
            int cents,
            int dueDay,
            boolean inTry) {

        String invoiceNumber() {
            return PREFIXES.get(prefix) + serial;
        }

        String paymentReference() {
            return referenced ? "pay-" + serial * 7 + "-" + prefix : null;
        }

        CurrencyUnit currency() {
            return inTry ? TRY : EUR;
        }
    }

    /**
     * A bank line that quotes up to two items, each in one of five forms, with filler words from
     * seed {@code filler}, a structured reference to an item's number or payment reference, a payer
     * name, and an amount that fits the first quoted item, or an item picked by {@code filler} when
     * it quotes none, fully or in part, or no item.
     */
    record LineSpec(
            int first,
            int second,
            int forms,
            int filler,
            int structured,
            int payer,
            int amountKind) {}

    record Scenario(List<ItemSpec> items, List<LineSpec> lines) {

        OpenItemIndex objectIndex() {
            OpenItemIndex index = new OpenItemIndex();
            for (int slot = 0; slot < items.size(); slot++) {
                ItemSpec item = items.get(slot);
                index.put(
                        new OpenItemCandidate(
                                invoiceId(slot),
                                item.invoiceNumber(),
                                counterparty(item.counterparty()),
                                NAMES.get(item.counterparty()),
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
            CompactOpenItemIndex index = new CompactOpenItemIndex(items.size(), NAMES.size());
            for (int c = 0; c < NAMES.size(); c++) {
                index.nameCounterparty(c, NAMES.get(c));
            }
            for (int slot = 0; slot < items.size(); slot++) {
                ItemSpec item = items.get(slot);
                index.put(
                        slot,
                        item.invoiceNumber(),
                        item.paymentReference(),
                        item.counterparty(),
                        item.cents(),
                        item.currency(),
                        (int) FIRST_DUE.plusDays(item.dueDay()).toEpochDay());
            }
            return index;
        }

        /** Returns the bank lines in the order {@code BankLineMatcher} sorts them by key. */
        List<BankLine> bankLines() {
            List<BankLine> result = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                result.add(bankLine(lines.get(k), k));
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

        private ItemSpec item(int index) {
            return index < 0 ? null : items.get(index % items.size());
        }

        private BankLine bankLine(LineSpec spec, int k) {
            Random filler = new Random(spec.filler());
            ItemSpec first = item(spec.first());
            ItemSpec second = item(spec.second());
            StringBuilder text = new StringBuilder(words(filler));
            if (first != null) {
                text.append(' ').append(quote(first.invoiceNumber(), spec.forms() % 5));
                text.append(' ').append(words(filler));
            }
            if (second != null) {
                text.append(' ').append(quote(second.invoiceNumber(), spec.forms() / 5));
                text.append(' ').append(words(filler));
            }

            // A line that quotes no item pays one by amount, so that a payer's name and the
            // amount alone can find it.
            ItemSpec paid = first != null ? first : second;
            if (paid == null) {
                paid = items.get(spec.filler() % items.size());
            }
            long cents = 777;
            if (spec.amountKind() == 0) {
                cents = paid.cents();
            } else if (spec.amountKind() == 1) {
                cents = paid.cents() - 200;
            }
            BankLine.Builder line =
                    Lines.line("1.00")
                            .amount(Money.of(BigDecimal.valueOf(cents, 2), EUR))
                            .accountServicerReference("ASR" + k)
                            .remittanceText(text.toString().strip());
            ItemSpec structured = item(spec.structured());
            if (structured != null) {
                String reference =
                        structured.paymentReference() != null && spec.structured() % 2 == 0
                                ? structured.paymentReference()
                                : structured.invoiceNumber();
                try {
                    line.structuredReference(StructuredReference.parse(reference));
                } catch (InvalidInputException e) {
                    // A number that is no valid reference is left out.
                }
            }
            if (spec.payer() >= 0) {
                String name = NAMES.get(spec.payer() % NAMES.size());
                line.counterpartyName(
                        spec.payer() >= NAMES.size() ? name.toUpperCase(TURKISH) : name);
            }
            return line.build();
        }

        private static String words(Random filler) {
            int count = filler.nextInt(3);
            StringBuilder words = new StringBuilder();
            for (int i = 0; i < count; i++) {
                words.append(' ').append(WORDS.get(filler.nextInt(WORDS.size())));
            }
            return words.toString().strip();
        }

        /**
         * Writes a number as a payer might: as issued, in lower case, apart, or glued to a word.
         */
        private static String quote(String number, int form) {
            return switch (form) {
                case 0 -> number;
                case 1 -> number.toLowerCase(Locale.ROOT);
                case 2 -> number.toLowerCase(TURKISH);
                case 3 -> number.replace('-', ' ').replace('/', ' ');
                default -> "Fatura" + number;
            };
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<ItemSpec> item =
                Combinators.combine(
                                Arbitraries.integers().between(0, PREFIXES.size() - 1),
                                Arbitraries.integers().between(1, 4),
                                Arbitraries.of(true, false),
                                Arbitraries.integers().between(0, NAMES.size() - 1),
                                Arbitraries.integers().between(1, 6).map(k -> k * 500),
                                Arbitraries.integers().between(0, 3),
                                Arbitraries.integers().between(0, 9).map(k -> k == 0))
                        .as(ItemSpec::new);
        Arbitrary<LineSpec> line =
                Combinators.combine(
                                Arbitraries.integers().between(-3, 7),
                                Arbitraries.integers().between(-5, 7),
                                Arbitraries.integers().between(0, 24),
                                Arbitraries.integers().between(0, 1000),
                                Arbitraries.integers().between(-10, 7),
                                Arbitraries.integers().between(-2, 2 * NAMES.size() - 1),
                                Arbitraries.integers().between(0, 2))
                        .as(LineSpec::new);
        return Combinators.combine(
                        item.list().ofMinSize(1).ofMaxSize(8),
                        line.list().ofMinSize(1).ofMaxSize(8))
                .as(Scenario::new);
    }

    @Property(tries = 1000)
    void compactExplainsAsObjectMatcher(@ForAll("scenarios") Scenario scenario) {
        List<BankLine> bankLines = scenario.bankLines();
        CompactBankLines lines = EuroCompactLines.of(bankLines);
        CompactMatchResult compact =
                new CompactBankLineMatcher(scenario.compactIndex()).match(lines);

        Map<BankLine, Proposal> proposals = objectProposals(scenario, bankLines, compact);
        Map<InvoiceId, Integer> slotOf = new HashMap<>();
        for (int slot = 0; slot < scenario.items().size(); slot++) {
            slotOf.put(invoiceId(slot), slot);
        }

        for (int line = 0; line < lines.size(); line++) {
            if (compact.status(line) == CompactMatchStatus.UNDECIDED) {
                Statistics.label("named by").collect("undecided");
                continue;
            }
            Proposal expected = proposals.get(bankLines.get(line));
            if (expected == null) {
                Statistics.label("named by").collect("unmatched");
                assertThat(compact.status(line)).isEqualTo(CompactMatchStatus.UNMATCHED);
                continue;
            }
            Statistics.label("named by").collect(namedBy(expected, bankLines.get(line)));
            assertThat(compact.status(line)).isEqualTo(CompactMatchStatus.MATCHED);
            ItemApplication application = expected.applications().get(0);
            assertThat(compact.item(line)).isEqualTo(slotOf.get(application.invoiceId()));
            assertThat(compact.invoiceNumber(line)).contains(application.invoiceNumber());
            assertThat(compact.score(line)).isEqualTo(expected.score());
            assertThat(compact.isAuto(line)).isEqualTo(expected.isAuto());
            assertThat(compact.explanation(line)).isEqualTo(expected.explanation());
        }
        // Each way of naming an item is reached often enough to count.
        Statistics.label("named by")
                .coverage(
                        coverage -> {
                            coverage.check("folded text").count(count -> count >= 100);
                            coverage.check("text and structured").count(count -> count >= 20);
                            coverage.check("name and amount").count(count -> count >= 10);
                        });
    }

    /**
     * Checks that the deferred explanation of each matched line reads as the object matcher's list:
     * equal both ways, with the same size before its reasons are built, hash code, string and
     * reasons, and kept as it is by a {@link Proposal}.
     */
    @Property(tries = 300)
    void deferredExplanationReadsAsEagerList(@ForAll("scenarios") Scenario scenario) {
        List<BankLine> bankLines = scenario.bankLines();
        CompactBankLines lines = EuroCompactLines.of(bankLines);
        CompactMatchResult compact =
                new CompactBankLineMatcher(scenario.compactIndex()).match(lines);
        Map<BankLine, Proposal> proposals = objectProposals(scenario, bankLines, compact);

        for (int line = 0; line < lines.size(); line++) {
            if (compact.status(line) != CompactMatchStatus.MATCHED) {
                assertThat(compact.explanation(line)).isEmpty();
                continue;
            }
            Proposal expected = proposals.get(bankLines.get(line));
            List<MatchReason> eager = expected.explanation();
            List<MatchReason> deferred = compact.explanation(line);

            assertThat(deferred.size()).isEqualTo(eager.size());
            assertThat(deferred.equals(eager)).isTrue();
            assertThat(eager.equals(deferred)).isTrue();
            assertThat(deferred.hashCode()).isEqualTo(eager.hashCode());
            assertThat(deferred.toString()).isEqualTo(eager.toString());
            assertThat(new ArrayList<>(deferred)).isEqualTo(new ArrayList<>(eager));
            Proposal withDeferred =
                    new Proposal(
                            expected.key(),
                            expected.line(),
                            expected.amount(),
                            expected.applications(),
                            expected.difference(),
                            expected.withinTolerance(),
                            expected.unapplied(),
                            expected.score(),
                            expected.status(),
                            compact.explanation(line));
            assertThat(withDeferred).isEqualTo(expected);
            assertThat(withDeferred.hashCode()).isEqualTo(expected.hashCode());
        }
    }

    /**
     * Returns how the object matcher's proposal names its item: by a text window of a text with
     * non-ASCII characters, by both a text window and the structured reference, by the payer's name
     * and the amount only, or otherwise.
     */
    private static String namedBy(Proposal proposal, BankLine line) {
        List<String> rules =
                proposal.explanation().stream().map(MatchReason::rule).distinct().toList();
        boolean byNumber = rules.contains(InvoiceNumberRule.NAME);
        boolean byReference = rules.contains(StructuredReferenceRule.NAME);
        if (byNumber && line.structuredReference().isPresent()) {
            return "text and structured";
        }
        if (byNumber && !line.remittanceText().chars().allMatch(c -> c < 0x80)) {
            return "folded text";
        }
        if (!byNumber && !byReference && rules.contains(CounterpartyRule.NAME)) {
            return "name and amount";
        }
        return "other";
    }

    /**
     * Returns the object matcher's proposals for the lines that the compact matcher decided, by
     * bank line.
     */
    private static Map<BankLine, Proposal> objectProposals(
            Scenario scenario, List<BankLine> bankLines, CompactMatchResult compact) {
        List<BankLine> decided = new ArrayList<>();
        for (int line = 0; line < bankLines.size(); line++) {
            if (compact.status(line) != CompactMatchStatus.UNDECIDED) {
                decided.add(bankLines.get(line));
            }
        }
        MatchResult object =
                new BankLineMatcher(scenario.objectIndex(), MatchSettings.defaults())
                        .match(decided);
        Map<BankLine, Proposal> proposals = new HashMap<>();
        for (Proposal proposal : object.proposals()) {
            proposals.put(proposal.line(), proposal);
        }
        return proposals;
    }
}
