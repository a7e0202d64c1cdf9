package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.CompactMatchStatus.MATCHED;
import static io.github.tahsilat.reconciliation.CompactMatchStatus.UNDECIDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.invoice.InvoiceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.assertj.core.api.AbstractThrowableAssert;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CompactBankLineMatcherTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final int DUE = 20_000;

    /** Items 0 to 2 of counterparty 0, "Acme Ticaret A.Ş.", and item 3 of counterparty 1. */
    private static CompactOpenItemIndex index() {
        CompactOpenItemIndex index = new CompactOpenItemIndex(10, 4);
        index.nameCounterparty(0, "Acme Ticaret A.Ş.");
        index.nameCounterparty(1, "Beta Gıda Ltd. Şti.");
        index.put(0, "INV-0042", 0, 10_000, EUR, DUE);
        index.put(1, "INV-43", 0, 25_000, EUR, DUE + 1);
        index.put(2, "INV-44", 0, 7_500, EUR, DUE + 2);
        index.put(3, "B-900", 1, 5_000, EUR, DUE);
        return index;
    }

    private static CompactMatchResult match(CompactOpenItemIndex index, CompactBankLines lines) {
        return new CompactBankLineMatcher(index).match(lines);
    }

    private static CompactBankLines lines(long units, String text, String name) {
        CompactBankLines lines = new CompactBankLines(1);
        lines.add(units, EUR, text, name);
        return lines;
    }

    private static InvoiceId invoiceId(long value) {
        return new InvoiceId(new UUID(0, value));
    }

    private static Money eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    @Nested
    class InvoiceNumbers {

        @ParameterizedTest
        @CsvSource({
            "'Payment of INV-42 thanks', 0",
            "'inv 0042', 0",
            "'Fatura: INV/00042', 0",
            "'INV43', 1",
            "'invoice inv-44 and more', 2",
            "'b 900', 3",
        })
        void textWindowFindsItem(String text, int item) {
            CompactMatchResult result =
                    match(index(), lines(index().outstandingUnits(item), text, null));

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.MATCHED);
            assertThat(result.item(0)).isEqualTo(item);
            assertThat(result.score(0)).isEqualTo(90);
            assertThat(result.rule(0)).contains("invoice-number");
            assertThat(result.isAuto(0)).isTrue();
        }

        @ParameterizedTest
        @CsvSource({
            "2024-A, 'Fatura 2024 A', the key ends with a letter",
            "ABCDEFGHIJKL-1, 'abcdefghijkl 01', the key of 13 characters is compared as text",
            "ABCDEFGHIJK-1, 'ABCDEFGHIJK1', the key of 12 characters is compared as a number",
            "INV-Ş7, 'inv s7', the key is folded from other letters",
        })
        void keyOfAnyShapeFindsItem(String number, String text, String reason) {
            CompactOpenItemIndex index = new CompactOpenItemIndex(2, 1);
            index.put(0, "INV-1", 0, 10_000, EUR, DUE);
            index.put(1, number, 0, 10_000, EUR, DUE + 1);

            CompactMatchResult result = match(index, lines(10_000, text, null));

            assertThat(result.item(0)).as(reason).isEqualTo(1);
            assertThat(result.score(0)).as(reason).isEqualTo(90);
            assertThat(result.rule(0)).as(reason).contains("invoice-number");
        }

        @Test
        void keyOfSeventyCharactersFindsItem() {
            String number = "K".repeat(69) + "7";
            CompactOpenItemIndex index = new CompactOpenItemIndex(2, 1);
            index.put(0, "INV-1", 0, 10_000, EUR, DUE);
            index.put(1, number, 0, 10_000, EUR, DUE + 1);

            CompactMatchResult result = match(index, lines(10_000, "Ref " + number, null));

            assertThat(result.item(0)).isEqualTo(1);
            assertThat(result.score(0)).isEqualTo(90);
        }

        @Test
        void removedKeyNoLongerFindsItem() {
            CompactOpenItemIndex index = new CompactOpenItemIndex(2, 1);
            index.put(0, "INV-1", 0, 10_000, EUR, DUE);
            index.put(1, "INV-2", 0, 10_000, EUR, DUE + 1);
            index.remove(1);
            index.put(1, "INV-3", 0, 10_000, EUR, DUE + 1);

            CompactMatchResult result = match(index, lines(10_000, "INV-2", null));

            assertThat(result.score(0)).isEqualTo(30);
            assertThat(result.rule(0)).contains("exact-amount");
        }

        @ParameterizedTest
        @CsvSource({
            "'Payment 42', the key 42 is shorter than three characters",
            "'INV-45', no item has this number",
            "'', the text is empty",
        })
        void textWithoutNumberFallsBackToAmount(String text, String reason) {
            CompactMatchResult result = match(index(), lines(10_000, text, null));

            assertThat(result.status(0)).as(reason).isEqualTo(CompactMatchStatus.MATCHED);
            assertThat(result.item(0)).isZero();
            assertThat(result.score(0)).isEqualTo(30);
            assertThat(result.rule(0)).contains("exact-amount");
        }

        @ParameterizedTest
        @CsvSource({
            "10000, 90, 10000, AUTO",
            "4000, 70, 4000, SUGGESTION",
            "12000, 60, 10000, SUGGESTION",
        })
        void amountSetsScore(long units, int score, long applied, ProposalStatus status) {
            CompactMatchResult result = match(index(), lines(units, "INV-42", null));

            assertThat(result.score(0)).isEqualTo(score);
            assertThat(result.appliedUnits(0)).isEqualTo(applied);
            assertThat(result.proposal(0).orElseThrow().status()).isEqualTo(status);
        }

        @Test
        void namedCounterpartyAddsTen() {
            CompactMatchResult result =
                    match(index(), lines(10_000, "INV-42", "ACME TICARET A.S."));

            assertThat(result.score(0)).isEqualTo(100);
        }

        @ParameterizedTest
        @CsvSource({
            "'000777', 'paid 777 today'",
            "'2024/0015', 'ref 2024 0015'",
            "'X9-1', 'x 0009 / 1'",
            "'AB-0', 'see ab 000'",
        })
        void keyStartsAnyWay(String number, String text) {
            CompactOpenItemIndex index = index();
            index.put(5, number, 2, 1_000, EUR, DUE);

            CompactMatchResult result = match(index, lines(1_000, text, null));

            assertThat(result.item(0)).isEqualTo(5);
        }

        @ParameterizedTest
        @CsvSource({
            "'Ref PAY-0077', 100, structured-reference",
            "'pay 0077 INV-42', 100, structured-reference",
            "'PAY0077x', 40, exact-amount",
        })
        void paymentReferenceScoresSeventy(String text, int score, String rule) {
            CompactOpenItemIndex index = index();
            index.put(5, "INV-42", "pay-0077", 0, 10_000, EUR, DUE - 1);
            index.remove(0);

            CompactMatchResult result = match(index, lines(10_000, text, "Acme Ticaret A.Ş."));

            assertThat(result.item(0)).isEqualTo(5);
            assertThat(result.score(0)).isEqualTo(score);
            assertThat(result.rule(0)).contains(rule);
        }

        @Test
        void referenceAndNumberExplainBoth() {
            CompactOpenItemIndex index = index();
            index.put(5, "INV-77", "PAY77", 1, 3_000, EUR, DUE);

            CompactMatchResult result = match(index, lines(3_000, "PAY77 for INV 77", null));

            assertThat(result.explanation(0))
                    .containsExactly(
                            new MatchReason(
                                    "structured-reference",
                                    "payment reference PAY77 was issued for invoice INV-77",
                                    70,
                                    MatchReason.Kind.REFERENCE),
                            new MatchReason(
                                    "invoice-number",
                                    "text names invoice INV-77 as INV77",
                                    60,
                                    MatchReason.Kind.REFERENCE),
                            new MatchReason(
                                    "exact-amount",
                                    "amount 30.00 EUR equals the open amount of invoice INV-77",
                                    30,
                                    MatchReason.Kind.AMOUNT));
            assertThat(result.score(0)).isEqualTo(100);
        }

        @Test
        void invalidRfWindowNamesNothing() {
            CompactOpenItemIndex index = index();
            index.put(5, "X-1", "RF00ABC", 1, 3_000, EUR, DUE);

            CompactMatchResult result = match(index, lines(3_000, "RF00ABC", null));

            assertThat(result.item(0)).isEqualTo(5);
            assertThat(result.rule(0)).contains("exact-amount");
            assertThat(result.score(0)).isEqualTo(30);
        }

        @Test
        void removedReferenceNamesNothing() {
            CompactOpenItemIndex index = index();
            index.put(5, "X-1", "PAY55", 1, 3_000, EUR, DUE);
            index.put(5, "X-1", 1, 3_000, EUR, DUE);

            CompactMatchResult result = match(index, lines(3_000, "PAY55", null));

            assertThat(result.score(0)).isEqualTo(30);
            assertThat(index.paymentReference(5)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({
            "'pay-0077', 100, structured-reference",
            "'INV 42', 100, invoice-number",
            "'RF00PAY0077', 40, exact-amount",
        })
        void structuredReferenceNamesItem(String reference, int score, String rule) {
            CompactOpenItemIndex index = index();
            index.put(5, "INV-42", "pay-0077", 0, 10_000, EUR, DUE - 1);
            index.remove(0);
            CompactBankLines lines = new CompactBankLines(1);
            lines.add(10_000, EUR, "Payment", "Acme Ticaret A.Ş.", reference);

            CompactMatchResult result = match(index, lines);

            assertThat(result.item(0)).isEqualTo(5);
            assertThat(result.score(0)).isEqualTo(score);
            assertThat(result.rule(0)).contains(rule);
        }

        @Test
        void structuredNumberExplainsWithReference() {
            CompactBankLines lines = new CompactBankLines(1);
            lines.add(25_000, EUR, "Payment", null, "inv-00043");

            CompactMatchResult result = match(index(), lines);

            assertThat(result.explanation(0))
                    .first()
                    .isEqualTo(
                            new MatchReason(
                                    "invoice-number",
                                    "text names invoice INV-43 as INV00043",
                                    60,
                                    MatchReason.Kind.REFERENCE));
            assertThat(lines.structuredReference(0)).contains("INV00043");
        }

        @Test
        void itemInOtherCurrencyIsUnmatched() {
            CompactOpenItemIndex index = index();
            index.put(5, "TRY-777", 2, 10_000, TRY, DUE);

            CompactMatchResult result = match(index, lines(10_000, "TRY-777", null));

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNMATCHED);
            assertThat(result.item(0)).isEqualTo(-1);
        }

        @Test
        void twoNumbersWithoutFitAreUndecided() {
            CompactMatchResult result = match(index(), lines(1_000, "INV-42 INV-43", null));

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNDECIDED);
        }

        @Test
        void twoNumbersTakeTheExactOne() {
            CompactMatchResult result = match(index(), lines(25_000, "INV-42 INV-43", null));

            assertThat(result.item(0)).isEqualTo(1);
            assertThat(result.score(0)).isEqualTo(90);
        }

        @Test
        void lineNamingTwentyItemsTakesExactOne() {
            // One line starts with room for 17 candidates, so its 20 make the columns grow.
            CompactOpenItemIndex index = new CompactOpenItemIndex(20, 1);
            StringBuilder text = new StringBuilder("Invoices");
            for (int slot = 0; slot < 20; slot++) {
                long units = slot == 13 ? 5_000 : 10_000;
                index.put(slot, "INV-" + (100 + slot), 0, units, EUR, DUE);
                text.append(" INV-").append(100 + slot);
            }

            CompactMatchResult result = match(index, lines(5_000, text.toString(), null));

            assertThat(result.item(0)).isEqualTo(13);
            assertThat(result.score(0)).isEqualTo(90);
        }
    }

    @Nested
    class CounterpartyAndAmount {

        @ParameterizedTest
        @CsvSource({
            "'Acme Ticaret A.Ş.', 25000, 1",
            "'ACME TICARET A S', 7500, 2",
            "'acme-ticaret a s', 10000, 0",
            "'Beta Gida Ltd Sti', 5000, 3",
        })
        void nameAndExactAmountFindItem(String name, long units, int item) {
            CompactMatchResult result = match(index(), lines(units, "Payment", name));

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.MATCHED);
            assertThat(result.item(0)).isEqualTo(item);
            assertThat(result.score(0)).isEqualTo(40);
            assertThat(result.rule(0)).contains("exact-amount");
            assertThat(result.isAuto(0)).isFalse();
        }

        @Test
        void nameWithoutFittingAmountIsUndecided() {
            CompactMatchResult result = match(index(), lines(999, "Payment", "Acme Ticaret A.Ş."));

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNDECIDED);
        }

        @Test
        void unknownNameFallsBackToAmount() {
            CompactMatchResult result = match(index(), lines(10_000, "Payment", "Gamma Ltd"));

            assertThat(result.item(0)).isZero();
            assertThat(result.score(0)).isEqualTo(30);
        }

        @Test
        void counterpartyWithoutItemsNamesNobody() {
            CompactOpenItemIndex index = index();
            index.remove(3);

            CompactMatchResult result = match(index, lines(5_000, "Payment", "Beta Gida Ltd Sti"));

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNMATCHED);
        }

        @Test
        void cutNameIsUndecided() {
            String cut = "A".repeat(MatchRules.BANK_NAME_CUT_LENGTH);

            CompactMatchResult result = match(index(), lines(10_000, "Payment", cut));

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNDECIDED);
        }

        @Test
        void sixItemsWithAmountGiveNone() {
            CompactOpenItemIndex index = new CompactOpenItemIndex(10, 1);
            index.nameCounterparty(0, "Acme");
            for (int slot = 0; slot < 6; slot++) {
                index.put(slot, "INV-" + (100 + slot), 0, 1_000, EUR, DUE + slot);
            }

            CompactMatchResult six = match(index, lines(1_000, "Payment", "Acme"));
            index.remove(5);
            CompactMatchResult five = match(index, lines(1_000, "Payment", "Acme"));

            assertThat(six.status(0)).isEqualTo(CompactMatchStatus.UNDECIDED);
            assertThat(five.item(0)).isEqualTo(0);
        }

        @Test
        void amountAloneIsNeverAuto() {
            CompactMatchResult result =
                    new CompactBankLineMatcher(index(), 0).match(lines(7_500, "Payment", null));

            assertThat(result.item(0)).isEqualTo(2);
            assertThat(result.isAuto(0)).isFalse();
            assertThat(result.explanation(0))
                    .containsExactly(
                            new MatchReason(
                                    "exact-amount",
                                    "amount 75.00 EUR equals the open amount of invoice INV-44",
                                    30,
                                    MatchReason.Kind.AMOUNT));
        }

        @Test
        void sixItemsWithAmountAloneGiveNone() {
            CompactOpenItemIndex index = new CompactOpenItemIndex(10, 6);
            for (int slot = 0; slot < 6; slot++) {
                index.put(slot, "INV-" + (100 + slot), slot, 1_000, EUR, DUE + slot);
            }

            CompactMatchResult six = match(index, lines(1_000, "Payment", null));
            index.remove(5);
            CompactMatchResult five = match(index, lines(1_000, "Payment", null));

            assertThat(six.status(0)).isEqualTo(CompactMatchStatus.UNMATCHED);
            assertThat(five.item(0)).isZero();
        }

        @Test
        void amountInOtherCurrencyIsUnmatched() {
            CompactBankLines lines = new CompactBankLines(1);
            lines.add(10_000, TRY, "Payment", null);

            CompactMatchResult result = match(index(), lines);

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNMATCHED);
        }

        @Test
        void sharedNameNamesBothCounterparties() {
            CompactOpenItemIndex index = index();
            index.nameCounterparty(2, "Acme Ticaret A.Ş.");
            index.put(6, "C-1", 2, 3_000, EUR, DUE);

            CompactMatchResult result = match(index, lines(3_000, "Payment", "Acme Ticaret A.Ş."));

            assertThat(result.item(0)).isEqualTo(6);
        }
    }

    @Nested
    class Ties {

        @Test
        void higherScoreWinsItem() {
            CompactBankLines lines = new CompactBankLines(2);
            lines.add(10_000, EUR, "Payment", "Acme Ticaret A.Ş.");
            lines.add(10_000, EUR, "INV-42", null);

            CompactMatchResult result = match(index(), lines);

            assertThat(result.item(1)).isEqualTo(0);
            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNMATCHED);
        }

        @Test
        void lowerLineNumberWinsEqualScores() {
            CompactBankLines lines = new CompactBankLines(2);
            lines.add(10_000, EUR, "INV-42 first", null);
            lines.add(10_000, EUR, "INV-42 second", null);

            CompactMatchResult result = match(index(), lines);

            assertThat(result.item(0)).isEqualTo(0);
            assertThat(result.item(1)).isEqualTo(-1);
            assertThat(result.status(1)).isEqualTo(CompactMatchStatus.UNMATCHED);
        }

        @Test
        void partLeftGoesToNextLine() {
            CompactBankLines lines = new CompactBankLines(2);
            lines.add(4_000, EUR, "INV-42", null);
            lines.add(4_000, EUR, "INV-42", null);
            lines.add(4_000, EUR, "INV-42", null);

            CompactMatchResult result = match(index(), lines);

            assertThat(result.appliedUnits(0)).isEqualTo(4_000);
            assertThat(result.appliedUnits(1)).isEqualTo(4_000);
            assertThat(result.appliedUnits(2)).isEqualTo(2_000);
            assertThat(result.proposal(2).orElseThrow().outstanding()).isEqualTo(eur("20.00"));
            assertThat(result.proposal(2).orElseThrow().unapplied()).isEqualTo(eur("20.00"));
        }

        @Test
        void resultKeepsOutstandingAndCounterpartyOfItem() {
            CompactBankLines lines = new CompactBankLines(4);
            lines.add(4_000, EUR, "INV-42", null);
            lines.add(4_000, EUR, "INV-42", null);
            lines.add(5_000, EUR, "B-900", null);
            lines.add(1_234, EUR, "Payment", null);

            CompactMatchResult result = match(index(), lines);

            assertThat(result.outstandingUnits(0)).isEqualTo(10_000);
            assertThat(result.outstandingUnits(1)).isEqualTo(6_000);
            assertThat(result.outstandingUnits(2)).isEqualTo(5_000);
            assertThat(result.outstandingUnits(3)).isZero();
            assertThat(result.counterparty(0)).isZero();
            assertThat(result.counterparty(2)).isEqualTo(1);
            assertThat(result.counterparty(3)).isEqualTo(-1);
        }

        @Test
        void undecidedLineHasNoOutstandingOrCounterparty() {
            CompactMatchResult result = match(index(), lines(1_000, "INV-42 INV-43", null));

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNDECIDED);
            assertThat(result.outstandingUnits(0)).isZero();
            assertThat(result.counterparty(0)).isEqualTo(-1);
            assertThatThrownBy(() -> result.counterparty(1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("line");
            assertThatThrownBy(() -> result.outstandingUnits(-1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("line");
        }

        @Test
        void partLeftGoesToNextLineInLargeIndex() {
            // With many slots per candidate the matcher tracks every item's amount left.
            CompactOpenItemIndex index = new CompactOpenItemIndex(1 << 16, 1);
            index.put(60_000, "INV-42", 0, 10_000, EUR, DUE);
            CompactBankLines lines = new CompactBankLines(3);
            lines.add(4_000, EUR, "INV-42", null);
            lines.add(4_000, EUR, "INV-42", null);
            lines.add(4_000, EUR, "INV-42", null);

            CompactMatchResult result = match(index, lines);

            assertThat(result.appliedUnits(0)).isEqualTo(4_000);
            assertThat(result.appliedUnits(1)).isEqualTo(4_000);
            assertThat(result.appliedUnits(2)).isEqualTo(2_000);
            assertThat(result.isAuto(2)).isFalse();
        }

        @Test
        void earlierDueDateRanksFirst() {
            CompactOpenItemIndex index = index();
            index.put(7, "INV-50", 0, 1_000, EUR, DUE + 5);
            index.put(8, "INV-51", 0, 1_000, EUR, DUE + 4);

            CompactMatchResult result = match(index, lines(1_000, "Payment", "Acme Ticaret A.Ş."));

            assertThat(result.item(0)).isEqualTo(8);
        }

        @Test
        void invoiceNumberBreaksDueDateTie() {
            CompactOpenItemIndex index = index();
            index.put(7, "INV-61", 0, 1_000, EUR, DUE + 5);
            index.put(8, "INV-60", 0, 1_000, EUR, DUE + 5);

            CompactMatchResult result = match(index, lines(1_000, "Payment", "Acme Ticaret A.Ş."));

            assertThat(result.item(0)).isEqualTo(8);
        }

        @Test
        void slotBreaksNumberTie() {
            CompactOpenItemIndex index = index();
            index.put(8, "INV-070", 0, 1_000, EUR, DUE + 5);
            index.put(7, "INV-070", 0, 1_000, EUR, DUE + 5);

            CompactMatchResult result = match(index, lines(1_000, "INV 70", null));

            assertThat(result.item(0)).isEqualTo(7);
        }

        @Test
        void invoiceIdBreaksNumberTie() {
            CompactOpenItemIndex index = index();
            index.put(7, "INV-070", null, 0, 1_000, EUR, DUE + 5, invoiceId(2));
            index.put(8, "INV-070", null, 0, 1_000, EUR, DUE + 5, invoiceId(1));

            CompactMatchResult result = match(index, lines(1_000, "INV 70", null));

            assertThat(result.item(0)).isEqualTo(8);
        }

        @Test
        void invoiceIdsCompareSigned() {
            // UUID.compareTo compares the halves as signed longs, and so does ItemKey.
            CompactOpenItemIndex index = index();
            index.put(7, "INV-070", null, 0, 1_000, EUR, DUE + 5, new InvoiceId(new UUID(1, 0)));
            index.put(8, "INV-070", null, 0, 1_000, EUR, DUE + 5, new InvoiceId(new UUID(-1, 0)));

            CompactMatchResult result = match(index, lines(1_000, "INV 70", null));

            assertThat(result.item(0)).isEqualTo(8);
        }

        @Test
        void slotBreaksTieWhenOneIdMissing() {
            CompactOpenItemIndex index = index();
            index.put(7, "INV-070", 0, 1_000, EUR, DUE + 5);
            index.put(8, "INV-070", null, 0, 1_000, EUR, DUE + 5, invoiceId(1));

            CompactMatchResult result = match(index, lines(1_000, "INV 70", null));

            assertThat(result.item(0)).isEqualTo(7);
        }

        @Test
        void invoiceIdTieMatchesObjectMatcher() {
            // Two items share due date and invoice number, and the slots run against the ids.
            InvoiceId first = invoiceId(1);
            InvoiceId second = invoiceId(2);
            CompactOpenItemIndex compact = new CompactOpenItemIndex(2, 1);
            compact.nameCounterparty(0, "Acme Ticaret A.Ş.");
            compact.put(0, "INV-070", null, 0, 1_000, EUR, DUE, second);
            compact.put(1, "INV-070", null, 0, 1_000, EUR, DUE, first);
            OpenItemIndex objects = new OpenItemIndex();
            CounterpartyId owner = new CounterpartyId(new UUID(9, 9));
            for (InvoiceId id : List.of(second, first)) {
                objects.put(
                        new OpenItemCandidate(
                                id,
                                "INV-070",
                                owner,
                                "Acme Ticaret A.Ş.",
                                List.of(),
                                List.of(),
                                eur("10.00"),
                                LocalDate.ofEpochDay(DUE),
                                Optional.empty()));
            }
            BankLine line =
                    BankLine.builder()
                            .accountId("TR330006100519786457841326")
                            .bookingDate(LocalDate.ofEpochDay(DUE))
                            .amount(eur("10.00"))
                            .accountServicerReference("ASR1")
                            .remittanceText("INV 70")
                            .build();

            CompactMatchResult result = match(compact, lines(1_000, "INV 70", null));
            MatchResult expected =
                    new BankLineMatcher(objects, MatchSettings.defaults()).match(List.of(line));

            assertThat(result.item(0)).isEqualTo(1);
            assertThat(expected.proposals().get(0).applications().get(0).invoiceId())
                    .isEqualTo(first);
        }
    }

    @Nested
    class Undecided {

        @Test
        void negativeAmountIsUndecided() {
            CompactMatchResult result = match(index(), lines(-10_000, "INV-42", null));

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNDECIDED);
            assertThat(result.undecidedLines()).containsExactly(0);
        }

        @Test
        void undecidedLinesListsLineNumbers() {
            CompactBankLines lines = new CompactBankLines(3);
            lines.add(10_000, EUR, "INV-42", null);
            lines.add(999, EUR, "nothing", "Acme Ticaret A.Ş.");
            lines.add(-5, EUR, "INV-43", null);

            CompactMatchResult result = match(index(), lines);

            assertThat(result.undecidedLines()).containsExactly(1, 2);
            assertThat(result.count(CompactMatchStatus.MATCHED)).isEqualTo(1);
        }
    }

    @Nested
    class Explanation {

        @Test
        void numberAmountAndNameReasons() {
            CompactMatchResult result =
                    match(index(), lines(10_000, "Payment of inv 0042", "Acme Ticaret A.Ş."));

            assertThat(result.explanation(0))
                    .containsExactly(
                            new MatchReason(
                                    "invoice-number",
                                    "text names invoice INV-0042 as INV0042",
                                    60,
                                    MatchReason.Kind.REFERENCE),
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
        void partialPaymentReason() {
            CompactMatchResult result = match(index(), lines(4_000, "INV-43", null));

            assertThat(result.explanation(0))
                    .containsExactly(
                            new MatchReason(
                                    "invoice-number",
                                    "text names invoice INV-43 as INV43",
                                    60,
                                    MatchReason.Kind.REFERENCE),
                            new MatchReason(
                                    "partial-payment",
                                    "amount 40.00 EUR pays part of the open amount 250.00 EUR of"
                                            + " invoice INV-43",
                                    10,
                                    MatchReason.Kind.PARTIAL_AMOUNT));
        }

        @Test
        void explanationEqualsObjectMatchers() {
            OpenItemIndex objects =
                    Lines.index(
                            Lines.item(
                                    0,
                                    "INV-0042",
                                    eur("100.00"),
                                    Lines.counterparty(0),
                                    "Acme Ticaret A.Ş."));
            BankLine line =
                    Lines.line("100.00")
                            .remittanceText("Fatura INV 42 ödendi")
                            .counterpartyName("ACME TICARET A.S.")
                            .build();
            Proposal expected = Lines.match(objects, line).proposals().get(0);
            CompactOpenItemIndex index = new CompactOpenItemIndex(1, 1);
            index.nameCounterparty(0, "Acme Ticaret A.Ş.");
            index.put(0, "INV-0042", 0, 10_000, EUR, DUE);

            CompactProposal proposal =
                    match(index, lines(10_000, "Fatura INV 42 ödendi", "ACME TICARET A.S."))
                            .proposal(0)
                            .orElseThrow();

            assertThat(proposal.explanation()).isEqualTo(expected.explanation());
            assertThat(proposal.score()).isEqualTo(expected.score());
            assertThat(proposal.status()).isEqualTo(expected.status());
        }

        @Test
        void unmatchedLineHasNoProposal() {
            CompactBankLines lines = new CompactBankLines(2);
            lines.add(10_000, EUR, "INV-42", null);
            lines.add(10_000, EUR, "INV-42", null);

            CompactMatchResult result = match(index(), lines);

            assertThat(result.proposal(1)).isEmpty();
            assertThat(result.explanation(1)).isEmpty();
            assertThat(result.rule(1)).isEmpty();
            assertThat(result.applied(1)).isEqualTo(Money.zero(EUR));
        }
    }

    @Nested
    class StoredInvoiceNumbers {

        @Test
        void numberAtLengthLimitFound() {
            String number = "INV-" + "1234567890".repeat(19) + "123456";
            CompactOpenItemIndex index = index();
            index.put(5, number, 1, 1_234, EUR, DUE);

            CompactMatchResult result = match(index, lines(1_234, "Paid " + number, null));

            assertThat(number).hasSize(200);
            assertThat(index.invoiceNumber(5)).isEqualTo(number);
            assertThat(result.item(0)).isEqualTo(5);
            assertThat(result.proposal(0).orElseThrow().invoiceNumber()).isEqualTo(number);
        }

        @Test
        void numberOverLengthLimitRejected() {
            CompactOpenItemIndex index = index();
            String number = "INV-" + "1".repeat(197);

            assertThatThrownBy(() -> index.put(0, number, 1, 1_234, EUR, DUE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invoiceNumber");
            assertThat(index.invoiceNumber(0)).isEqualTo("INV-0042");
        }

        @ParameterizedTest
        @CsvSource({
            "FATURA-ŞĞ-42, 'Ödeme FATURA ŞĞ 42'",
            "FATURA-ÇÖÜ-42, 'Ödeme fatura çöü 42'",
            "FATURA-ŞĞÇÖÜ-2025-000042, 'Ödeme FATURA ŞĞÇÖÜ 2025 000042'",
            "FATURA-ÇÖÜÄË-2025-000042, 'Ödeme FATURA ÇÖÜÄË 2025 000042'",
        })
        void nonAsciiNumberFoundAndProposed(String number, String text) {
            CompactOpenItemIndex index = index();
            index.put(5, number, 1, 1_234, EUR, DUE);

            CompactMatchResult result = match(index, lines(1_234, text, null));

            assertThat(index.invoiceNumber(5)).isEqualTo(number);
            assertThat(result.item(0)).isEqualTo(5);
            assertThat(result.proposal(0).orElseThrow().invoiceNumber()).isEqualTo(number);
        }

        @Test
        void reusedSlotFindsOnlyNewNumber() {
            CompactOpenItemIndex index = index();

            index.put(0, "FATURA-ŞĞ-77", 0, 10_000, EUR, DUE);

            assertThat(index.invoiceNumber(0)).isEqualTo("FATURA-ŞĞ-77");
            assertThat(match(index, lines(1, "INV-0042", null)).status(0))
                    .isEqualTo(CompactMatchStatus.UNMATCHED);
            assertThat(match(index, lines(1, "FATURA SG 77", null)).item(0)).isEqualTo(0);
        }

        @Test
        void removedSlotTakesNewNumber() {
            CompactOpenItemIndex index = index();
            index.remove(0);

            index.put(0, "INV-9001", 0, 10_000, EUR, DUE);

            assertThat(index.invoiceNumber(0)).isEqualTo("INV-9001");
            assertThat(match(index, lines(1, "INV-0042", null)).status(0))
                    .isEqualTo(CompactMatchStatus.UNMATCHED);
            assertThat(match(index, lines(1, "INV 9001", null)).item(0)).isEqualTo(0);
        }

        @Test
        void tieOrdersNumbersAsStrings() {
            // U+00FF is stored in one byte and U+015E in two, and U+00FF sorts first.
            CompactOpenItemIndex index = index();
            index.put(7, "INV-Ş", 0, 1_000, EUR, DUE + 5);
            index.put(8, "INV-ÿ", 0, 1_000, EUR, DUE + 5);

            CompactMatchResult result = match(index, lines(1_000, "Payment", "Acme Ticaret A.Ş."));

            assertThat(result.item(0)).isEqualTo(8);
        }
    }

    /**
     * Statements longer than the chunk of lines whose look-ups the matcher runs together, so that
     * every line must still get the results of its own look-ups.
     */
    @Nested
    class Chunks {

        private static final String[] NAMES = {"Firma Bir", "Firma İki Şti.", "Firma Üç"};

        /**
         * Returns an index of {@code size} items: item {@code k} is {@code INV-<1000 + k>} of
         * counterparty {@code k % 3}, with {@code 1,000 + k} cents open.
         */
        private CompactOpenItemIndex numberedIndex(int size) {
            CompactOpenItemIndex index = new CompactOpenItemIndex(size, NAMES.length);
            for (int c = 0; c < NAMES.length; c++) {
                index.nameCounterparty(c, NAMES[c]);
            }
            for (int k = 0; k < size; k++) {
                index.put(k, "INV-" + (1_000 + k), k % NAMES.length, 1_000 + k, EUR, DUE + k);
            }
            return index;
        }

        /**
         * Returns {@code size} lines, line {@code k} paying item {@code k} in one of five ways by
         * {@code k % 5}: its number in ASCII text, its number in Turkish text, the payer's name and
         * the amount with an empty text, its number and the payer's name, or a return of the amount
         * that quotes the number.
         */
        private CompactBankLines numberedLines(int size) {
            CompactBankLines lines = new CompactBankLines(size);
            for (int k = 0; k < size; k++) {
                long units = 1_000 + k;
                String number = "INV-" + (1_000 + k);
                String name = NAMES[k % NAMES.length];
                switch (k % 5) {
                    case 0 -> lines.add(units, EUR, "Payment of " + number, null);
                    case 1 -> lines.add(units, EUR, "Ödeme: fatura " + number + " için", null);
                    case 2 -> lines.add(units, EUR, "", name);
                    case 3 -> lines.add(units, EUR, number, name.toUpperCase(Locale.ROOT));
                    default -> lines.add(-units, EUR, "Iade " + number, name);
                }
            }
            return lines;
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 31, 32, 33, 63, 64, 65, 100})
        void everyLineFindsItsOwnItem(int size) {
            CompactMatchResult result = match(numberedIndex(size), numberedLines(size));

            int[] scores = {90, 90, 40, 100};
            for (int k = 0; k < size; k++) {
                if (k % 5 == 4) {
                    assertThat(result.status(k)).as("line %d", k).isEqualTo(UNDECIDED);
                    continue;
                }
                assertThat(result.status(k)).as("line %d", k).isEqualTo(MATCHED);
                assertThat(result.item(k)).as("line %d", k).isEqualTo(k);
                assertThat(result.score(k)).as("line %d", k).isEqualTo(scores[k % 5]);
            }
        }

        @Test
        void manyWindowsInOneChunkFindItems() {
            // Ten windows of seven digits per line, 320 in a chunk, each of which the index may
            // contain because its keys have seven characters and end with a digit.
            CompactOpenItemIndex index = numberedIndex(40);
            CompactBankLines lines = new CompactBankLines(40);
            StringBuilder noise = new StringBuilder();
            for (int t = 0; t < 10; t++) {
                noise.append(5_550_000 + t).append(' ');
            }
            for (int k = 0; k < 40; k++) {
                lines.add(1_000 + k, EUR, noise + "INV " + (1_000 + k), null);
            }

            CompactMatchResult result = match(index, lines);

            for (int k = 0; k < 40; k++) {
                assertThat(result.item(k)).as("line %d", k).isEqualTo(k);
                assertThat(result.explanation(k).get(0).detail())
                        .as("line %d", k)
                        .isEqualTo(
                                "text names invoice INV-" + (1_000 + k) + " as INV" + (1_000 + k));
            }
        }

        @Test
        void longPayerNameFindsCounterparty() {
            String name =
                    "Anadolu Güneş Enerjisi Üretim Dağıtım Pazarlama Sanayi ve Ticaret"
                            + " Anonim Şirketi İstanbul Şubesi";
            CompactOpenItemIndex index = new CompactOpenItemIndex(1, 1);
            index.nameCounterparty(0, name);
            index.put(0, "INV-1", 0, 4_200, EUR, DUE);
            // The short names of the first chunk leave small key buffers for the second chunk.
            CompactBankLines lines = new CompactBankLines(33);
            for (int k = 0; k < 32; k++) {
                lines.add(1, EUR, "Payment", "Other");
            }
            lines.add(4_200, EUR, "", name.toUpperCase(Locale.ROOT));

            CompactMatchResult result = match(index, lines);

            assertThat(result.status(0)).isEqualTo(CompactMatchStatus.UNMATCHED);
            assertThat(result.item(32)).isZero();
            assertThat(result.score(32)).isEqualTo(40);
        }

        @Test
        void reusedMatcherSeesChangedIndex() {
            CompactOpenItemIndex index = numberedIndex(40);
            CompactBankLineMatcher matcher = new CompactBankLineMatcher(index);
            CompactBankLines lines = numberedLines(40);
            CompactMatchResult before = matcher.match(lines);
            index.remove(0);
            index.settle(1, 500);
            index.remove(2);
            index.put(2, "INV-1000", 2, 1_000, EUR, DUE);

            CompactMatchResult after = matcher.match(lines);
            CompactMatchResult fresh = new CompactBankLineMatcher(index).match(lines);

            assertThat(before.item(0)).isZero();
            assertThat(after.item(0)).isEqualTo(2);
            assertThat(after.score(1)).isEqualTo(60);
            assertThat(after.status(2)).isEqualTo(UNDECIDED);
            for (int k = 0; k < 40; k++) {
                assertThat(after.status(k)).as("line %d", k).isEqualTo(fresh.status(k));
                assertThat(after.item(k)).as("line %d", k).isEqualTo(fresh.item(k));
                assertThat(after.score(k)).as("line %d", k).isEqualTo(fresh.score(k));
                assertThat(after.explanation(k)).as("line %d", k).isEqualTo(fresh.explanation(k));
            }
        }
    }

    @Nested
    class IndexUpdates {

        @Test
        void settleChangesAmountFound() {
            CompactOpenItemIndex index = index();

            assertThat(index.settle(0, 6_000)).isTrue();
            CompactMatchResult result = match(index, lines(6_000, "INV-42", null));

            assertThat(result.score(0)).isEqualTo(90);
            assertThat(index.outstanding(0)).isEqualTo(eur("60.00"));
        }

        @Test
        void settleMovesAmountLookUp() {
            CompactOpenItemIndex index = index();

            index.settle(2, 3_000);

            assertThat(match(index, lines(3_000, "Payment", "Acme Ticaret A.Ş.")).item(0))
                    .isEqualTo(2);
            assertThat(match(index, lines(7_500, "Payment", "Acme Ticaret A.Ş.")).status(0))
                    .isEqualTo(CompactMatchStatus.UNDECIDED);
            assertThat(match(index, lines(3_000, "Payment", null)).item(0)).isEqualTo(2);
            assertThat(match(index, lines(7_500, "Payment", null)).status(0))
                    .isEqualTo(CompactMatchStatus.UNMATCHED);
        }

        @Test
        void settleToZeroRemovesItem() {
            CompactOpenItemIndex index = index();

            assertThat(index.settle(0, 0)).isTrue();

            assertThat(index.contains(0)).isFalse();
            assertThat(index.size()).isEqualTo(3);
            assertThat(index.settle(0, 10)).isFalse();
            assertThat(match(index, lines(10_000, "INV-42", null)).status(0))
                    .isEqualTo(CompactMatchStatus.UNMATCHED);
        }

        @Test
        void putReplacesItemInSlot() {
            CompactOpenItemIndex index = index();

            index.put(0, "NEW-1", 1, 2_000, EUR, DUE);

            assertThat(index.size()).isEqualTo(4);
            assertThat(match(index, lines(10_000, "INV-42", null)).status(0))
                    .isEqualTo(CompactMatchStatus.UNMATCHED);
            assertThat(match(index, lines(2_000, "NEW-1", null)).item(0)).isEqualTo(0);
            assertThat(match(index, lines(2_000, "Payment", "Beta Gida Ltd Sti")).item(0))
                    .isEqualTo(0);
            assertThat(match(index, lines(7_500, "Payment", "Acme Ticaret A.Ş.")).item(0))
                    .isEqualTo(2);
        }

        @ParameterizedTest
        @CsvSource({
            "true, removing",
            "false, replacing",
        })
        void keySharingLengthAndEndSurvives(boolean remove, String reason) {
            // INV12 and INV22 share the key length 5 and the last character 2.
            CompactOpenItemIndex index = new CompactOpenItemIndex(2, 1);
            index.put(0, "INV-12", 0, 10_000, EUR, DUE);
            index.put(1, "INV-22", 0, 10_000, EUR, DUE);
            if (remove) {
                index.remove(0);
            } else {
                index.put(0, "INV-3", 0, 10_000, EUR, DUE);
            }

            CompactMatchResult result = match(index, lines(10_000, "INV-22", null));

            assertThat(result.item(0)).as(reason).isEqualTo(1);
            assertThat(result.score(0)).as(reason).isEqualTo(90);
        }

        @Test
        void removeKeepsOtherItemsOfCounterparty() {
            CompactOpenItemIndex index = index();

            assertThat(index.remove(1)).isTrue();
            assertThat(index.remove(1)).isFalse();

            assertThat(match(index, lines(10_000, "Payment", "Acme Ticaret A.Ş.")).item(0))
                    .isEqualTo(0);
            assertThat(match(index, lines(7_500, "Payment", "Acme Ticaret A.Ş.")).item(0))
                    .isEqualTo(2);
        }

        @Test
        void sameAmountChainSurvivesRemovals() {
            CompactOpenItemIndex index = new CompactOpenItemIndex(20, 2);
            index.nameCounterparty(0, "Acme");
            for (int slot = 0; slot < 12; slot++) {
                index.put(slot, "INV-" + (500 + slot), slot % 2, 1_000, EUR, DUE + slot);
            }

            for (int slot : new int[] {0, 11, 5, 6, 1, 2, 3}) {
                index.remove(slot);
            }
            index.settle(4, 900);

            CompactMatchResult byAmount = match(index, lines(1_000, "Payment", null));
            CompactMatchResult byName = match(index, lines(1_000, "Payment", "Acme"));
            CompactMatchResult settled = match(index, lines(900, "Payment", "Acme"));

            assertThat(byAmount.item(0)).isEqualTo(7);
            assertThat(byName.item(0)).isEqualTo(8);
            assertThat(settled.item(0)).isEqualTo(4);
        }

        @Test
        void counterpartyLinksSkipRemovedItems() {
            CompactOpenItemIndex index = index();
            index.put(4, "INV-45", 0, 100, EUR, DUE);

            index.remove(1);
            index.remove(4);
            index.put(1, "INV-46", 1, 100, EUR, DUE);

            assertThat(itemsOf(index, 0)).containsExactly(2, 0);
            assertThat(itemsOf(index, 1)).containsExactly(1, 3);
        }

        private static List<Integer> itemsOf(CompactOpenItemIndex index, int party) {
            List<Integer> items = new ArrayList<>();
            for (int slot = index.firstItemOf(party);
                    slot != -1;
                    slot = index.nextOfCounterparty(slot)) {
                items.add(slot);
            }
            return items;
        }

        @Test
        void renameFindsNewName() {
            CompactOpenItemIndex index = index();

            index.nameCounterparty(1, "Delta Yapı");

            assertThat(match(index, lines(5_000, "Payment", "DELTA YAPI")).score(0)).isEqualTo(40);
            assertThat(match(index, lines(5_000, "Payment", "Beta Gida Ltd Sti")).score(0))
                    .isEqualTo(30);
        }

        @Test
        void ensureCapacityKeepsItems() {
            CompactOpenItemIndex index = index();
            index.put(5, "INV-70", "RF18PAY70", 0, 3_000, EUR, DUE, invoiceId(5));

            index.ensureCapacity(25, 9);
            index.nameCounterparty(8, "Gamma Enerji");
            index.put(24, "INV-90", 8, 6_000, EUR, DUE);

            assertThat(index.size()).isEqualTo(6);
            assertThat(match(index, lines(10_000, "INV-0042", null)).item(0)).isZero();
            assertThat(match(index, lines(3_000, "RF18 PAY70", null)).item(0)).isEqualTo(5);
            assertThat(match(index, lines(5_000, "Payment", "BETA GIDA LTD STI")).item(0))
                    .isEqualTo(3);
            assertThat(match(index, lines(6_000, "Payment", "Gamma Enerji")).score(0))
                    .isEqualTo(40);
            assertThat(index.invoiceId(5)).contains(invoiceId(5));
            assertThat(index.remove(24)).isTrue();
            assertThat(index.remove(0)).isTrue();
            assertThat(match(index, lines(10_000, "INV-0042", null)).item(0)).isEqualTo(-1);
        }

        @Test
        void ensureCapacityGrowsToNextSize() {
            CompactOpenItemIndex index = new CompactOpenItemIndex(10, 4);

            index.ensureCapacity(11, 5);

            assertThat(index.itemCapacity()).isEqualTo(16);
            assertThat(index.counterpartyCapacity()).isEqualTo(8);
        }

        @ParameterizedTest(name = "{0} grown to {1} -> {2}")
        @CsvSource({
            "0, 1, 4",
            "10, 11, 16",
            "16, 17, 24",
            "24, 25, 40",
            "40, 41, 56",
            "4, 100, 120",
            "786424, 1000000, 1048568",
            "1048568, 1048569, 1572856",
            "1572856, 1572857, 2097144",
            "500000000, 536870912, 536870912",
        })
        void grownCapacitiesLeaveRoomForHeader(int current, int requested, int expected) {
            assertThat(CompactOpenItemIndex.grown(current, requested)).isEqualTo(expected);
        }

        @Test
        void ensureCapacityBelowCurrentChangesNothing() {
            CompactOpenItemIndex index = index();

            index.ensureCapacity(3, 0);

            assertThat(index.itemCapacity()).isEqualTo(10);
            assertThat(index.counterpartyCapacity()).isEqualTo(4);
            assertThat(index.size()).isEqualTo(4);
        }

        @Test
        void ensureCapacityKeepsInvoiceIds() {
            CompactOpenItemIndex index = new CompactOpenItemIndex(1, 1);
            index.nameCounterparty(0, "Acme Ticaret A.Ş.");
            index.put(0, "INV-1", null, 0, 1_000, EUR, DUE, invoiceId(1));

            index.ensureCapacity(100, 1);
            index.put(99, "INV-2", null, 0, 1_000, EUR, DUE, invoiceId(2));

            assertThat(index.invoiceId(0)).contains(invoiceId(1));
            assertThat(index.invoiceId(99)).contains(invoiceId(2));
        }

        @Test
        void putWithoutIdClearsOldId() {
            CompactOpenItemIndex index = index();
            index.put(5, "INV-70", null, 0, 3_000, EUR, DUE, invoiceId(5));

            index.put(5, "INV-70", 0, 3_000, EUR, DUE);

            assertThat(index.invoiceId(5)).isEmpty();
            assertThat(index.invoiceId(0)).isEmpty();
        }

        @Test
        void invoiceIdOfRemovedItemIsRejected() {
            CompactOpenItemIndex index = index();
            index.put(5, "INV-70", null, 0, 3_000, EUR, DUE, invoiceId(5));

            index.remove(5);

            assertThatThrownBy(() -> index.invoiceId(5))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("a slot that contains an open item");
            assertThatThrownBy(() -> index.invoiceId(6))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("a slot that contains an open item");
        }

        @Test
        void readsColumnsOfItem() {
            CompactOpenItemIndex index = index();

            assertThat(index.invoiceNumber(1)).isEqualTo("INV-43");
            assertThat(index.counterparty(3)).isEqualTo(1);
            assertThat(index.currency(3)).isEqualTo(EUR);
            assertThat(index.dueEpochDay(2)).isEqualTo(DUE + 2);
            assertThat(index.outstandingUnits(9)).isZero();
        }
    }

    @Nested
    class RejectedInput {

        @Test
        void putOutsideCapacityChangesNothing() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.put(10, "INV-1", 0, 1, EUR, DUE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid slot: 10; expected a slot from 0 to 9; create the index"
                                    + " with a larger item capacity");
            assertThat(index.size()).isEqualTo(4);
        }

        @ParameterizedTest
        @CsvSource({
            "0, 'invalid outstandingUnits: 0; expected minor units greater than zero for an open"
                    + " item; settle with zero to close it'",
            "-5, 'invalid outstandingUnits: -5; expected minor units greater than zero for an"
                    + " open item; settle with zero to close it'",
        })
        void putWithoutAmountChangesNothing(long units, String message) {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.put(0, "INV-99", 1, units, EUR, DUE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(message);
            assertThat(index.invoiceNumber(0)).isEqualTo("INV-0042");
            assertThat(index.outstandingUnits(0)).isEqualTo(10_000);
            assertThat(match(index, lines(10_000, "INV-42", null)).item(0)).isZero();
        }

        @Test
        void putWithUnknownCounterpartyChangesNothing() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.put(0, "INV-99", 4, 1, EUR, DUE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid counterparty: 4; expected a counterparty number from 0 to 3;"
                                    + " create the index with a larger counterparty capacity");
            assertThat(index.counterparty(0)).isZero();
        }

        @Test
        void putWithBlankNumberChangesNothing() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.put(0, " ", 0, 1, EUR, DUE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("invalid invoiceNumber: \" \"; expected text");
            assertThat(index.invoiceNumber(0)).isEqualTo("INV-0042");
        }

        @Test
        void putWithoutCurrencyChangesNothing() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.put(0, "INV-99", 0, 1, null, DUE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("missing currency; expected the item's currency");
            assertThat(index.currency(0)).isEqualTo(EUR);
        }

        @Test
        void putWithInvalidReferenceChangesNothing() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.put(0, "INV-99", "--", 0, 1, EUR, DUE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid paymentReference: \"--\"; expected 1 to 35 letters or digits"
                                    + " once spaces and punctuation are removed; only letters that"
                                    + " fold to A to Z count");
            assertThat(index.invoiceNumber(0)).isEqualTo("INV-0042");
            assertThat(index.paymentReference(0)).isEmpty();
        }

        @Test
        void negativeSettleChangesNothing() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.settle(0, -1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid outstandingUnits: -1; expected zero or more; zero closes the"
                                    + " item");
            assertThat(index.outstandingUnits(0)).isEqualTo(10_000);
        }

        @Test
        void nameWithoutLettersIsRejected() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.nameCounterparty(0, "-.-"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageEndingWith("expected a name with at least one letter or digit");
            assertThat(match(index, lines(10_000, "Payment", "Acme Ticaret A.Ş.")).item(0))
                    .isZero();
        }

        @Test
        void readingEmptySlotIsRejected() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.invoiceNumber(9))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid slot: 9; expected a slot that contains an open item");
        }

        @Test
        void putWithoutInvoiceIdChangesNothing() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.put(5, "INV-70", null, 0, 3_000, EUR, DUE, null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invoiceId");
            assertThat(index.contains(5)).isFalse();
            assertThat(index.size()).isEqualTo(4);
        }

        @Test
        void ensureCapacityPastLimitChangesNothing() {
            CompactOpenItemIndex index = index();

            assertThatThrownBy(() -> index.ensureCapacity(20, 1 << 30))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid counterpartyCapacity: 1073741824; expected at most"
                                    + " 536870912, the most keys that the hash tables hold");
            assertThat(index.itemCapacity()).isEqualTo(10);
            assertThat(index.counterpartyCapacity()).isEqualTo(4);
        }

        @Test
        void negativeCapacityIsRejected() {
            assertThatThrownBy(() -> new CompactOpenItemIndex(-1, 0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid itemCapacity: -1; expected zero or more");
        }

        @ParameterizedTest
        @CsvSource({
            "1073741824, 0, 'invalid itemCapacity: 1073741824; expected at most 536870912, the"
                    + " most keys that the hash tables hold'",
            "2147483647, 0, 'invalid itemCapacity: 2147483647; expected at most 536870912, the"
                    + " most keys that the hash tables hold'",
            "0, 2147483647, 'invalid counterpartyCapacity: 2147483647; expected at most"
                    + " 536870912, the most keys that the hash tables hold'",
        })
        void capacityPastTableLimitIsRejected(int items, int counterparties, String message) {
            assertThatThrownBy(() -> new CompactOpenItemIndex(items, counterparties))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(message);
        }

        /**
         * Asserts that {@code add} throws {@link InvalidInputException} on empty lines and adds no
         * line, and returns the assertion on the exception, for its message.
         */
        private static AbstractThrowableAssert<?, ? extends Throwable> assertAddRejected(
                Consumer<CompactBankLines> add) {
            CompactBankLines lines = new CompactBankLines(1);

            AbstractThrowableAssert<?, ? extends Throwable> thrown =
                    assertThatThrownBy(() -> add.accept(lines))
                            .isInstanceOf(InvalidInputException.class);
            assertThat(lines.size()).isZero();
            return thrown;
        }

        @Test
        void zeroLineAmountIsRejected() {
            assertAddRejected(lines -> lines.add(0, EUR, "INV-42", null))
                    .hasMessage(
                            "invalid amountUnits: 0; expected an amount other than zero; pass a"
                                    + " line that books only charges, whose amount plus charges"
                                    + " is zero, to BankLineMatcher");
        }

        @Test
        void amountWithoutNegationIsRejected() {
            assertAddRejected(lines -> lines.add(Long.MIN_VALUE, EUR, "INV-42", null))
                    .hasMessage(
                            "invalid amountUnits: -9223372036854775808; expected minor units from"
                                    + " -9223372036854775807 to 9223372036854775807, as a bank"
                                    + " line's amount");
        }

        @Test
        void longStructuredReferenceIsRejected() {
            String printed = "ab-".repeat(18);

            assertAddRejected(lines -> lines.add(1, EUR, "INV-42", null, printed))
                    .hasMessage(
                            "invalid structuredReference: \""
                                    + printed
                                    + "\"; expected 1 to 35 letters or digits once spaces and"
                                    + " punctuation are removed; only letters that fold to A to"
                                    + " Z count");
        }

        @Test
        void blankPayerNameIsRejected() {
            assertAddRejected(lines -> lines.add(1, EUR, "INV-42", "  "))
                    .hasMessageStartingWith("invalid counterpartyName:");
        }

        @Test
        void lineOutsideResultIsRejected() {
            CompactMatchResult result = match(index(), lines(10_000, "INV-42", null));

            assertThatThrownBy(() -> result.item(1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid line: 1; expected a line number from 0 to 0, the lines"
                                    + " matched");
        }

        @Test
        void countWithoutStatusIsRejected() {
            CompactMatchResult result = match(index(), lines(10_000, "INV-42", null));

            assertThatThrownBy(() -> result.count(null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("missing status; expected MATCHED, UNMATCHED or UNDECIDED");
        }

        @Test
        void thresholdAboveHundredIsRejected() {
            assertThatThrownBy(() -> new CompactBankLineMatcher(index(), 101))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid autoApplyThreshold: 101; expected a score from 0 to 100");
        }
    }

    @Nested
    class ProposalParts {

        private static CompactProposal proposal(
                MonetaryAmount amount,
                MonetaryAmount outstanding,
                MonetaryAmount applied,
                MonetaryAmount difference,
                MonetaryAmount unapplied) {
            return new CompactProposal(
                    0,
                    0,
                    "INV-1",
                    0,
                    amount,
                    outstanding,
                    applied,
                    difference,
                    unapplied,
                    70,
                    ProposalStatus.SUGGESTION,
                    List.of());
        }

        private static MonetaryAmount inTry(MonetaryAmount amount) {
            return Money.of(amount.getNumber(), TRY);
        }

        @Test
        void partialPaymentPartsAreAccepted() {
            CompactProposal proposal =
                    proposal(eur("40.00"), eur("100.00"), eur("40.00"), eur("-60.00"), eur("0"));

            assertThat(proposal.applied()).isEqualTo(eur("40.00"));
            assertThat(proposal.difference()).isEqualTo(eur("-60.00"));
        }

        @ParameterizedTest
        @CsvSource({"1", "2", "3", "4"})
        void partInOtherCurrencyIsRejected(int part) {
            List<MonetaryAmount> parts =
                    new ArrayList<>(
                            List.of(
                                    eur("150.00"),
                                    eur("100.00"),
                                    eur("100.00"),
                                    eur("50.00"),
                                    eur("50.00")));
            parts.set(part, inTry(parts.get(part)));

            assertThatThrownBy(
                            () ->
                                    proposal(
                                            parts.get(0),
                                            parts.get(1),
                                            parts.get(2),
                                            parts.get(3),
                                            parts.get(4)))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessage(
                            "cannot compare an amount in TRY to one in EUR; convert it to EUR"
                                    + " explicitly first");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            // case, amount, outstanding, applied, difference, unapplied, message
            "negative unapplied, 50.00, 100.00, 80.00, -50.00, -30.00,"
                    + " 'invalid unapplied: EUR -30; expected zero or more'",
            "unapplied not adding up, 100.00, 100.00, 60.00, 0.00, 0.00,"
                    + " 'invalid unapplied: EUR 0; expected the amount minus the applied amount,"
                    + " EUR 40'",
            "difference not amount minus outstanding, 40.00, 100.00, 40.00, 60.00, 0.00,"
                    + " 'invalid difference: EUR 60; expected the amount minus the outstanding"
                    + " amount, EUR -60'",
        })
        void inconsistentPartsAreRejected(
                String name,
                String amount,
                String outstanding,
                String applied,
                String difference,
                String unapplied,
                String message) {
            assertThatThrownBy(
                            () ->
                                    proposal(
                                            eur(amount),
                                            eur(outstanding),
                                            eur(applied),
                                            eur(difference),
                                            eur(unapplied)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(message);
        }
    }

    @Test
    void linesKeepWhatHostAdded() {
        CompactBankLines lines = new CompactBankLines(0);
        for (int k = 0; k < 20; k++) {
            lines.add(100 + k, EUR, "text " + k, k % 2 == 0 ? null : "Payer " + k);
        }

        assertThat(lines.size()).isEqualTo(20);
        assertThat(lines.amountUnits(19)).isEqualTo(119);
        assertThat(lines.remittanceText(7)).isEqualTo("text 7");
        assertThat(lines.counterpartyName(7)).contains("Payer 7");
        assertThat(lines.counterpartyName(8)).isEmpty();
        assertThat(lines.currency(0)).isEqualTo(EUR);
    }
}
