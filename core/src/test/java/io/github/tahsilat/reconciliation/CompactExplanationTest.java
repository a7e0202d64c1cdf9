package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.reconciliation.TextFolding;
import io.github.tahsilat.invoice.InvoiceId;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CompactExplanationTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final int DUE = 20_000;

    private static final MatchReason NAMED_BY_TEXT =
            new MatchReason(
                    "invoice-number",
                    "text names invoice INV-0042 as INV0042",
                    60,
                    MatchReason.Kind.REFERENCE);
    private static final MatchReason EXACT_AMOUNT =
            new MatchReason(
                    "exact-amount",
                    "amount 100.00 EUR equals the open amount of invoice INV-0042",
                    30,
                    MatchReason.Kind.AMOUNT);

    /** Item 0, INV-0042 of 100.00 EUR, of counterparty 0, "Acme Ticaret A.Ş.". */
    private static CompactOpenItemIndex index() {
        CompactOpenItemIndex index = new CompactOpenItemIndex(4, 2);
        index.nameCounterparty(0, "Acme Ticaret A.Ş.");
        index.put(0, "INV-0042", 0, 10_000, EUR, DUE);
        return index;
    }

    private static CompactMatchResult match(long units, String text, String name) {
        CompactBankLines lines = new CompactBankLines(1);
        lines.add(units, EUR, text, name);
        return new CompactBankLineMatcher(index()).match(lines);
    }

    /** Returns the explanation of a line that quotes INV-0042 and pays it in full, unread. */
    private static List<MatchReason> deferred() {
        return match(10_000, "Payment of INV-0042 thanks", null).explanation(0);
    }

    /** Returns the list that the eager explanation built for the line of {@link #deferred()}. */
    private static List<MatchReason> eager() {
        return List.of(NAMED_BY_TEXT, EXACT_AMOUNT);
    }

    @Nested
    class AsList {

        @Test
        void sizeReadsWithoutFormatting() {
            List<MatchReason> explanation = deferred();

            assertThat(explanation).isInstanceOf(CompactExplanation.class);
            assertThat(explanation.size()).isEqualTo(2);
            assertThat(explanation.isEmpty()).isFalse();
            assertThat(((CompactExplanation) explanation).isBuilt()).isFalse();
        }

        @Test
        void equalsEagerListBothWays() {
            List<MatchReason> explanation = deferred();

            assertThat(explanation.equals(eager())).isTrue();
            assertThat(eager().equals(explanation)).isTrue();
            assertThat(explanation.equals(deferred())).isTrue();
            assertThat(explanation.equals(List.of(EXACT_AMOUNT, NAMED_BY_TEXT))).isFalse();
        }

        @Test
        void hashesAndPrintsAsEagerList() {
            assertThat(deferred().hashCode()).isEqualTo(eager().hashCode());
            assertThat(deferred().toString()).isEqualTo(eager().toString());
        }

        @Test
        void readsReasonsInOrder() {
            List<MatchReason> explanation = deferred();

            assertThat(explanation.get(0)).isEqualTo(NAMED_BY_TEXT);
            assertThat(explanation.get(1)).isEqualTo(EXACT_AMOUNT);
            assertThat(new ArrayList<>(explanation)).containsExactly(NAMED_BY_TEXT, EXACT_AMOUNT);
            assertThat(explanation.stream().map(MatchReason::rule).toList())
                    .containsExactly("invoice-number", "exact-amount");
            assertThat(explanation.toArray()).containsExactly(NAMED_BY_TEXT, EXACT_AMOUNT);
            assertThat(explanation.toArray(new MatchReason[0]))
                    .containsExactly(NAMED_BY_TEXT, EXACT_AMOUNT);
            assertThat(explanation.subList(1, 2)).containsExactly(EXACT_AMOUNT);
            assertThat(explanation.indexOf(EXACT_AMOUNT)).isEqualTo(1);
            assertThat(explanation.lastIndexOf(NAMED_BY_TEXT)).isZero();
            assertThat(explanation.contains(EXACT_AMOUNT)).isTrue();
            assertThat(explanation.containsAll(eager())).isTrue();
            assertThat(explanation.listIterator(1).next()).isEqualTo(EXACT_AMOUNT);
        }

        @Test
        void unmatchedLineHasEmptyList() {
            List<MatchReason> explanation = match(777, "Payment", null).explanation(0);

            assertThat(explanation).isSameAs(List.of());
        }

        @Test
        void nameAndAmountGiveTheirReasons() {
            List<MatchReason> explanation =
                    match(10_000, "Payment", "Acme Ticaret A.Ş.").explanation(0);

            assertThat(explanation)
                    .containsExactly(
                            new MatchReason(
                                    "exact-amount",
                                    "amount 100.00 EUR equals the open amount of invoice INV-0042",
                                    30,
                                    MatchReason.Kind.AMOUNT),
                            new MatchReason(
                                    "counterparty",
                                    "payer name is the counterparty's",
                                    10,
                                    MatchReason.Kind.COUNTERPARTY));
        }

        @Test
        void partialPaymentGivesItsReason() {
            List<MatchReason> explanation = match(4_000, "INV-0042", null).explanation(0);

            assertThat(explanation)
                    .containsExactly(
                            new MatchReason(
                                    "invoice-number",
                                    "text names invoice INV-0042 as INV0042",
                                    60,
                                    MatchReason.Kind.REFERENCE),
                            new MatchReason(
                                    "partial-payment",
                                    "amount 40.00 EUR pays part of the open amount 100.00 EUR of"
                                            + " invoice INV-0042",
                                    10,
                                    MatchReason.Kind.PARTIAL_AMOUNT));
        }
    }

    @Nested
    class Unmodifiable {

        static Stream<Arguments> changes() {
            return Stream.of(
                    change("add", list -> list.add(EXACT_AMOUNT)),
                    change("add at", list -> list.add(0, EXACT_AMOUNT)),
                    change("addAll", list -> list.addAll(List.of())),
                    change("addAll at", list -> list.addAll(0, List.of())),
                    change("set", list -> list.set(0, EXACT_AMOUNT)),
                    change("remove absent", list -> list.remove(null)),
                    change("remove at", list -> list.remove(0)),
                    change("removeAll none", list -> list.removeAll(List.of())),
                    change("retainAll all", list -> list.retainAll(eager())),
                    change("removeIf none", list -> list.removeIf(reason -> false)),
                    change("replaceAll", list -> list.replaceAll(reason -> reason)),
                    change("sort", list -> list.sort(Comparator.comparing(MatchReason::rule))),
                    change("clear", List::clear),
                    change(
                            "iterator remove",
                            list -> {
                                var iterator = list.iterator();
                                iterator.next();
                                iterator.remove();
                            }),
                    change("contains null", list -> list.contains(null)),
                    change("indexOf null", list -> list.indexOf(null)));
        }

        private static Arguments change(String name, Consumer<List<MatchReason>> change) {
            return Arguments.of(name, change);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("changes")
        void throwsWhatEagerListThrows(String name, Consumer<List<MatchReason>> change) {
            Class<? extends Throwable> eagerError = thrownBy(change, eager());

            assertThat(eagerError).as(name).isNotNull();
            assertThat(thrownBy(change, deferred())).as(name).isEqualTo(eagerError);
        }

        private static Class<? extends Throwable> thrownBy(
                Consumer<List<MatchReason>> change, List<MatchReason> list) {
            try {
                change.accept(list);
                return null;
            } catch (RuntimeException e) {
                return e.getClass();
            }
        }

        @Test
        void changeAttemptKeepsReasons() {
            List<MatchReason> explanation = deferred();

            assertThatThrownBy(explanation::clear)
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThat(explanation).containsExactly(NAMED_BY_TEXT, EXACT_AMOUNT);
        }
    }

    @Nested
    class Proposals {

        @Test
        void proposalKeepsListAsIs() {
            List<MatchReason> explanation = deferred();

            Proposal proposal = proposal(explanation);

            assertThat(proposal.explanation()).isSameAs(explanation);
            assertThat(((CompactExplanation) explanation).isBuilt()).isFalse();
        }

        @Test
        void proposalEqualsEagerProposal() {
            Proposal withDeferred = proposal(deferred());
            Proposal withEager = proposal(eager());

            assertThat(withDeferred).isEqualTo(withEager);
            assertThat(withEager).isEqualTo(withDeferred);
            assertThat(withDeferred.hashCode()).isEqualTo(withEager.hashCode());
            assertThat(withDeferred.toString()).isEqualTo(withEager.toString());
        }

        @Test
        void proposalCopiesOtherLists() {
            List<MatchReason> reasons = new ArrayList<>(eager());

            Proposal proposal = proposal(reasons);
            reasons.clear();

            assertThat(proposal.explanation()).containsExactly(NAMED_BY_TEXT, EXACT_AMOUNT);
        }

        @Test
        void compactProposalKeepsDeferredList() {
            CompactMatchResult result = match(10_000, "Payment of INV-0042 thanks", null);

            CompactProposal proposal = result.proposal(0).orElseThrow();

            assertThat(proposal.explanation()).isInstanceOf(CompactExplanation.class);
            assertThat(proposal.explanation()).isEqualTo(eager());
        }

        private Proposal proposal(List<MatchReason> explanation) {
            Money amount = Money.of(new BigDecimal("100.00"), "EUR");
            BankLine line =
                    Lines.line("100.00").remittanceText("Payment of INV-0042 thanks").build();
            return new Proposal(
                    BankEntryKey.forStatement(List.of(line)).get(0),
                    line,
                    amount,
                    List.of(
                            new ItemApplication(
                                    new InvoiceId(new UUID(0, 1)),
                                    "INV-0042",
                                    new CounterpartyId(new UUID(0, 2)),
                                    amount,
                                    amount)),
                    Money.of(BigDecimal.ZERO, "EUR"),
                    true,
                    Money.of(BigDecimal.ZERO, "EUR"),
                    90,
                    ProposalStatus.SUGGESTION,
                    explanation);
        }
    }

    @Nested
    class Threads {

        @Test
        void concurrentFirstReadsShareOneBuild() throws Exception {
            int threads = 8;
            ExecutorService executor = Executors.newFixedThreadPool(threads);
            try {
                for (int round = 0; round < 200; round++) {
                    List<MatchReason> explanation = deferred();
                    CountDownLatch start = new CountDownLatch(1);
                    List<Future<MatchReason>> firsts = new ArrayList<>();
                    for (int t = 0; t < threads; t++) {
                        firsts.add(
                                executor.submit(
                                        () -> {
                                            start.await();
                                            return explanation.get(0);
                                        }));
                    }
                    start.countDown();

                    Set<MatchReason> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                    for (Future<MatchReason> first : firsts) {
                        seen.add(first.get(10, TimeUnit.SECONDS));
                    }
                    assertThat(seen).hasSize(1);
                    assertThat(seen.iterator().next()).isEqualTo(NAMED_BY_TEXT);
                    assertThat(explanation).isEqualTo(eager());
                }
            } finally {
                executor.shutdownNow();
            }
        }
    }

    @Nested
    class LongDetail {

        /**
         * INV-1 quoted with so many leading zeros that the detail "text names invoice INV-1 as
         * INV000…1" exceeds 1,000 characters.
         */
        @Test
        void overlongWindowRejectedWhileMatching() {
            String text = "INV-" + "0".repeat(990) + "1";
            CompactOpenItemIndex index = new CompactOpenItemIndex(1, 1);
            index.put(0, "INV-1", 0, 10_000, EUR, DUE);
            CompactBankLines lines = new CompactBankLines(1);
            lines.add(10_000, EUR, text, null);
            CompactMatchResult result = new CompactBankLineMatcher(index).match(lines);

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.MATCHED);
            assertThatThrownBy(() -> result.explanation(0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("detail");
        }

        @Test
        void longTextBuildsReasonsAtOnce() {
            String text = "INV-0042 " + "x".repeat(400);

            List<MatchReason> explanation = match(10_000, text, null).explanation(0);

            assertThat(((CompactExplanation) explanation).isBuilt()).isTrue();
            assertThat(explanation).isEqualTo(eager());
        }

        @Test
        void longTextNotKeptOnceBuilt() throws InterruptedException {
            StoredText stored = explainLongText();
            WeakReference<Object> unreferenced = new WeakReference<>(new Object());

            // A few collections free the text unless the explanation still references it.
            for (int i = 0;
                    i < 10 && (stored.text().get() != null || unreferenced.get() != null);
                    i++) {
                System.gc();
                Thread.sleep(10);
            }

            // Without a collection (System.gc() disabled), the test cannot tell.
            assumeTrue(unreferenced.get() == null, "System.gc() collected nothing");
            assertThat(stored.text().get()).as("the line's text").isNull();
            assertThat(stored.explanation()).isEqualTo(eager());
        }

        @Test
        void shortTextDefersReasons() {
            String text = "INV-0042 " + "x".repeat(200);

            List<MatchReason> explanation = match(10_000, text, null).explanation(0);

            assertThat(((CompactExplanation) explanation).isBuilt()).isFalse();
            assertThat(explanation).isEqualTo(eager());
        }

        /** An explanation built at once, and a weak reference to the text that its line had. */
        private record StoredText(List<MatchReason> explanation, WeakReference<String> text) {}

        /**
         * Explains a line whose text is long enough for the reasons to be built at once, and drops
         * every reference to the text but the explanation's own, if it keeps one.
         */
        private static StoredText explainLongText() {
            String text = "INV-0042 " + "x".repeat(400);
            List<MatchReason> explanation = match(10_000, text, null).explanation(0);
            assertThat(((CompactExplanation) explanation).isBuilt()).isTrue();
            return new StoredText(explanation, new WeakReference<>(text));
        }

        @Test
        void foldingKeepsBoundPerCodePoint() {
            for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
                if (!Character.isDefined(codePoint)
                        || Character.getType(codePoint) == Character.SURROGATE) {
                    continue;
                }
                String text = new String(Character.toChars(codePoint));
                int folded = 0;
                for (String token : TextFolding.tokens(text)) {
                    folded += token.length();
                }
                if (folded > CompactExplanation.MAX_FOLDED_PER_CHAR * text.length()) {
                    assertThat(folded)
                            .as("U+%04X folds to %s", codePoint, TextFolding.tokens(text))
                            .isLessThanOrEqualTo(
                                    CompactExplanation.MAX_FOLDED_PER_CHAR * text.length());
                }
            }
        }
    }
}
