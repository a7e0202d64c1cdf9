package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.creditNote;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.money;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.instrument.InstrumentId;
import io.github.tahsilat.instrument.InstrumentKind;
import io.github.tahsilat.invoice.CreditApplication;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.service.instrument.InstrumentReceipt;
import io.github.tahsilat.service.instrument.InstrumentRequest;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.util.List;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A credit note applied to an invoice that an uncleared cheque covers reaches only the uncovered
 * part, so the cheque still finds its cover open when it clears.
 */
class CoveredCreditTest {

    private final CompanyId companyId = CompanyId.random();
    private final Tahsilat engine = engine(InMemoryStores.create());
    private Counterparty customer;

    private static MonetaryAmount lira(String amount) {
        return money(amount, "TRY");
    }

    @ParameterizedTest(name = "invoice {0}, cheque {1}, note {2}")
    @CsvSource({
        // invoice, cheque, note, applied, note left, outstanding before clearing, credit after
        "0.01, 0.01, 0.01, 0.00, 0.01, 0.01, 0.01",
        "100.00, 60.00, 80.00, 40.00, 40.00, 60.00, 40.00",
        "100.00, 60.00, 30.00, 30.00, 0.00, 70.00, 0.00",
        "100.00, 150.00, 20.00, 0.00, 20.00, 100.00, 70.00",
    })
    void creditStopsAtChequeCover(
            String invoiceAmount,
            String chequeAmount,
            String noteAmount,
            String applied,
            String noteLeft,
            String outstandingBeforeClearing,
            String creditAfter) {
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
        Invoice invoice = issue(invoiceAmount);
        InstrumentReceipt cheque = receiveCheque(chequeAmount);
        CreditDocument note = recordNote(noteAmount);

        CreditApplication application =
                engine.creditDocuments().apply(companyId, note.id(), invoice.id());

        assertThat(application.applied()).isEqualTo(lira(applied));
        assertThat(application.remaining()).isEqualTo(lira(noteLeft));
        assertThat(outstanding(invoice)).isEqualTo(lira(outstandingBeforeClearing));

        engine.instruments().clear(companyId, cheque.instrument().id(), TODAY.plusDays(30));

        MonetaryAmount left =
                lira(invoiceAmount).subtract(lira(applied)).subtract(lira(chequeAmount));
        MonetaryAmount expectedOutstanding = left.isNegative() ? lira("0.00") : left;
        assertThat(outstanding(invoice)).isEqualTo(expectedOutstanding);
        assertThat(engine.invoices().find(companyId, invoice.id()).orElseThrow().invoice().status())
                .isEqualTo(
                        expectedOutstanding.isZero()
                                ? InvoiceStatus.PAID
                                : InvoiceStatus.PARTIALLY_PAID);
        assertThat(
                        engine.accounts()
                                .unappliedCredit(
                                        companyId, customer.id(), Monetary.getCurrency("TRY")))
                .isEqualTo(lira(creditAfter));
    }

    private Invoice issue(String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number("INV-1")
                        .direction(Direction.RECEIVABLE)
                        .issueDate(TODAY.minusDays(5))
                        .currency("TRY")
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(line("1", amount, "0"))
                        .build(CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private InstrumentReceipt receiveCheque(String amount) {
        InstrumentRequest request =
                new InstrumentRequest(
                        InstrumentId.random(),
                        companyId,
                        customer.id(),
                        InstrumentKind.CHEQUE,
                        "C-1",
                        "drawer",
                        TODAY,
                        TODAY.plusDays(30),
                        lira(amount));
        return engine.instruments()
                .receive(request, List.of(), AllocationPolicy.defaults().withTolerances(List.of()));
    }

    private CreditDocument recordNote(String amount) {
        CreditDocument note = creditNote(customer, "CN-1", "INV-1", amount);
        engine.creditDocuments().record(note, Optional.empty());
        return note;
    }

    private MonetaryAmount outstanding(Invoice invoice) {
        return engine.invoices()
                .find(companyId, invoice.id())
                .orElseThrow()
                .invoice()
                .outstanding();
    }
}
