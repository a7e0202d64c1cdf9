package io.github.tahsilat.reconciliation;

import static io.github.tahsilat.reconciliation.Lines.PAYER_IBAN;
import static io.github.tahsilat.reconciliation.Lines.counterparty;
import static io.github.tahsilat.reconciliation.Lines.eur;
import static io.github.tahsilat.reconciliation.Lines.index;
import static io.github.tahsilat.reconciliation.Lines.invoiceId;
import static io.github.tahsilat.reconciliation.Lines.item;
import static io.github.tahsilat.reconciliation.Lines.withIban;
import static io.github.tahsilat.reconciliation.Lines.withReference;
import static io.github.tahsilat.reconciliation.Lines.withTaxId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Vkn;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenItemIndexTest {

    private static java.util.List<io.github.tahsilat.invoice.InvoiceId> ids(
            java.util.List<OpenItemCandidate> items) {
        return items.stream().map(OpenItemCandidate::invoiceId).toList();
    }

    @Nested
    class Lookups {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "???", "日本", "—"})
        void numberWithoutLettersOrDigitsFindsNothing(String number) {
            OpenItemIndex index =
                    index(item(1, "日本", "10.00"), item(2, "—", "11.00"), item(3, "INV-1", "5.00"));

            assertThat(index.findByInvoiceNumber(number)).isEmpty();
        }

        @Test
        void turkishLettersFoldToKey() {
            OpenItemIndex index = index(item(1, "ŞĞ", "10.00"), item(2, "日本", "11.00"));

            assertThat(ids(index.findByInvoiceNumber("sg"))).containsExactly(invoiceId(1));
            assertThat(ids(index.findByInvoiceNumber("şğ"))).containsExactly(invoiceId(1));
        }

        @Test
        void findsNumberByKey() {
            OpenItemIndex index = index(item(1, "INV-000123", "5.00"));

            assertThat(ids(index.findByInvoiceNumber("inv 123"))).containsExactly(invoiceId(1));
            assertThat(index.findByInvoiceNumber("INV-124")).isEmpty();
        }

        @Test
        void findsReferenceInPrintForm() {
            OpenItemIndex index = index(withReference(item(1, "A", "5.00"), "RF18539007547034"));

            assertThat(ids(index.findByPaymentReference("rf18 5390 0754 7034")))
                    .containsExactly(invoiceId(1));
        }

        @Test
        void findsCounterpartyByIbanTaxIdAndName() {
            OpenItemIndex index =
                    index(
                            withTaxId(
                                    withIban(item(1, "A", "5.00"), PAYER_IBAN),
                                    new Vkn("1234567890")));

            assertThat(index.counterpartiesByIban(PAYER_IBAN)).containsExactly(counterparty(1));
            assertThat(index.counterpartiesByTaxId(new Vkn("1234567890")))
                    .containsExactly(counterparty(1));
            assertThat(index.counterpartiesByName("ACME TICARET A S"))
                    .containsExactly(counterparty(1));
        }

        @Test
        void amountRangeIsOrderedAndLimited() {
            OpenItemIndex index =
                    index(
                            item(1, "A", "10.00"),
                            item(2, "B", "9.99"),
                            item(3, "C", "10.01"),
                            item(4, "D", "10.03"));

            assertThat(ids(index.findByOutstanding(eur("9.99"), eur("10.01"), 10)))
                    .containsExactly(invoiceId(2), invoiceId(1), invoiceId(3));
            assertThat(ids(index.findByOutstanding(eur("9.99"), eur("10.01"), 2)))
                    .containsExactly(invoiceId(2), invoiceId(1));
        }

        @Test
        void counterpartyItemsOldestFirst() {
            OpenItemIndex index =
                    index(item(3, "C", "1.00"), item(1, "A", "1.00"), item(2, "B", "1.00"));

            assertThat(ids(index.openItemsOf(counterparty(1), 2)))
                    .containsExactly(invoiceId(1), invoiceId(2));
        }

        @Test
        void mixedCurrencyBoundsRejected() {
            OpenItemIndex index = new OpenItemIndex();

            assertThatThrownBy(() -> index.findByOutstanding(eur("1.00"), Lines.try_("2.00"), 1))
                    .isInstanceOf(CurrencyMismatchException.class);
        }
    }

    @Nested
    class Updates {

        @Test
        void updatedAmountMovesBucket() {
            OpenItemIndex index = index(item(1, "A", "10.00"));

            index.updateOutstanding(invoiceId(1), eur("4.00"));

            assertThat(index.findByOutstanding(eur("10.00"), eur("10.00"), 5)).isEmpty();
            assertThat(ids(index.findByOutstanding(eur("4.00"), eur("4.00"), 5)))
                    .containsExactly(invoiceId(1));
            assertThat(index.find(invoiceId(1)).orElseThrow().outstanding()).isEqualTo(eur("4.00"));
        }

        @Test
        void zeroOutstandingRemovesItem() {
            OpenItemIndex index = index(withIban(item(1, "A", "10.00"), PAYER_IBAN));

            assertThat(index.updateOutstanding(invoiceId(1), eur("0.00"))).isTrue();

            assertThat(index.size()).isZero();
            assertThat(index.findByInvoiceNumber("A")).isEmpty();
            assertThat(index.counterpartiesByIban(PAYER_IBAN)).isEmpty();
            assertThat(index.openItemsOf(counterparty(1), 5)).isEmpty();
        }

        @Test
        void counterpartyStaysWhileAnItemRemains() {
            OpenItemIndex index =
                    index(
                            withIban(item(1, "A", "1.00"), PAYER_IBAN),
                            withIban(item(2, "B", "1.00"), PAYER_IBAN));

            index.remove(invoiceId(1));

            assertThat(index.counterpartiesByIban(PAYER_IBAN)).containsExactly(counterparty(1));
        }

        @Test
        void putReplacesSameInvoice() {
            OpenItemIndex index = index(item(1, "A", "1.00"));

            index.put(item(1, "B", "2.00"));

            assertThat(index.size()).isEqualTo(1);
            assertThat(index.findByInvoiceNumber("A")).isEmpty();
            assertThat(ids(index.findByInvoiceNumber("B"))).containsExactly(invoiceId(1));
        }

        @Test
        void numberKeySharedUntilLastRemoved() {
            OpenItemIndex index =
                    index(
                            withReference(item(1, "INV-0042", "1.00"), "RF18539007547034"),
                            withReference(item(2, "inv 42", "2.00"), "RF18539007547034"));

            index.remove(invoiceId(1));

            assertThat(ids(index.findByInvoiceNumber("INV42"))).containsExactly(invoiceId(2));
            assertThat(ids(index.findByPaymentReference("RF18539007547034")))
                    .containsExactly(invoiceId(2));

            index.remove(invoiceId(2));

            assertThat(index.findByInvoiceNumber("INV42")).isEmpty();
            assertThat(index.findByPaymentReference("RF18539007547034")).isEmpty();
        }

        @Test
        void manyNumbersSurviveRemovals() {
            OpenItemIndex index = new OpenItemIndex();
            for (int n = 1; n <= 2_000; n++) {
                index.put(item(n, "INV-" + n, "1.00"));
            }
            for (int n = 1; n <= 2_000; n += 2) {
                index.remove(invoiceId(n));
            }

            for (int n = 1; n <= 2_000; n++) {
                if (n % 2 == 0) {
                    assertThat(ids(index.findByInvoiceNumber("INV" + n)))
                            .containsExactly(invoiceId(n));
                } else {
                    assertThat(index.findByInvoiceNumber("INV" + n)).isEmpty();
                }
            }
        }

        @Test
        void unknownItemIsNotUpdated() {
            OpenItemIndex index = new OpenItemIndex();

            assertThat(index.updateOutstanding(invoiceId(9), eur("1.00"))).isFalse();
            assertThat(index.remove(invoiceId(9))).isFalse();
        }

        @Test
        void negativeOutstandingRejected() {
            OpenItemIndex index = index(item(1, "A", "1.00"));

            assertThatThrownBy(() -> index.updateOutstanding(invoiceId(1), eur("-1.00")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid outstanding: EUR -1; expected zero or more; zero closes the"
                                    + " item");
        }

        @Test
        void otherCurrencyRejected() {
            OpenItemIndex index = index(item(1, "A", "1.00"));

            assertThatThrownBy(() -> index.updateOutstanding(invoiceId(1), Lines.try_("1.00")))
                    .isInstanceOf(CurrencyMismatchException.class);
        }
    }
}
