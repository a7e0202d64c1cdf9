package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.allocation.AllocationPolicy;
import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.engine.Tahsilat;
import io.github.tahsilat.fx.FixedRateTable;
import io.github.tahsilat.fx.ForeignCurrencyBalance;
import io.github.tahsilat.fx.VatBasis;
import io.github.tahsilat.fx.spi.FxRate;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceLine;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.payment.Payment;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.account.RefundReceipt;
import io.github.tahsilat.service.account.RefundRequest;
import io.github.tahsilat.service.charge.OpenCharges;
import io.github.tahsilat.service.fx.Revaluation;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.service.payment.ExchangeDifferenceVat;
import io.github.tahsilat.service.payment.ForeignPaymentReceipt;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Charges of one invoice, refunds of credit-note credit and exchange differences through the engine
 * on PostgreSQL, where they read a single invoice's ledger entries by its index.
 */
class CreditAndCurrencyOnPostgresTest {

    @RegisterExtension static final PostgresFixture DATABASE = PostgresFixture.shared();

    private static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);
    private static final LocalDate MONTH_END = LocalDate.of(2026, 1, 31);
    private static final LocalDate PAID = LocalDate.of(2026, 2, 20);
    private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
    private static final CurrencyUnit TRY = Monetary.getCurrency("TRY");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Stores stores = DATABASE.stores();
    private final Tahsilat engine = PostgresFixture.engine(stores, NOW);
    private final CompanyId companyId = CompanyId.random();
    private Counterparty customer;

    @BeforeEach
    void registerCustomer() {
        PostgresFixture.registerCompany(engine, companyId, RoundingMode.HALF_UP);
        customer = PostgresFixture.registerCustomer(engine, companyId, "Ege Boya Ltd.");
    }

    private Invoice issued(String number, String currency, String amount) {
        Invoice invoice =
                Invoice.builder()
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .number(number)
                        .direction(Direction.RECEIVABLE)
                        .issueDate(ISSUED)
                        .currency(currency)
                        .terms(PaymentTermsNotation.parse("NET 30"))
                        .line(
                                InvoiceLine.of(
                                        "Boya",
                                        BigDecimal.ONE,
                                        new BigDecimal(amount),
                                        BigDecimal.ZERO))
                        .build(PostgresFixture.CONTEXT);
        engine.invoices().issue(InvoiceRequest.of(invoice));
        return invoice;
    }

    private static MonetaryAmount money(String amount, CurrencyUnit currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    @Test
    void invoiceChargesReadOwnEntries() {
        Invoice first = issued("INV-1", "TRY", "100.00");
        Invoice second = issued("INV-2", "TRY", "50.00");
        engine.charges()
                .book(
                        companyId,
                        first.id(),
                        ItemComponent.FEE,
                        money("10.00", TRY),
                        PAID,
                        "dunning level 2");
        engine.charges()
                .book(
                        companyId,
                        second.id(),
                        ItemComponent.INTEREST,
                        money("0.41", TRY),
                        PAID,
                        "late interest");

        OpenCharges open = engine.charges().openCharges(companyId, first.id());

        assertThat(open.fee()).isEqualTo(money("10.00", TRY));
        assertThat(open.interest()).isEqualTo(money("0.00", TRY));
        assertThat(engine.charges().openCharges(companyId, second.id()).interest())
                .isEqualTo(money("0.41", TRY));
    }

    @Test
    void creditNoteRestRefunded() {
        Invoice invoice = issued("INV-1", "TRY", "60.00");
        CreditDocument note =
                CreditDocument.builder()
                        .kind(CreditDocumentKind.CREDIT_NOTE)
                        .number("CN-1")
                        .companyId(companyId)
                        .counterpartyId(customer.id())
                        .direction(Direction.RECEIVABLE)
                        .issueDate(ISSUED)
                        .reference(InvoiceReference.toNumber("INV-1"))
                        .currency("TRY")
                        .line(
                                InvoiceLine.of(
                                        "İade",
                                        BigDecimal.ONE,
                                        new BigDecimal("100.00"),
                                        BigDecimal.ZERO))
                        .build(PostgresFixture.CONTEXT);
        engine.creditDocuments().record(note, Optional.empty());
        engine.creditDocuments().apply(companyId, note.id(), invoice.id());

        RefundReceipt receipt =
                engine.accounts()
                        .refund(
                                new RefundRequest(
                                        UUID.randomUUID(),
                                        companyId,
                                        customer.id(),
                                        PAID,
                                        money("40.00", TRY),
                                        "credit note paid back"));

        assertThat(receipt.creditLeft()).isEqualTo(money("0.00", TRY));
        assertThat(
                        engine.creditDocuments()
                                .find(companyId, note.id())
                                .orElseThrow()
                                .document()
                                .unapplied())
                .isEqualTo(money("0.00", TRY));
        assertThat(engine.payments().balance(companyId, customer.id(), TRY, PAID, NOW))
                .isEqualTo(money("0.00", TRY));
    }

    @Test
    void revaluedItemPaidAtHigherRate() {
        Invoice invoice = issued("EXP-1", "EUR", "1000.00");
        FixedRateTable rates =
                FixedRateTable.of(
                        new FxRate(EUR, TRY, new BigDecimal("35.00"), ISSUED),
                        new FxRate(EUR, TRY, new BigDecimal("36.00"), MONTH_END),
                        new FxRate(EUR, TRY, new BigDecimal("36.50"), PAID));

        Revaluation revaluation = engine.exchangeDifferences().revalue(companyId, MONTH_END, rates);
        ForeignPaymentReceipt receipt =
                engine.payments()
                        .record(
                                Payment.builder()
                                        .companyId(companyId)
                                        .counterpartyId(customer.id())
                                        .valueDate(PAID)
                                        .amount(money("1000.00", EUR))
                                        .actor("clerk-7")
                                        .build(),
                                List.of(),
                                AllocationPolicy.defaults(),
                                rates,
                                new ExchangeDifferenceVat(
                                        new BigDecimal("20"), VatBasis.EXCLUSIVE));

        assertThat(revaluation.items().get(0).difference().amount())
                .isEqualTo(money("1000.00", TRY));
        assertThat(receipt.differences().get(0).difference().amount())
                .isEqualTo(money("500.00", TRY));
        assertThat(receipt.proposals().get(0).gross()).isEqualTo(money("600.00", TRY));
        ForeignCurrencyBalance closed =
                engine.exchangeDifferences().carrying(companyId, invoice.id(), rates);
        assertThat(closed.open()).isEqualTo(money("0.00", EUR));
        assertThat(closed.carrying()).isEqualTo(money("0.00", TRY));
    }
}
