package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.Lines.OTHER_IBAN;
import static io.github.tahsilat.reconciliation.Lines.PAYER_IBAN;
import static io.github.tahsilat.reconciliation.Lines.counterparty;
import static io.github.tahsilat.reconciliation.Lines.eur;
import static io.github.tahsilat.reconciliation.Lines.index;
import static io.github.tahsilat.reconciliation.Lines.invoiceId;
import static io.github.tahsilat.reconciliation.Lines.item;
import static io.github.tahsilat.reconciliation.Lines.line;
import static io.github.tahsilat.reconciliation.Lines.match;
import static io.github.tahsilat.reconciliation.Lines.try_;
import static io.github.tahsilat.reconciliation.Lines.withIban;
import static io.github.tahsilat.reconciliation.Lines.withReference;
import static io.github.tahsilat.reconciliation.Lines.withTaxId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BankLineMatcherTest {

    private static List<InvoiceId> invoicesOf(Proposal proposal) {
        return proposal.applications().stream().map(ItemApplication::invoiceId).toList();
    }

    @Nested
    class InvoiceNumberInText {

        @Test
        void textPicksOneOfTwoEqualAmounts() {
            OpenItemIndex index =
                    index(item(1, "INV-2025-0001", "250.00"), item(2, "INV-2025-0002", "250.00"));

            MatchResult result =
                    match(
                            index,
                            line("250.00").remittanceText("Ödeme fatura INV 2025 0002").build());

            assertThat(result.proposals()).hasSize(1);
            Proposal proposal = result.proposals().get(0);
            assertThat(invoicesOf(proposal)).containsExactly(invoiceId(2));
            assertThat(proposal.status()).isEqualTo(ProposalStatus.AUTO);
            assertThat(proposal.score()).isEqualTo(90);
            assertThat(proposal.firedRules()).containsExactly("invoice-number", "exact-amount");
            assertThat(proposal.difference()).isEqualTo(eur("0.00"));
        }

        @Test
        void leadingZerosAndCaseIgnored() {
            OpenItemIndex index = index(item(1, "FTR-000481", "75.00"));

            MatchResult result = match(index, line("75.00").remittanceText("ftr481 odeme").build());

            assertThat(result.automatic()).hasSize(1);
            assertThat(invoicesOf(result.automatic().get(0))).containsExactly(invoiceId(1));
        }

        @Test
        void explanationNamesNumberAndText() {
            OpenItemIndex index = index(item(1, "INV-7", "10.00"), item(2, "INV-8", "10.00"));

            Proposal proposal =
                    match(index, line("10.00").remittanceText("for inv 8").build())
                            .proposals()
                            .get(0);

            assertThat(proposal.explanation().get(0).detail())
                    .isEqualTo("text names invoice INV-8 as INV8");
            assertThat(proposal.explanation().get(0).points()).isEqualTo(60);
        }

        @Test
        void partialPaymentIsSuggestion() {
            OpenItemIndex index = index(item(1, "INV-100", "100.00"));

            Proposal proposal =
                    match(index, line("60.00").remittanceText("INV-100").build())
                            .proposals()
                            .get(0);

            assertThat(proposal.status()).isEqualTo(ProposalStatus.SUGGESTION);
            assertThat(proposal.score()).isEqualTo(70);
            assertThat(proposal.applications().get(0).applied()).isEqualTo(eur("60.00"));
            assertThat(proposal.difference()).isEqualTo(eur("-40.00"));
            assertThat(proposal.withinTolerance()).isFalse();
        }
    }

    @Nested
    class AmountOnly {

        @Test
        void equalAmountWithoutTextIsSuggestion() {
            OpenItemIndex index = index(item(1, "INV-1", "480.00"));

            MatchResult result = match(index, line("480.00").build());

            assertThat(result.proposals()).hasSize(1);
            assertThat(result.proposals().get(0).status()).isEqualTo(ProposalStatus.SUGGESTION);
            assertThat(result.proposals().get(0).score()).isEqualTo(30);
            assertThat(result.automatic()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 10, 30})
        void staysSuggestionAtAnyThreshold(int threshold) {
            OpenItemIndex index = index(item(1, "INV-1", "480.00"));
            MatchSettings settings = MatchSettings.defaults().withAutoApplyThreshold(threshold);

            MatchResult result =
                    new BankLineMatcher(index, settings).match(List.of(line("480.00").build()));

            assertThat(result.proposals()).hasSize(1);
            assertThat(result.proposals().get(0).status()).isEqualTo(ProposalStatus.SUGGESTION);
        }

        @Test
        void tooManyEqualAmountsSuggestNothing() {
            OpenItemIndex index = new OpenItemIndex();
            for (int n = 1; n <= 6; n++) {
                index.put(item(n, "INV-" + n, "10.00"));
            }

            MatchResult result = match(index, line("10.00").build());

            assertThat(result.proposals()).isEmpty();
            assertThat(result.unmatched()).hasSize(1);
            assertThat(result.unmatched().get(0).notes().get(0).detail())
                    .isEqualTo("more than 5 open items have this amount; none suggested");
        }
    }

    @Nested
    class ReferenceWithoutInvoice {

        @Test
        void unknownReferenceIsUnmatched() {
            OpenItemIndex index = index(item(1, "INV-1", "99.00"));

            MatchResult result = match(index, line("12.34").remittanceText("INV-999").build());

            assertThat(result.proposals()).isEmpty();
            assertThat(result.unmatched()).hasSize(1);
            assertThat(result.unmatched().get(0).suggestions()).isEmpty();
            assertThat(result.unmatched().get(0).counterparties()).isEmpty();
        }

        @Test
        void knownPayerGivesCounterpartySuggestion() {
            OpenItemIndex index = index(withIban(item(1, "INV-1", "99.00"), PAYER_IBAN));

            MatchResult result =
                    match(
                            index,
                            line("12.34")
                                    .remittanceText("INV-999")
                                    .counterpartyIban(PAYER_IBAN)
                                    .build());

            assertThat(result.proposals()).isEmpty();
            assertThat(result.unmatched().get(0).counterparties()).containsExactly(counterparty(1));
        }
    }

    @Nested
    class Combinations {

        @Test
        void textNamingBothAppliesBoth() {
            OpenItemIndex index =
                    index(
                            item(1, "INV-1", "120.00"),
                            item(2, "INV-2", "80.00"),
                            item(3, "INV-3", "200.00"));

            MatchResult result =
                    match(index, line("200.00").remittanceText("INV-1 INV-2 odeme").build());

            assertThat(result.proposals()).hasSize(1);
            Proposal proposal = result.proposals().get(0);
            assertThat(invoicesOf(proposal)).containsExactly(invoiceId(1), invoiceId(2));
            assertThat(proposal.applications().get(0).applied()).isEqualTo(eur("120.00"));
            assertThat(proposal.applications().get(1).applied()).isEqualTo(eur("80.00"));
            assertThat(proposal.status()).isEqualTo(ProposalStatus.AUTO);
            assertThat(proposal.score()).isEqualTo(90);
            assertThat(proposal.firedRules()).containsExactly("invoice-number", "combination");
        }

        @Test
        void payerIbanFindsCombinationAsSuggestion() {
            OpenItemIndex index =
                    index(
                            withIban(item(1, "INV-1", "120.00"), PAYER_IBAN),
                            withIban(item(2, "INV-2", "95.00"), PAYER_IBAN),
                            withIban(item(3, "INV-3", "80.00"), PAYER_IBAN));

            MatchResult result = match(index, line("200.00").counterpartyIban(PAYER_IBAN).build());

            Proposal proposal = result.proposals().get(0);
            assertThat(invoicesOf(proposal)).containsExactly(invoiceId(1), invoiceId(3));
            assertThat(proposal.status()).isEqualTo(ProposalStatus.SUGGESTION);
            assertThat(proposal.score()).isEqualTo(50);
        }
    }

    @Nested
    class Tolerance {

        private final MatchSettings settings = MatchSettings.defaults().withTolerance(eur("0.02"));

        private Proposal matchOne(OpenItemIndex index, String amount, String text) {
            MatchResult result =
                    new BankLineMatcher(index, settings)
                            .match(List.of(line(amount).remittanceText(text).build()));
            assertThat(result.proposals()).hasSize(1);
            return result.proposals().get(0);
        }

        @Test
        void centsAddUpExactly() {
            OpenItemIndex index = index(item(1, "INV-10", "0.10"), item(2, "INV-20", "0.20"));

            Proposal proposal = matchOne(index, "0.30", "INV-10 INV-20");

            assertThat(invoicesOf(proposal)).containsExactly(invoiceId(1), invoiceId(2));
            assertThat(proposal.difference().getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo("0.00");
            assertThat(proposal.difference()).isEqualTo(eur("0.00"));
            assertThat(proposal.unapplied()).isEqualTo(eur("0.00"));
            assertThat(proposal.status()).isEqualTo(ProposalStatus.AUTO);
        }

        @Test
        void shortfallWithinTolerance() {
            OpenItemIndex index = index(item(1, "INV-100", "100.00"));

            Proposal proposal = matchOne(index, "99.98", "INV-100");

            assertThat(proposal.applications().get(0).applied()).isEqualTo(eur("99.98"));
            assertThat(proposal.difference()).isEqualTo(eur("-0.02"));
            assertThat(proposal.withinTolerance()).isTrue();
            assertThat(proposal.unapplied()).isEqualTo(eur("0.00"));
            assertThat(proposal.status()).isEqualTo(ProposalStatus.AUTO);
            assertThat(proposal.score()).isEqualTo(85);
        }

        @Test
        void shortfallOutsideToleranceIsPartial() {
            OpenItemIndex index = index(item(1, "INV-100", "100.00"));

            Proposal proposal = matchOne(index, "99.97", "INV-100");

            assertThat(proposal.applications().get(0).applied()).isEqualTo(eur("99.97"));
            assertThat(proposal.difference()).isEqualTo(eur("-0.03"));
            assertThat(proposal.withinTolerance()).isFalse();
            assertThat(proposal.firedRules()).containsExactly("invoice-number", "partial-payment");
        }

        @Test
        void excessWithinToleranceStaysUnapplied() {
            OpenItemIndex index = index(item(1, "INV-100", "100.00"));

            Proposal proposal = matchOne(index, "100.02", "INV-100");

            assertThat(proposal.applications().get(0).applied()).isEqualTo(eur("100.00"));
            assertThat(proposal.difference()).isEqualTo(eur("0.02"));
            assertThat(proposal.unapplied()).isEqualTo(eur("0.02"));
            assertThat(proposal.withinTolerance()).isTrue();
            assertThat(proposal.status()).isEqualTo(ProposalStatus.AUTO);
        }

        @Test
        void toleranceIsPerCurrency() {
            OpenItemIndex index =
                    index(item(1, "INV-100", try_("100.00"), counterparty(1), "Acme"));

            MatchResult result =
                    new BankLineMatcher(index, settings)
                            .match(
                                    List.of(
                                            BankLine.builder()
                                                    .accountId(Lines.ACCOUNT)
                                                    .bookingDate(Lines.DAY)
                                                    .amount(try_("99.98"))
                                                    .remittanceText("INV-100")
                                                    .build()));

            assertThat(result.proposals().get(0).withinTolerance()).isFalse();
        }
    }

    @Nested
    class StructuredReferences {

        @Test
        void validRfFindsIssuedReference() {
            OpenItemIndex index =
                    index(
                            withReference(item(1, "INV-1", "40.00"), "RF18539007547034"),
                            item(2, "INV-2", "40.00"));

            MatchResult result =
                    match(
                            index,
                            line("40.00")
                                    .structuredReference(
                                            StructuredReference.parse("RF18 5390 0754 7034"))
                                    .build());

            Proposal proposal = result.proposals().get(0);
            assertThat(invoicesOf(proposal)).containsExactly(invoiceId(1));
            assertThat(proposal.status()).isEqualTo(ProposalStatus.AUTO);
            assertThat(proposal.score()).isEqualTo(100);
        }

        @Test
        void rfInTextIsFound() {
            OpenItemIndex index = index(withReference(item(1, "INV-1", "40.00"), "RF36INV100"));

            MatchResult result =
                    match(index, line("40.00").remittanceText("ref RF36 INV100").build());

            assertThat(result.automatic()).hasSize(1);
        }

        @Test
        void invalidCheckDigitsAreIgnored() {
            OpenItemIndex index =
                    index(withReference(item(1, "INV-1", "40.00"), "RF18539007547034"));

            MatchResult result =
                    match(
                            index,
                            line("41.00")
                                    .structuredReference(
                                            StructuredReference.parse("RF19539007547034"))
                                    .build());

            assertThat(result.proposals()).isEmpty();
            assertThat(result.unmatched().get(0).notes().get(0).detail())
                    .isEqualTo("RF reference RF19539007547034 has invalid check digits; ignored");
        }
    }

    @Nested
    class Currencies {

        @Test
        void otherCurrencyInvoiceOnlyNoted() {
            OpenItemIndex index =
                    index(item(1, "INV-100", try_("100.00"), counterparty(1), "Acme"));

            MatchResult result = match(index, line("100.00").remittanceText("INV-100").build());

            assertThat(result.proposals()).isEmpty();
            assertThat(result.unmatched().get(0).notes().get(0).detail())
                    .isEqualTo("invoice INV-100 is in TRY but the line in EUR; not proposed");
        }
    }

    @Nested
    class Counterparties {

        @Test
        void taxIdInTextWithExactAmount() {
            Vkn vkn = new Vkn("1234567890");
            OpenItemIndex index =
                    index(
                            withTaxId(item(1, "INV-1", "310.00"), vkn),
                            item(2, "INV-2", eur("310.00"), counterparty(2), "Other"));

            Proposal proposal =
                    match(index, line("310.00").remittanceText("VKN 1234567890 odeme").build())
                            .proposals()
                            .get(0);

            assertThat(invoicesOf(proposal)).containsExactly(invoiceId(1));
            assertThat(proposal.score()).isEqualTo(50);
            assertThat(proposal.explanation())
                    .extracting(MatchReason::detail)
                    .contains("text names the counterparty's tax id ending 7890");
        }

        @Test
        void tcknInTextIsRecognized() {
            Tckn tckn = new Tckn("10000000146");
            OpenItemIndex index = index(withTaxId(item(1, "INV-1", "310.00"), tckn));

            MatchResult result = match(index, line("310.00").remittanceText("10000000146").build());

            assertThat(result.proposals().get(0).score()).isEqualTo(50);
        }

        @Test
        void turkishNameMatchesFoldedBankName() {
            OpenItemIndex index =
                    index(
                            item(1, "INV-1", eur("55.00"), counterparty(7), "Şişli Ağaç İnşaat"),
                            item(2, "INV-2", eur("55.00"), counterparty(8), "Other GmbH"));

            Proposal proposal =
                    match(index, line("55.00").counterpartyName("SISLI AGAC INSAAT").build())
                            .proposals()
                            .get(0);

            assertThat(invoicesOf(proposal)).containsExactly(invoiceId(1));
            assertThat(proposal.score()).isEqualTo(40);
        }

        @Test
        void ibanAndNumberApplyPartialAutomatically() {
            OpenItemIndex index = index(withIban(item(1, "INV-100", "100.00"), PAYER_IBAN));

            Proposal proposal =
                    match(
                                    index,
                                    line("60.00")
                                            .remittanceText("INV-100")
                                            .counterpartyIban(PAYER_IBAN)
                                            .build())
                            .proposals()
                            .get(0);

            assertThat(proposal.score()).isEqualTo(90);
            assertThat(proposal.status()).isEqualTo(ProposalStatus.AUTO);
        }

        @Test
        void unknownIbanAddsNothing() {
            OpenItemIndex index = index(withIban(item(1, "INV-100", "100.00"), PAYER_IBAN));

            Proposal proposal =
                    match(index, line("100.00").counterpartyIban(OTHER_IBAN).build())
                            .proposals()
                            .get(0);

            assertThat(proposal.score()).isEqualTo(30);
        }
    }

    @Nested
    class Batch {

        @Test
        void itemNeverReceivesMoreThanOpen() {
            OpenItemIndex index = index(item(1, "INV-1", "100.00"));

            MatchResult result =
                    match(
                            index,
                            line("100.00").remittanceText("INV-1").endToEndId("A").build(),
                            line("100.00").remittanceText("INV-1").endToEndId("B").build());

            assertThat(result.proposals()).hasSize(1);
            assertThat(result.unmatched()).hasSize(1);
            assertThat(result.unmatched().get(0).suggestions()).hasSize(1);
            assertThat(result.unmatched().get(0).suggestions().get(0).status())
                    .isEqualTo(ProposalStatus.SUGGESTION);
        }

        @Test
        void twoHalvesShareOneInvoice() {
            OpenItemIndex index = index(withIban(item(1, "INV-1", "100.00"), PAYER_IBAN));

            MatchResult result =
                    match(
                            index,
                            line("50.00")
                                    .remittanceText("INV-1 taksit 1")
                                    .counterpartyIban(PAYER_IBAN)
                                    .build(),
                            line("50.00")
                                    .remittanceText("INV-1 taksit 2")
                                    .counterpartyIban(PAYER_IBAN)
                                    .build());

            assertThat(result.proposals()).hasSize(2);
            assertThat(result.proposals())
                    .allSatisfy(p -> assertThat(p.appliedTotal()).isEqualTo(eur("50.00")));
            assertThat(result.automatic()).hasSize(2);
        }

        @Test
        void higherScoreWinsContestedItem() {
            OpenItemIndex index = index(item(1, "INV-1", "100.00"));
            BankLine amountOnly = line("100.00").build();
            BankLine named = line("100.00").remittanceText("INV-1").build();

            MatchResult result = match(index, amountOnly, named);

            assertThat(result.proposals()).hasSize(1);
            assertThat(result.proposals().get(0).line()).isEqualTo(named);
            assertThat(result.unmatched().get(0).line()).isEqualTo(amountOnly);
        }

        @Test
        void shuffledLinesGiveEqualResult() {
            OpenItemIndex index = new OpenItemIndex();
            List<BankLine> lines = new ArrayList<>();
            for (int n = 1; n <= 30; n++) {
                index.put(withIban(item(n, "INV-" + n, (n % 4 + 1) + "0.00"), PAYER_IBAN));
                lines.add(
                        line((n % 3 + 1) + "0.00")
                                .remittanceText(n % 2 == 0 ? "INV-" + n : "")
                                .build());
            }
            lines.add(line("10.00").build());
            lines.add(line("10.00").build());
            BankLineMatcher matcher = new BankLineMatcher(index, MatchSettings.defaults());
            MatchResult expected = matcher.match(lines);

            Random random = new Random(42);
            for (int round = 0; round < 20; round++) {
                List<BankLine> shuffled = new ArrayList<>(lines);
                Collections.shuffle(shuffled, random);

                assertThat(matcher.match(shuffled)).isEqualTo(expected);
            }
        }
    }

    @Nested
    class ReversalsAndCharges {

        @Test
        void negativeLineIsReversal() {
            OpenItemIndex index = index(item(1, "INV-1", "100.00"));

            MatchResult result =
                    match(
                            index,
                            line("-100.00")
                                    .endToEndId("E2E-77")
                                    .remittanceText("RETURN INV-1 MS03")
                                    .build());

            assertThat(result.proposals()).isEmpty();
            assertThat(result.reversals()).hasSize(1);
            ReversalProposal reversal = result.reversals().get(0);
            assertThat(reversal.amount()).isEqualTo(eur("100.00"));
            assertThat(reversal.endToEndId()).contains("E2E-77");
            assertThat(reversal.referencedItems()).containsExactly(invoiceId(1));
        }

        @Test
        void reversalFlagOnCreditIsReversal() {
            MatchResult result = match(new OpenItemIndex(), line("25.00").reversal(true).build());

            assertThat(result.reversals()).hasSize(1);
            assertThat(result.unmatched()).isEmpty();
        }

        @Test
        void returnWithChargesReversesPaymentWithoutThem() {
            OpenItemIndex index = index(item(1, "INV-1", "100.00"));

            MatchResult result =
                    match(
                            index,
                            line("-105.00")
                                    .charge(eur("5.00"))
                                    .remittanceText("RETURN INV-1 MS03")
                                    .build());

            assertThat(result.reversals()).hasSize(1);
            assertThat(result.reversals().get(0).amount()).isEqualTo(eur("100.00"));
            assertThat(result.charges()).hasSize(1);
            assertThat(result.charges().get(0).amount()).isEqualTo(eur("5.00"));
        }

        @Test
        void chargesOnlyLineIsUnmatchedWithNote() {
            OpenItemIndex index = index(item(1, "INV-1", "5.00"));
            BankLine line =
                    line("-5.00")
                            .charge(eur("3.00"))
                            .charge(eur("2.00"))
                            .remittanceText("FEE RETURN INV-1")
                            .build();

            MatchResult result = match(index, line);

            assertThat(result.reversals()).isEmpty();
            assertThat(result.proposals()).isEmpty();
            assertThat(result.unmatched()).hasSize(1);
            UnmatchedLine unmatched = result.unmatched().get(0);
            assertThat(unmatched.line()).isEqualTo(line);
            assertThat(unmatched.suggestions()).isEmpty();
            assertThat(unmatched.counterparties()).isEmpty();
            assertThat(unmatched.notes())
                    .containsExactly(
                            new MatchReason(
                                    "charges",
                                    "the line books only the bank's charges of 5.00 EUR; no"
                                            + " payment to apply or reverse, and the charges are"
                                            + " reported apart",
                                    0,
                                    MatchReason.Kind.NOTE));
            assertThat(result.charges()).hasSize(1);
            assertThat(result.charges().get(0).key()).isEqualTo(unmatched.key());
            assertThat(result.charges().get(0).amount()).isEqualTo(eur("5.00"));
        }

        @Test
        void chargesOnlyLineMarkedReversalIsUnmatched() {
            MatchResult result =
                    match(
                            new OpenItemIndex(),
                            line("-5.00").charge(eur("5.00")).reversal(true).build());

            assertThat(result.reversals()).isEmpty();
            assertThat(result.unmatched()).hasSize(1);
        }

        @Test
        void chargesAreReportedNotChargedToCustomer() {
            OpenItemIndex index = index(item(1, "INV-1", "100.00"));

            MatchResult result =
                    match(index, line("98.50").charge(eur("1.50")).remittanceText("INV-1").build());

            Proposal proposal = result.proposals().get(0);
            assertThat(proposal.amount()).isEqualTo(eur("100.00"));
            assertThat(proposal.applications().get(0).applied()).isEqualTo(eur("100.00"));
            assertThat(proposal.status()).isEqualTo(ProposalStatus.AUTO);
            assertThat(result.charges()).hasSize(1);
            assertThat(result.charges().get(0).amount()).isEqualTo(eur("1.50"));
        }
    }

    @Nested
    class AlreadyBooked {

        @Test
        void recordedLineIsSkipped() {
            OpenItemIndex index = index(item(1, "INV-1", "100.00"));
            BankLine line = line("100.00").accountServicerReference("B-1").build();
            Set<String> recorded = Set.copyOf(BankEntryKey.of(line, 1).keysToRecord());

            MatchResult result =
                    new BankLineMatcher(index, MatchSettings.defaults())
                            .match(List.of(line), recorded);

            assertThat(result.proposals()).isEmpty();
            assertThat(result.alreadyBooked()).containsExactly(BankEntryKey.of(line, 1));
        }

        @Test
        void sameReferenceTwiceInBatchCountsOnce() {
            OpenItemIndex index = index(item(1, "INV-1", "100.00"));
            BankLine line = line("100.00").accountServicerReference("B-1").build();

            MatchResult result = match(index, line, line);

            assertThat(result.proposals()).hasSize(1);
            assertThat(result.alreadyBooked()).hasSize(1);
        }

        @Test
        void precomputedKeysGiveSameResult() {
            OpenItemIndex index = index(item(1, "INV-1", "100.00"), item(2, "INV-2", "40.00"));
            List<BankLine> lines =
                    List.of(
                            line("100.00").remittanceText("INV-1").build(),
                            line("40.00").accountServicerReference("B-2").build(),
                            line("40.00").accountServicerReference("B-2").build());
            BankLineMatcher matcher = new BankLineMatcher(index, MatchSettings.defaults());

            MatchResult withKeys = matcher.match(lines, BankEntryKey.forStatement(lines), Set.of());

            assertThat(withKeys).isEqualTo(matcher.match(lines, Set.of()));
            assertThat(withKeys.proposals()).hasSize(2);
            assertThat(withKeys.alreadyBooked()).hasSize(1);
        }

        @Test
        void keysOfOtherSizeRejected() {
            OpenItemIndex index = index(item(1, "INV-1", "100.00"));
            List<BankLine> lines = List.of(line("100.00").build(), line("50.00").build());
            BankLineMatcher matcher = new BankLineMatcher(index, MatchSettings.defaults());

            assertThatThrownBy(
                            () ->
                                    matcher.match(
                                            lines,
                                            BankEntryKey.forStatement(lines.subList(0, 1)),
                                            Set.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("1 keys")
                    .hasMessageContaining("one key per line: 2 keys");
        }
    }

    @Nested
    class RestOfBatch {

        private final OpenItemIndex index =
                index(item(1, "INV-1", "100.00"), item(2, "INV-2", "100.00"));

        private final MatchSettings settings = MatchSettings.defaults();

        @Test
        void restStartsFromDecidedTakes() {
            BankLine named = line("100.00").remittanceText("INV-1").build();
            BankLine amountOnly = line("100.00").remittanceText("Payment").build();
            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(named, amountOnly));
            MatchResult whole = match(index, named, amountOnly);
            Proposal decided = proposalOf(whole, named);

            MatchResult rest =
                    new BankLineMatcher(index, settings)
                            .matchRest(
                                    List.of(amountOnly),
                                    keys.subList(1, 2),
                                    Set.of(),
                                    List.of(decided))
                            .orElseThrow();

            assertThat(rest.proposals()).containsExactly(proposalOf(whole, amountOnly));
            assertThat(invoicesOf(rest.proposals().get(0))).containsExactly(invoiceId(2));
            assertThat(rest.unmatched()).isEmpty();
        }

        @Test
        void restAloneWouldTakeDecidedItem() {
            // Without the decided proposal the amount-only line ranks INV-1 first and takes it,
            // which the batch of both lines gives to the line that quotes it.
            BankLine amountOnly = line("100.00").remittanceText("Payment").build();

            MatchResult alone = match(index, amountOnly);

            assertThat(invoicesOf(alone.proposals().get(0))).containsExactly(invoiceId(1));
        }

        @Test
        void restReachingTakenItemFirstIsEmpty() {
            // The line quoting INV-1 scores 90, so in one batch it takes INV-1 before the
            // amount-only line, whose take scored 30. Starting from that take would be wrong.
            BankLine amountOnly = line("100.00").remittanceText("Payment").build();
            BankLine named = line("100.00").remittanceText("INV-1").build();
            OpenItemIndex single = index(item(1, "INV-1", "100.00"));
            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(amountOnly, named));
            Proposal decided = match(single, amountOnly).proposals().get(0);

            assertThat(
                            new BankLineMatcher(single, settings)
                                    .matchRest(
                                            List.of(named),
                                            keys.subList(1, 2),
                                            Set.of(),
                                            List.of(decided)))
                    .isEmpty();
        }

        @Test
        void restWithoutSharedItemsMatchesAlone() {
            BankLine first = line("100.00").remittanceText("INV-1").build();
            BankLine second = line("100.00").remittanceText("INV-2").build();
            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(first, second));
            MatchResult whole = match(index, first, second);

            MatchResult rest =
                    new BankLineMatcher(index, settings)
                            .matchRest(
                                    List.of(second),
                                    keys.subList(1, 2),
                                    Set.of(),
                                    List.of(proposalOf(whole, first)))
                            .orElseThrow();

            assertThat(rest.proposals()).containsExactly(proposalOf(whole, second));
        }

        @Test
        void decidedProposalOfRestLineRejected() {
            BankLine named = line("100.00").remittanceText("INV-1").build();
            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(named));
            Proposal decided = match(index, named).proposals().get(0);
            BankLineMatcher matcher = new BankLineMatcher(index, settings);

            assertThatThrownBy(
                            () ->
                                    matcher.matchRest(
                                            List.of(named), keys, Set.of(), List.of(decided)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("decided");
        }

        @Test
        void equalScoreLaterKeyGetsRemainder() {
            // Two equal lines score alike on INV-1, so the line key decides which one takes
            // first. The later line starts from the 40.00 that the earlier one left.
            OpenItemIndex single = index(item(1, "INV-1", "100.00"));
            BankLine line = line("60.00").remittanceText("INV-1").build();
            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(line, line));
            BankEntryKey earlier = first(keys);
            BankEntryKey later = keys.get(0).equals(earlier) ? keys.get(1) : keys.get(0);
            MatchResult whole =
                    new BankLineMatcher(single, settings)
                            .match(List.of(line, line), keys, Set.of());
            Proposal earlierTake = proposalWithKey(whole, earlier);
            Proposal laterTake = proposalWithKey(whole, later);

            MatchResult rest =
                    new BankLineMatcher(single, settings)
                            .matchRest(
                                    List.of(line), List.of(later), Set.of(), List.of(earlierTake))
                            .orElseThrow();

            assertThat(earlierTake.score()).isEqualTo(laterTake.score());
            assertThat(rest.proposals()).containsExactly(laterTake);
            assertThat(laterTake.applications().get(0).outstanding()).isEqualTo(eur("40.00"));
        }

        @Test
        void equalScoreEarlierKeyRestIsEmpty() {
            // The decided line has the later key, so at an equal score the rest line would
            // reach INV-1 first in one batch and take the whole 60.00.
            OpenItemIndex single = index(item(1, "INV-1", "100.00"));
            BankLine line = line("60.00").remittanceText("INV-1").build();
            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(line, line));
            BankEntryKey earlier = first(keys);
            BankEntryKey later = keys.get(0).equals(earlier) ? keys.get(1) : keys.get(0);
            MatchResult alone =
                    new BankLineMatcher(single, settings)
                            .match(List.of(line), List.of(later), Set.of());

            assertThat(
                            new BankLineMatcher(single, settings)
                                    .matchRest(
                                            List.of(line),
                                            List.of(earlier),
                                            Set.of(),
                                            alone.proposals()))
                    .isEmpty();
        }

        @Test
        void restAfterItemUsedUpTakesNextCandidate() {
            // The decided line used INV-1 up, so the amount-only line moves on to INV-2, as in
            // one batch of both lines.
            BankLine named = line("100.00").remittanceText("INV-1").build();
            BankLine amountOnly = line("100.00").remittanceText("Payment").build();
            List<BankEntryKey> keys = BankEntryKey.forStatement(List.of(amountOnly, named));
            MatchResult whole =
                    new BankLineMatcher(index, settings)
                            .match(List.of(amountOnly, named), keys, Set.of());

            MatchResult rest =
                    new BankLineMatcher(index, settings)
                            .matchRest(
                                    List.of(amountOnly),
                                    keys.subList(0, 1),
                                    Set.of(),
                                    List.of(proposalWithKey(whole, keys.get(1))))
                            .orElseThrow();

            assertThat(rest.proposals()).containsExactly(proposalWithKey(whole, keys.get(0)));
            assertThat(invoicesOf(rest.proposals().get(0))).containsExactly(invoiceId(2));
            assertThat(rest.unmatched()).isEmpty();
        }

        /** Returns the key that {@code BankLineMatcher} orders first. */
        private static BankEntryKey first(List<BankEntryKey> keys) {
            return keys.stream()
                    .min(
                            Comparator.comparing(BankEntryKey::primary)
                                    .thenComparing(BankEntryKey::contentKey))
                    .orElseThrow();
        }

        private static Proposal proposalWithKey(MatchResult result, BankEntryKey key) {
            return result.proposals().stream()
                    .filter(proposal -> proposal.key().equals(key))
                    .findFirst()
                    .orElseThrow();
        }

        private static Proposal proposalOf(MatchResult result, BankLine line) {
            return result.proposals().stream()
                    .filter(proposal -> proposal.line().equals(line))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Nested
    class Volume {

        @Test
        void twentyThousandLinesMatchOneToOne() {
            int count = 20_000;
            OpenItemIndex index = new OpenItemIndex();
            List<BankLine> lines = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                index.put(item(n, String.format("INV-%06d", n), "10.00"));
                lines.add(line("10.00").remittanceText("Fatura INV-" + n).build());
            }

            MatchResult result = new BankLineMatcher(index, MatchSettings.defaults()).match(lines);

            assertThat(result.proposals()).hasSize(count);
            assertThat(result.unmatched()).isEmpty();
            assertThat(result.automatic()).hasSize(count);
            List<String> wrong = new ArrayList<>();
            Set<InvoiceId> paid = new HashSet<>();
            for (Proposal proposal : result.proposals()) {
                String text = proposal.line().remittanceText();
                int n = Integer.parseInt(text.substring(text.indexOf('-') + 1));
                if (!invoicesOf(proposal).equals(List.of(invoiceId(n)))) {
                    wrong.add(text);
                }
                paid.addAll(invoicesOf(proposal));
            }
            assertThat(wrong).isEmpty();
            assertThat(paid).hasSize(count);
        }
    }
}
