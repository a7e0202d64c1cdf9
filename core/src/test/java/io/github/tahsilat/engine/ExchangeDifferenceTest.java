package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.fx.ExchangeDifferenceInvoice;
import io.github.tahsilat.fx.ExchangeDifferenceKind;
import io.github.tahsilat.fx.FixedRateTable;
import io.github.tahsilat.fx.ForeignCurrencyBalance;
import io.github.tahsilat.fx.MissingRateException;
import io.github.tahsilat.fx.VatBasis;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.ledger.LedgerStateException;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.record.EventRecord;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.fx.ItemExchangeDifference;
import io.github.tahsilat.service.fx.Revaluation;
import io.github.tahsilat.service.fx.RevaluationReversal;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.ExchangeDifferenceVat;
import io.github.tahsilat.service.payment.ForeignPaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeDifferenceTest {

    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final LocalDate ISSUED = TODAY.minusDays(40);
    private static final LocalDate MONTH_END = TODAY.minusDays(20);
    private static final LocalDate PAID = TODAY.minusDays(5);
    private static final ExchangeDifferenceVat VAT =
            new ExchangeDifferenceVat(new BigDecimal("20"), VatBasis.EXCLUSIVE);

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;
    private Counterparty customer;
    private Invoice invoice;

    @BeforeEach
    void issueEuroInvoice() {
        stores = InMemoryStores.create();
        engine = engine(stores);
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
        invoice = issued("EXP-1", "EUR", "1000.00");
    }

    private Invoice issued(String number, String currency, String amount) {
        Invoice issued =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(ISSUED)
                        .currency(currency)
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(issued));
        return issued;
    }

    /** EUR/TRY at 35.00 on the issue date, then the given rates at month end and on payment. */
    private static FixedRateTable rates(String monthEnd, String paid) {
        return FixedRateTable.of(
                new FxRate(EUR, TRY, new BigDecimal("35.00"), ISSUED),
                new FxRate(EUR, TRY, new BigDecimal(monthEnd), MONTH_END),
                new FxRate(EUR, TRY, new BigDecimal(paid), PAID));
    }

    private static MonetaryAmount euro(String amount) {
        return money(amount, "EUR");
    }

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private ForeignPaymentReceipt pay(String amount, FixedRateTable rates) {
        return engine.payments()
                .record(
                        Payment.builder()
                                .companyId(companyId)
                                .counterpartyId(customer.id())
                                .valueDate(PAID)
                                .amount(euro(amount))
                                .actor("clerk-7")
                                .build(),
                        List.of(),
                        AllocationPolicy.defaults().withTolerances(List.of()),
                        rates,
                        VAT);
    }

    private ForeignCurrencyBalance carrying(FixedRateTable rates) {
        return engine.exchangeDifferences().carrying(companyId, invoice.id(), rates);
    }

    private List<EventRecord> events(String type) {
        return stores.events().readAfter(companyId.value(), 0, 1000).items().stream()
                .filter(event -> event.type().equals(type))
                .toList();
    }

    private List<LedgerEntryRecord> exchangeEntries() {
        return stores.ledger().findByInvoice(companyId.value(), invoice.id().value()).stream()
                .filter(entry -> entry.kind() == LedgerEntryKind.EXCHANGE_DIFFERENCE)
                .toList();
    }

    @Nested
    class RevaluedThenPaid {

        @Test
        void recognizedAtIssueRate() {
            ForeignCurrencyBalance balance = carrying(rates("36.00", "36.50"));

            assertThat(balance.open()).isEqualTo(euro("1000.00"));
            assertThat(balance.carrying()).isEqualTo(lira("35000.00"));
        }

        @Test
        void revaluationBooksUnrealizedDifference() {
            FixedRateTable rates = rates("36.00", "36.50");

            Revaluation revaluation =
                    engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);

            assertThat(revaluation.items()).hasSize(1);
            ItemExchangeDifference item = revaluation.items().get(0);
            assertThat(item.difference().kind()).isEqualTo(ExchangeDifferenceKind.UNREALIZED);
            assertThat(item.difference().amount()).isEqualTo(lira("1000.00"));
            assertThat(item.open()).isEqualTo(euro("1000.00"));
            assertThat(item.carrying()).isEqualTo(lira("36000.00"));
            assertThat(carrying(rates).carrying()).isEqualTo(lira("36000.00"));
            assertThat(exchangeEntries()).hasSize(1);
            assertThat(exchangeEntries().get(0).currency()).isEqualTo("TRY");
            assertThat(exchangeEntries().get(0).amount()).isEqualByComparingTo("1000.00");
            assertThat(exchangeEntries().get(0).balanceEffect()).isEqualByComparingTo("0");
            assertThat(events(EventTypes.EXCHANGE_DIFFERENCE_BOOKED).get(0).payload())
                    .containsEntry("kind", "UNREALIZED")
                    .containsEntry("amount", "1000.00")
                    .containsEntry("carrying", "36000.00");
        }

        @Test
        void paymentRealizesFromRevaluedAmount() {
            FixedRateTable rates = rates("36.00", "36.50");
            engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);

            ForeignPaymentReceipt receipt = pay("1000.00", rates);

            assertThat(receipt.receipt().allocation().applied()).isEqualTo(euro("1000.00"));
            assertThat(receipt.receipt().allocation().unapplied()).isEqualTo(euro("0.00"));
            assertThat(receipt.differences()).hasSize(1);
            ItemExchangeDifference item = receipt.differences().get(0);
            assertThat(item.difference().kind()).isEqualTo(ExchangeDifferenceKind.REALIZED);
            assertThat(item.difference().amount()).isEqualTo(lira("500.00"));
            assertThat(item.open()).isEqualTo(euro("0.00"));
            assertThat(item.carrying()).isEqualTo(lira("0.00"));
            assertThat(
                            engine.invoices()
                                    .find(companyId, invoice.id())
                                    .orElseThrow()
                                    .invoice()
                                    .status())
                    .isEqualTo(InvoiceStatus.PAID);
        }

        @Test
        void closedItemHasZeroInBoth() {
            FixedRateTable rates = rates("36.00", "36.50");
            engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);
            pay("1000.00", rates);

            ForeignCurrencyBalance balance = carrying(rates);

            assertThat(balance.open()).isEqualTo(euro("0.00"));
            assertThat(balance.carrying()).isEqualTo(lira("0.00"));
            assertThat(engine.payments().balance(companyId, customer.id(), EUR, TODAY, NOW))
                    .isEqualTo(euro("0.00"));
            assertThat(engine.payments().balance(companyId, customer.id(), TRY, TODAY, NOW))
                    .isEqualTo(lira("0.00"));
        }

        @Test
        void kurFarkiProposedNotBooked() {
            FixedRateTable rates = rates("36.00", "36.50");
            engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);

            ForeignPaymentReceipt receipt = pay("1000.00", rates);

            assertThat(receipt.proposals()).hasSize(1);
            ExchangeDifferenceInvoice proposal = receipt.proposals().get(0);
            assertThat(proposal.direction()).isEqualTo(Direction.RECEIVABLE);
            assertThat(proposal.referenceNumber()).isEqualTo("EXP-1");
            assertThat(proposal.net()).isEqualTo(lira("500.00"));
            assertThat(proposal.vatRate()).isEqualByComparingTo("20");
            assertThat(proposal.vat()).isEqualTo(lira("100.00"));
            assertThat(proposal.gross()).isEqualTo(lira("600.00"));
            assertThat(events(EventTypes.EXCHANGE_DIFFERENCE_INVOICE_PROPOSED).get(0).payload())
                    .containsEntry("referenceNumber", "EXP-1")
                    .containsEntry("net", "500.00")
                    .containsEntry("vat", "100.00")
                    .containsEntry("gross", "600.00");
            assertThat(engine.invoices().findByNumber(companyId, Direction.RECEIVABLE, "EXP-1"))
                    .isPresent();
            assertThat(
                            stores
                                    .ledger()
                                    .entriesOf(
                                            companyId.value(),
                                            customer.id().value(),
                                            "TRY",
                                            ISSUED,
                                            TODAY,
                                            io.github.tahsilat.persistence.spi.PageRequest.first(
                                                    100))
                                    .items()
                                    .stream()
                                    .filter(entry -> entry.kind() == LedgerEntryKind.INVOICE))
                    .isEmpty();
        }
    }

    @Nested
    class DifferenceTable {

        @ParameterizedTest
        @CsvSource({
            // month-end rate, payment rate, paid EUR, unrealized, realized, open EUR, carrying TRY
            "36.00, 36.50, 1000.00,  1000.00,   500.00,    0.00,     0.00",
            "34.00, 36.50, 1000.00, -1000.00,  2500.00,    0.00,     0.00",
            "36.00, 36.50,  400.00,  1000.00,   200.00,  600.00, 21600.00",
            "36.00, 35.50, 1000.00,  1000.00,  -500.00,    0.00,     0.00",
            "36.00, 35.00,  250.00,  1000.00,  -250.00,  750.00, 27000.00",
            "35.00, 35.00, 1000.00,     0.00,     0.00,    0.00,     0.00",
        })
        void revaluedItemPaidAtRate(
                String monthEnd,
                String paymentRate,
                String paid,
                String unrealized,
                String realized,
                String open,
                String carryingLeft) {
            FixedRateTable rates = rates(monthEnd, paymentRate);

            Revaluation revaluation =
                    engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);
            ForeignPaymentReceipt receipt = pay(paid, rates);

            MonetaryAmount booked =
                    revaluation.items().isEmpty()
                            ? lira("0.00")
                            : revaluation.items().get(0).difference().amount();
            assertThat(booked).isEqualTo(lira(unrealized));
            assertThat(receipt.differences().get(0).difference().amount())
                    .isEqualTo(lira(realized));
            assertThat(receipt.differences().get(0).open()).isEqualTo(euro(open));
            assertThat(receipt.differences().get(0).carrying()).isEqualTo(lira(carryingLeft));
            assertThat(carrying(rates).open()).isEqualTo(euro(open));
            assertThat(carrying(rates).carrying()).isEqualTo(lira(carryingLeft));
            assertThat(receipt.proposals()).hasSize(realized.equals("0.00") ? 0 : 1);
        }

        @Test
        void paymentWithoutRevaluation() {
            ForeignPaymentReceipt receipt = pay("1000.00", rates("36.00", "36.50"));

            assertThat(receipt.differences().get(0).difference().amount())
                    .isEqualTo(lira("1500.00"));
        }

        @Test
        void lossProposedFromCustomer() {
            ForeignPaymentReceipt receipt = pay("1000.00", rates("36.00", "34.40"));

            assertThat(receipt.differences().get(0).difference().amount())
                    .isEqualTo(lira("-600.00"));
            assertThat(receipt.proposals().get(0).direction()).isEqualTo(Direction.PAYABLE);
            assertThat(receipt.proposals().get(0).net()).isEqualTo(lira("600.00"));
        }
    }

    @Nested
    class Revaluations {

        @Test
        void secondRunAtSameRateChangesNothing() {
            FixedRateTable rates = rates("36.00", "36.50");
            engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);

            Revaluation again = engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);

            assertThat(again.items()).isEmpty();
            assertThat(exchangeEntries()).hasSize(1);
        }

        @Test
        void functionalCurrencyItemsSkipped() {
            issued("DOM-1", "TRY", "500.00");

            Revaluation revaluation =
                    engine.exchangeDifferences()
                            .revalue(companyId, MONTH_END, rates("36.00", "36.50"));

            assertThat(revaluation.items())
                    .extracting(ItemExchangeDifference::number)
                    .containsExactly("EXP-1");
        }

        @Test
        void missingRateWritesNothing() {
            FixedRateTable issueRateOnly =
                    FixedRateTable.of(new FxRate(EUR, TRY, new BigDecimal("35.00"), ISSUED));
            long before = stores.events().readAfter(companyId.value(), 0, 1000).items().size();

            assertThatThrownBy(
                            () ->
                                    engine.exchangeDifferences()
                                            .revalue(companyId, ISSUED.minusDays(1), issueRateOnly))
                    .isInstanceOf(MissingRateException.class);
            assertThat(exchangeEntries()).isEmpty();
            assertThat(stores.events().readAfter(companyId.value(), 0, 1000).items())
                    .hasSize((int) before);
        }
    }

    @Nested
    class Reversal {

        @Test
        void reversalRestoresRevaluedCarrying() {
            FixedRateTable rates = rates("36.00", "36.50");
            engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);
            ForeignPaymentReceipt receipt = pay("400.00", rates);

            engine.payments()
                    .reverse(companyId, receipt.receipt().payment().id(), PAID, "bank return");

            assertThat(carrying(rates).open()).isEqualTo(euro("1000.00"));
            assertThat(carrying(rates).carrying()).isEqualTo(lira("36000.00"));
            List<LedgerEntryRecord> entries =
                    stores
                            .ledger()
                            .findByDocument(
                                    companyId.value(), receipt.receipt().payment().id().value())
                            .stream()
                            .filter(entry -> entry.kind() == LedgerEntryKind.EXCHANGE_DIFFERENCE)
                            .toList();
            assertThat(entries).hasSize(2);
            assertThat(entries.get(1).amount()).isEqualByComparingTo("-200.00");
            assertThat(entries.get(1).reverses()).contains(entries.get(0).id());
        }

        @Test
        void paymentAfterReversalRealizesAgain() {
            FixedRateTable rates = rates("36.00", "36.50");
            engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);
            ForeignPaymentReceipt first = pay("400.00", rates);
            engine.payments()
                    .reverse(companyId, first.receipt().payment().id(), PAID, "bank return");

            ForeignPaymentReceipt second = pay("1000.00", rates);

            assertThat(second.differences().get(0).difference().amount()).isEqualTo(lira("500.00"));
            assertThat(carrying(rates).carrying()).isEqualTo(lira("0.00"));
        }
    }

    @Nested
    class RevaluationReversals {

        private final FixedRateTable rates = rates("36.00", "36.50");

        private RevaluationReversal reverse(Revaluation revaluation) {
            return engine.exchangeDifferences()
                    .reverseRevaluation(
                            companyId, revaluation.revaluationId(), TODAY, "rate corrected", rates);
        }

        @Test
        void reversalRestoresCarrying() {
            Revaluation revaluation =
                    engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);

            RevaluationReversal reversal = reverse(revaluation);

            assertThat(reversal.repeated()).isFalse();
            assertThat(reversal.date()).isEqualTo(TODAY);
            assertThat(reversal.items()).hasSize(1);
            ItemExchangeDifference item = reversal.items().get(0);
            assertThat(item.difference().kind()).isEqualTo(ExchangeDifferenceKind.UNREALIZED);
            assertThat(item.difference().amount()).isEqualTo(lira("-1000.00"));
            assertThat(item.difference().date()).isEqualTo(TODAY);
            assertThat(item.open()).isEqualTo(euro("1000.00"));
            assertThat(item.carrying()).isEqualTo(lira("35000.00"));
            assertThat(carrying(rates).carrying()).isEqualTo(lira("35000.00"));
        }

        @Test
        void counterEntryTakesBackEntry() {
            Revaluation revaluation =
                    engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);

            reverse(revaluation);

            List<LedgerEntryRecord> entries = exchangeEntries();
            assertThat(entries).hasSize(2);
            assertThat(entries.get(1).documentId()).isEqualTo(revaluation.revaluationId());
            assertThat(entries.get(1).reverses()).contains(entries.get(0).id());
            assertThat(entries.get(1).amount()).isEqualByComparingTo("-1000.00");
            assertThat(entries.get(1).balanceEffect()).isEqualByComparingTo("0");
            assertThat(entries.get(1).valueDate()).isEqualTo(TODAY);
            assertThat(entries.get(1).note()).isEqualTo("rate corrected");
        }

        @Test
        void reversalAppendsEvents() {
            Revaluation revaluation =
                    engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);

            reverse(revaluation);

            assertThat(events(EventTypes.EXCHANGE_DIFFERENCE_REVERSED)).hasSize(1);
            assertThat(events(EventTypes.EXCHANGE_DIFFERENCE_REVERSED).get(0).payload())
                    .containsEntry("number", "EXP-1")
                    .containsEntry("currency", "TRY")
                    .containsEntry("amount", "-1000.00")
                    .containsEntry("open", "1000.00")
                    .containsEntry("carrying", "35000.00");
            assertThat(events(EventTypes.REVALUATION_REVERSED)).hasSize(1);
            assertThat(events(EventTypes.REVALUATION_REVERSED).get(0).payload())
                    .containsEntry("revaluationId", revaluation.revaluationId().toString())
                    .containsEntry("revaluedOn", MONTH_END.toString())
                    .containsEntry("date", TODAY.toString())
                    .containsEntry("items", "1");
        }

        @Test
        void repeatedReversalWritesNothing() {
            Revaluation revaluation =
                    engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);
            reverse(revaluation);

            RevaluationReversal again = reverse(revaluation);

            assertThat(again.repeated()).isTrue();
            assertThat(again.items()).isEmpty();
            assertThat(again.date()).isEqualTo(TODAY);
            assertThat(exchangeEntries()).hasSize(2);
            assertThat(events(EventTypes.REVALUATION_REVERSED)).hasSize(1);
            assertThat(carrying(rates).carrying()).isEqualTo(lira("35000.00"));
        }

        @Test
        void paymentAfterReversalRealizesFromIssue() {
            reverse(engine.exchangeDifferences().revalue(companyId, MONTH_END, rates));

            ForeignPaymentReceipt receipt = pay("1000.00", rates);

            assertThat(receipt.differences()).hasSize(1);
            assertThat(receipt.differences().get(0).difference().amount())
                    .isEqualTo(lira("1500.00"));
            assertThat(carrying(rates).carrying()).isEqualTo(lira("0.00"));
        }

        @Test
        void laterPaymentBlocksReversal() {
            Revaluation revaluation =
                    engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);
            pay("400.00", rates);

            assertThatThrownBy(() -> reverse(revaluation))
                    .isInstanceOf(LedgerStateException.class)
                    .hasMessageContaining(revaluation.revaluationId().toString())
                    .hasMessageContaining("EXP-1");
            assertThat(exchangeEntries()).hasSize(2);
            assertThat(events(EventTypes.REVALUATION_REVERSED)).isEmpty();
        }

        @Test
        void reversedPaymentAllowsReversal() {
            Revaluation revaluation =
                    engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);
            ForeignPaymentReceipt paid = pay("400.00", rates);
            engine.payments()
                    .reverse(companyId, paid.receipt().payment().id(), TODAY, "bank return");

            RevaluationReversal reversal = reverse(revaluation);

            assertThat(reversal.items().get(0).difference().amount()).isEqualTo(lira("-1000.00"));
            assertThat(carrying(rates).open()).isEqualTo(euro("1000.00"));
            assertThat(carrying(rates).carrying()).isEqualTo(lira("35000.00"));
        }

        @Test
        void laterRevaluationBlocksReversal() {
            Revaluation first = engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);
            Revaluation second = engine.exchangeDifferences().revalue(companyId, PAID, rates);

            assertThatThrownBy(() -> reverse(first)).isInstanceOf(LedgerStateException.class);

            reverse(second);
            reverse(first);

            assertThat(carrying(rates).carrying()).isEqualTo(lira("35000.00"));
        }

        @Test
        void unknownRevaluationNotFound() {
            assertThatThrownBy(
                            () ->
                                    engine.exchangeDifferences()
                                            .reverseRevaluation(
                                                    companyId,
                                                    java.util.UUID.randomUUID(),
                                                    TODAY,
                                                    "rate corrected",
                                                    rates))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("revaluation");
        }

        @Test
        void dateBeforeRevaluationRejected() {
            Revaluation revaluation =
                    engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);

            assertThatThrownBy(
                            () ->
                                    engine.exchangeDifferences()
                                            .reverseRevaluation(
                                                    companyId,
                                                    revaluation.revaluationId(),
                                                    MONTH_END.minusDays(1),
                                                    "rate corrected",
                                                    rates))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(MONTH_END.toString());
            assertThat(exchangeEntries()).hasSize(1);
        }
    }

    @Nested
    class FunctionalCurrency {

        @Test
        void liraPaymentBooksNoDifference() {
            issued("DOM-1", "TRY", "500.00");

            ForeignPaymentReceipt receipt =
                    engine.payments()
                            .record(
                                    Payment.builder()
                                            .companyId(companyId)
                                            .counterpartyId(customer.id())
                                            .valueDate(PAID)
                                            .amount(lira("500.00"))
                                            .actor("clerk-7")
                                            .build(),
                                    List.of(),
                                    AllocationPolicy.defaults(),
                                    rates("36.00", "36.50"),
                                    VAT);

            assertThat(receipt.differences()).isEmpty();
            assertThat(receipt.proposals()).isEmpty();
            assertThat(events(EventTypes.EXCHANGE_DIFFERENCE_BOOKED)).isEmpty();
        }
    }
}
