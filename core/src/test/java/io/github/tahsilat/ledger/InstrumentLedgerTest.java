package io.github.tahsilat.ledger;

import static io.github.tahsilat.ledger.LedgerFixtures.COMPANY;
import static io.github.tahsilat.ledger.LedgerFixtures.CUSTOMER;
import static io.github.tahsilat.ledger.LedgerFixtures.at;
import static io.github.tahsilat.ledger.LedgerFixtures.instant;
import static io.github.tahsilat.ledger.LedgerFixtures.invoice;
import static io.github.tahsilat.ledger.LedgerFixtures.ledger;
import static io.github.tahsilat.ledger.LedgerFixtures.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.instrument.Instrument;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.instrument.InstrumentStateException;
import io.github.tahsilat.instrument.InstrumentStatus;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InstrumentLedgerTest {

    private static final LocalDate MATURITY = LocalDate.parse("2025-04-30");

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    private static Instrument cheque(String amount) {
        return Instrument.received(
                InstrumentId.random(),
                COMPANY,
                CUSTOMER,
                InstrumentKind.CHEQUE,
                "0012345",
                "Örnek Ltd., Ziraat Bankası",
                LocalDate.parse("2025-02-01"),
                MATURITY,
                lira(amount),
                "clerk-7",
                instant(1));
    }

    private final Invoice invoice = invoice("INV-1", "2025-01-15", "1000.00", "TRY");

    private CounterpartyLedger withCheque(Instrument cheque) {
        return ledger("TRY")
                .addInvoice(invoice, at(0))
                .receiveInstrument(cheque, List.of(), AllocationPolicy.defaults(), at(1));
    }

    @Nested
    class Receipt {

        @Test
        void creditsAccountAtOnce() {
            CounterpartyLedger ledger = withCheque(cheque("1000.00"));

            ItemBalance item = ledger.item(invoice.id()).orElseThrow();
            assertThat(ledger.balance()).isEqualTo(lira("0.00"));
            assertThat(item.outstanding()).isEqualTo(lira("0.00"));
            assertThat(item.provisional()).isEqualTo(lira("1000.00"));
            assertThat(item.uncollected()).isEqualTo(lira("1000.00"));
            assertThat(ledger.portfolioAmount()).isEqualTo(lira("1000.00"));
            assertThat(ledger.risk()).isEqualTo(lira("1000.00"));
        }

        @Test
        void clearingMakesItFinal() {
            Instrument cheque = cheque("1000.00");
            CounterpartyLedger ledger =
                    withCheque(cheque)
                            .moveInstrument(
                                    cheque.id(), InstrumentStatus.CLEARED, MATURITY, "", at(2));

            ItemBalance item = ledger.item(invoice.id()).orElseThrow();
            assertThat(item.provisional()).isEqualTo(lira("0.00"));
            assertThat(item.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(ledger.portfolio()).isEmpty();
            assertThat(ledger.risk()).isEqualTo(lira("0.00"));
        }

        @Test
        void endorsedStaysInRisk() {
            Instrument cheque = cheque("1000.00");
            CounterpartyLedger ledger =
                    withCheque(cheque)
                            .moveInstrument(
                                    cheque.id(),
                                    InstrumentStatus.ENDORSED,
                                    LocalDate.parse("2025-02-10"),
                                    "Tedarikçi A.Ş.",
                                    at(2));

            assertThat(ledger.instrument(cheque.id()).orElseThrow().status())
                    .isEqualTo(InstrumentStatus.ENDORSED);
            assertThat(ledger.risk()).isEqualTo(lira("1000.00"));
            LedgerEntry step = ledger.entries().get(ledger.entries().size() - 1);
            assertThat(step.note()).isEqualTo("ENDORSED Tedarikçi A.Ş.");
            assertThat(step.balanceEffect()).isEqualTo(lira("0.00"));
        }
    }

    @Nested
    class Bounce {

        @Test
        void unpaidPartReturnsWithFee() {
            Instrument cheque = cheque("1000.00");
            CounterpartyLedger ledger =
                    withCheque(cheque)
                            .bounceInstrument(
                                    cheque.id(),
                                    MATURITY,
                                    lira("300.00"),
                                    Optional.of(lira("50.00")),
                                    "karşılıksız",
                                    at(2));

            ItemBalance item = ledger.item(invoice.id()).orElseThrow();
            assertThat(item.principal()).isEqualTo(lira("700.00"));
            assertThat(item.fee()).isEqualTo(lira("50.00"));
            assertThat(item.provisional()).isEqualTo(lira("0.00"));
            assertThat(ledger.balance()).isEqualTo(lira("750.00"));
            assertThat(ledger.portfolio()).isEmpty();
            assertThat(ledger.instrument(cheque.id()).orElseThrow().paidOnBounce())
                    .isEqualTo(lira("300.00"));
        }

        @Test
        void fullBounceRestoresInvoice() {
            Instrument cheque = cheque("1000.00");
            CounterpartyLedger ledger =
                    withCheque(cheque)
                            .bounceInstrument(
                                    cheque.id(),
                                    MATURITY,
                                    lira("0.00"),
                                    Optional.empty(),
                                    "karşılıksız",
                                    at(2));

            assertThat(ledger.item(invoice.id()).orElseThrow().status())
                    .isEqualTo(InvoiceStatus.OPEN);
            assertThat(ledger.balance()).isEqualTo(lira("1000.00"));
            assertThat(ledger.unappliedCredit(io.github.tahsilat.invoice.Direction.RECEIVABLE))
                    .isEqualTo(lira("0.00"));
        }

        @Test
        void bounceAfterClearingRejected() {
            Instrument cheque = cheque("1000.00");
            CounterpartyLedger ledger =
                    withCheque(cheque)
                            .moveInstrument(
                                    cheque.id(), InstrumentStatus.CLEARED, MATURITY, "", at(2));

            assertThatThrownBy(
                            () ->
                                    ledger.bounceInstrument(
                                            cheque.id(),
                                            MATURITY,
                                            lira("0.00"),
                                            Optional.empty(),
                                            "late",
                                            at(3)))
                    .isInstanceOf(InstrumentStateException.class);
        }

        @Test
        void unclearedCreditNotRefundable() {
            Instrument cheque = cheque("1500.00");
            CounterpartyLedger ledger = withCheque(cheque);

            assertThatThrownBy(
                            () ->
                                    ledger.refund(
                                            cheque.id().value(),
                                            lira("500.00"),
                                            MATURITY,
                                            "asked",
                                            at(2)))
                    .isInstanceOf(LedgerStateException.class);
        }
    }
}
