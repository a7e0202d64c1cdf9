package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.Lines.eur;
import static io.github.tahsilat.reconciliation.Lines.invoiceId;
import static io.github.tahsilat.reconciliation.Lines.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.service.Actor;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReconciliationValuesTest {

    @Nested
    class BankLines {

        @Test
        void zeroAmountRejected() {
            BankLine.Builder builder = line("0.00");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid amount: EUR 0; expected an amount other than zero");
        }

        @Test
        void extraDecimalsRejected() {
            BankLine.Builder builder = line("1.005");

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid amount: EUR 1.005; expected at most 2 decimals for EUR");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"92233720368547758.08", "-92233720368547758.09", "1E+30"})
        void amountPastLongUnitsRejected(String amount) {
            BankLine.Builder builder = line(amount);

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("the range of a long count of minor units")
                    .hasMessageNotContaining("decimals");
        }

        @Test
        void largestAmountAccepted() {
            BankLine line = line("92233720368547758.07").build();

            assertThat(line.amount()).isEqualTo(Lines.eur("92233720368547758.07"));
        }

        @Test
        void largestAmountPlusChargesAccepted() {
            BankLine line =
                    line("92233720368547758.00").charge(eur("0.03")).charge(eur("0.04")).build();

            assertThat(line.grossAmount()).isEqualTo(eur("92233720368547758.07"));
        }

        @Test
        void amountPlusChargesPastLongUnitsRejected() {
            BankLine.Builder builder = line("92233720368547758.07").charge(eur("0.01"));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid charges: 0.01 EUR in total; expected fees that keep the"
                                    + " amount plus charges, 92233720368547758.08 EUR, at most"
                                    + " 92233720368547758.07 EUR, the range of a long count of"
                                    + " minor units");
        }

        @Test
        void chargesPastLongUnitsRejected() {
            BankLine.Builder builder =
                    line("-1.00").charge(eur("92233720368547758.07")).charge(eur("0.01"));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid charges: EUR 0.01, bringing the charges to"
                                    + " 92233720368547758.08 EUR; expected fees adding up to at"
                                    + " most 92233720368547758.07 EUR, the range of a long count"
                                    + " of minor units");
        }

        @ParameterizedTest(name = "{0} with a charge of {1}")
        @CsvSource({
            "-105.00, 5.00, -100.00, false, true",
            "-5.01, 5.00, -0.01, false, true",
            "-5.00, 5.00, 0.00, true, false",
            "98.50, 1.50, 100.00, false, false"
        })
        void chargesOnDebitsAndCredits(
                String amount,
                String charge,
                String gross,
                boolean chargesOnly,
                boolean returnOrReversal) {
            BankLine line = line(amount).charge(eur(charge)).build();

            assertThat(line.grossAmount()).isEqualTo(eur(gross));
            assertThat(line.isChargesOnly()).isEqualTo(chargesOnly);
            assertThat(line.isReturnOrReversal()).isEqualTo(returnOrReversal);
        }

        @Test
        void chargesOnlyLineMarkedReversalReversesNothing() {
            BankLine line =
                    line("-5.00").charge(eur("3.00")).charge(eur("2.00")).reversal(true).build();

            assertThat(line.isChargesOnly()).isTrue();
            assertThat(line.isReturnOrReversal()).isFalse();
        }

        @Test
        void debitWithoutChargesIsNotChargesOnly() {
            BankLine line = line("-5.00").build();

            assertThat(line.isChargesOnly()).isFalse();
            assertThat(line.isReturnOrReversal()).isTrue();
        }

        @ParameterizedTest(name = "{0} with charges of {1} and {2}")
        @CsvSource({
            "-1.00, 5.00, 0.00, 5.00 EUR, -1.00 EUR, 1.00 EUR",
            "-5.00, 5.01, 0.00, 5.01 EUR, -5.00 EUR, 5.00 EUR",
            "-5.00, 3.00, 2.01, 5.01 EUR, -5.00 EUR, 5.00 EUR",
            "-0.01, 0.01, 0.01, 0.02 EUR, -0.01 EUR, 0.01 EUR"
        })
        void debitChargesPastAmountRejected(
                String amount,
                String first,
                String second,
                String total,
                String formattedAmount,
                String maximum) {
            BankLine.Builder builder = line(amount).charge(eur(first));
            if (new BigDecimal(second).signum() > 0) {
                builder.charge(eur(second));
            }

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid charges: "
                                    + total
                                    + " in total on the amount "
                                    + formattedAmount
                                    + "; expected fees of at most "
                                    + maximum
                                    + ", because a debit's amount includes its charges; pass"
                                    + " only the charges that the entry's amount includes");
        }

        @Test
        void chargeInOtherCurrencyRejected() {
            BankLine.Builder builder = line("1.00").charge(Lines.try_("0.10"));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid charges: TRY 0.1; expected a fee in the line's currency EUR");
        }

        @Test
        void toStringLeavesOutPersonalData() {
            BankLine line =
                    line("1.00")
                            .counterpartyName("Ayşe Yılmaz")
                            .counterpartyIban(Lines.PAYER_IBAN)
                            .remittanceText("kira")
                            .build();

            assertThat(line.toString())
                    .doesNotContain("Ayşe")
                    .doesNotContain("TR02")
                    .doesNotContain("kira");
        }

        @Test
        void valueDateDefaultsToBookingDate() {
            assertThat(line("1.00").build().valueDate()).isEqualTo(Lines.DAY);
        }
    }

    @Nested
    class References {

        @Test
        void parseCompactsPrintForm() {
            StructuredReference reference = StructuredReference.parse("rf18 5390 0754 7034");

            assertThat(reference.value()).isEqualTo("RF18539007547034");
            assertThat(reference.isIso11649()).isTrue();
            assertThat(reference.hasValidCheckDigits()).isTrue();
        }

        @Test
        void hostSchemeIsNotRf() {
            StructuredReference reference = StructuredReference.parse("2025/000481");

            assertThat(reference.isIso11649()).isFalse();
            assertThat(reference.hasValidCheckDigits()).isFalse();
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"--", "日本", "RF18 5390 0754 7034 5390 0754 7034 5390 0754"})
        void parseNamesPrintedText(String printed) {
            assertThatThrownBy(() -> StructuredReference.parse(printed))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid structuredReference: \""
                                    + printed
                                    + "\"; expected 1 to 35 letters or digits once spaces and"
                                    + " punctuation are removed; only letters that fold to A to"
                                    + " Z count");
        }

        @Test
        void lowerCaseRejectedByConstructor() {
            assertThatThrownBy(() -> new StructuredReference("rf18"))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class Settings {

        @Test
        void defaultsAreDocumented() {
            MatchSettings settings = MatchSettings.defaults();

            assertThat(settings.autoApplyThreshold()).isEqualTo(80);
            assertThat(settings.toleranceFor(eur("1.00").getCurrency())).isEqualTo(eur("0.00"));
            assertThat(settings.rules())
                    .extracting(MatchRule::name)
                    .containsExactly(
                            "structured-reference",
                            "invoice-number",
                            "counterparty",
                            "exact-amount",
                            "amount-within-tolerance",
                            "partial-payment",
                            "combination");
        }

        @Test
        void toleranceReplacesSameCurrency() {
            MatchSettings settings =
                    MatchSettings.defaults().withTolerance(eur("0.05")).withTolerance(eur("0.02"));

            assertThat(settings.tolerances()).containsExactly(eur("0.02"));
        }

        @Test
        void thresholdOutOfRangeRejected() {
            MatchSettings settings = MatchSettings.defaults();

            assertThatThrownBy(() -> settings.withAutoApplyThreshold(101))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid autoApplyThreshold: 101; expected a score from 0 to 100");
        }

        @Test
        void hostRuleRunsInGivenOrder() {
            MatchRule customerNumber =
                    new MatchRule() {
                        @Override
                        public String name() {
                            return "customer-number";
                        }

                        @Override
                        public void apply(LineContext line, Findings findings) {
                            if (line.tokens().contains("C42")) {
                                line.index()
                                        .find(invoiceId(1))
                                        .ifPresent(
                                                item ->
                                                        findings.addItem(
                                                                item,
                                                                new MatchReason(
                                                                        name(),
                                                                        "customer C42",
                                                                        80,
                                                                        MatchReason.Kind
                                                                                .REFERENCE)));
                            }
                        }
                    };
            OpenItemIndex index = Lines.index(Lines.item(1, "INV-1", "9.00"));
            MatchSettings settings =
                    MatchSettings.defaults()
                            .withRules(List.of(customerNumber, MatchRules.exactAmount()));

            Proposal proposal =
                    new BankLineMatcher(index, settings)
                            .match(List.of(line("9.00").remittanceText("c42").build()))
                            .proposals()
                            .get(0);

            assertThat(proposal.score()).isEqualTo(100);
            assertThat(proposal.firedRules()).containsExactly("customer-number", "exact-amount");
        }
    }

    @Nested
    class ManualMatches {

        private final BankEntryKey key = BankEntryKey.of(line("30.00").build(), 1);
        private final Clock clock =
                Clock.fixed(Instant.parse("2025-03-14T09:30:00Z"), ZoneOffset.UTC);

        @Test
        void recordsWhoAndWhen() {
            Map<InvoiceId, MonetaryAmount> amounts = new LinkedHashMap<>();
            amounts.put(invoiceId(2), eur("10.00"));
            amounts.put(invoiceId(1), eur("20.00"));

            ManualMatch match = ManualMatch.by(Actor.user("u-17"), clock, key, amounts);

            assertThat(match.matchedBy()).isEqualTo(Actor.user("u-17"));
            assertThat(match.matchedAt()).isEqualTo(Instant.parse("2025-03-14T09:30:00Z"));
            assertThat(match.allocations())
                    .extracting(ManualMatch.Allocation::invoiceId)
                    .containsExactly(invoiceId(1), invoiceId(2));
            assertThat(match.total()).isEqualTo(eur("30.00"));
        }

        @Test
        void mixedCurrenciesRejected() {
            List<ManualMatch.Allocation> allocations =
                    List.of(
                            new ManualMatch.Allocation(invoiceId(1), eur("1.00")),
                            new ManualMatch.Allocation(invoiceId(2), Lines.try_("1.00")));

            assertThatThrownBy(
                            () ->
                                    new ManualMatch(
                                            key,
                                            allocations,
                                            Actor.user("u"),
                                            clock.instant(),
                                            Optional.empty()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid allocations: TRY 1; expected amounts in one currency");
        }

        @Test
        void emptyAllocationsRejected() {
            assertThatThrownBy(
                            () ->
                                    new ManualMatch(
                                            key,
                                            List.of(),
                                            Actor.user("u"),
                                            clock.instant(),
                                            Optional.empty()))
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Nested
    class Batches {

        @Test
        void lineCarriesBatch() {
            BatchBooking batch = new BatchBooking(Optional.of(3), List.of("E2E-1"), List.of("R1"));

            BankLine line = line("1.00").batch(batch).build();

            assertThat(line.batch()).contains(batch);
            assertThat(line.toString()).endsWith(", reversal=false, batch=true]");
        }

        @Test
        void lineWithoutBatchByDefault() {
            assertThat(line("1.00").build().batch()).isEmpty();
        }

        @Test
        void zeroCountRejected() {
            assertThatThrownBy(() -> BatchBooking.ofCount(0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid transactionCount: 0; expected a number of transactions from"
                                    + " 1");
        }

        @Test
        void moreReferencesThanCountRejected() {
            Optional<Integer> two = Optional.of(2);
            List<String> three = List.of("A", "B", "C");

            assertThatThrownBy(() -> new BatchBooking(two, three, List.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid endToEndIds: 3 references; expected at most 2 references");
        }

        @Test
        void blankReferenceRejected() {
            List<String> blank = List.of(" ");

            assertThatThrownBy(() -> new BatchBooking(Optional.empty(), List.of(), blank))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid accountServicerReferences: \" \"; expected text that is not"
                                    + " blank, at most 140 characters");
        }

        @Test
        void referencesAreCopied() {
            List<String> references = new java.util.ArrayList<>(List.of("A"));
            BatchBooking batch = new BatchBooking(Optional.empty(), references, List.of());

            references.add("B");

            assertThat(batch.endToEndIds()).containsExactly("A");
        }
    }

    @Nested
    class BeanValidation {

        private final Validator validator =
                Validation.buildDefaultValidatorFactory().getValidator();

        @Test
        void validLineHasNoViolations() {
            assertThat(validator.validate(line("1.00").build())).isEmpty();
        }

        @Test
        void batchAnnotationsHold() {
            BatchBooking batch = new BatchBooking(Optional.of(2), List.of("A"), List.of());

            assertThat(validator.validate(line("1.00").batch(batch).build())).isEmpty();
        }

        @Test
        void candidateAnnotationsHold() {
            Set<ConstraintViolation<OpenItemCandidate>> violations =
                    validator.validate(Lines.item(1, "INV-1", "1.00"));

            assertThat(violations).isEmpty();
        }
    }

    @Nested
    class Proposals {

        private final BankLine line = line("100.00").build();
        private final BankEntryKey key = BankEntryKey.of(line, 1);

        private ItemApplication application(int n, String outstanding, String applied) {
            return new ItemApplication(
                    invoiceId(n),
                    "INV-" + n,
                    Lines.counterparty(1),
                    eur(outstanding),
                    eur(applied));
        }

        private Proposal proposal(List<ItemApplication> applications, String unapplied) {
            return new Proposal(
                    key,
                    line,
                    eur("100.00"),
                    applications,
                    eur("0.00"),
                    true,
                    eur(unapplied),
                    90,
                    ProposalStatus.AUTO,
                    List.of());
        }

        @Test
        void applicationInOtherCurrencyRejected() {
            assertThatThrownBy(
                            () ->
                                    new ItemApplication(
                                            invoiceId(1),
                                            "INV-1",
                                            Lines.counterparty(1),
                                            eur("100.00"),
                                            Money.of(new BigDecimal("50.00"), "TRY")))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("TRY")
                    .hasMessageContaining("EUR");
        }

        @Test
        void applicationOfWholeOutstandingInstanceAccepted() {
            MonetaryAmount outstanding = eur("100.00");

            ItemApplication application =
                    new ItemApplication(
                            invoiceId(1), "INV-1", Lines.counterparty(1), outstanding, outstanding);

            assertThat(application.applied()).isSameAs(outstanding);
        }

        @ParameterizedTest
        @CsvSource({"100.01, EUR 100.01", "0.00, EUR 0", "-1.00, EUR -1"})
        void applicationOutsideOutstandingRejected(String applied, String amountInMessage) {
            assertThatThrownBy(() -> application(1, "100.00", applied))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid applied: "
                                    + amountInMessage
                                    + "; expected more than zero and at most the open amount"
                                    + " EUR 100");
        }

        @Test
        void oneItemPaidInFullAccepted() {
            Proposal proposal = proposal(List.of(application(1, "100.00", "100.00")), "0.00");

            assertThat(proposal.appliedTotal()).isEqualTo(eur("100.00"));
        }

        @Test
        void oneItemShortOfAmountRejected() {
            List<ItemApplication> applications = List.of(application(1, "100.00", "99.99"));

            assertThatThrownBy(() -> proposal(applications, "0.00"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid applications: EUR 99.99; expected applied amounts and"
                                    + " unapplied adding up to EUR 100");
        }

        @Test
        void oneItemWithUnappliedAccepted() {
            Proposal proposal = proposal(List.of(application(1, "60.00", "60.00")), "40.00");

            assertThat(proposal.appliedTotal()).isEqualTo(eur("60.00"));
        }

        @Test
        void twoItemsOverAmountRejected() {
            List<ItemApplication> applications =
                    List.of(application(1, "60.00", "60.00"), application(2, "50.00", "50.00"));

            assertThatThrownBy(() -> proposal(applications, "0.00"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid applications: EUR 110; expected applied amounts and"
                                    + " unapplied adding up to EUR 100");
        }
    }

    @Nested
    class Reversals {

        private final BankLine line = line("-100.00").build();
        private final BankEntryKey key = BankEntryKey.of(line, 1);

        private ReversalProposal reversal(String amount) {
            return new ReversalProposal(
                    key, line, eur(amount), Optional.empty(), List.of(), List.of());
        }

        @Test
        void positiveAmountAccepted() {
            assertThat(reversal("100.00").amount()).isEqualTo(eur("100.00"));
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"0.00, EUR 0", "-4.00, EUR -4"})
        void amountNotPositiveRejected(String amount, String formatted) {
            assertThatThrownBy(() -> reversal(amount))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid amount: "
                                    + formatted
                                    + "; expected the returned payment without its sign, greater"
                                    + " than zero");
        }
    }
}
