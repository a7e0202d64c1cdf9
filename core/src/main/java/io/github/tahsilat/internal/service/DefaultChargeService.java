package io.github.tahsilat.internal.service;

import io.github.tahsilat.allocation.ItemComponent;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.money.AmountChecks;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.internal.persistence.ChargeBalance;
import io.github.tahsilat.internal.persistence.ChargeRepository;
import io.github.tahsilat.internal.persistence.CompanyRepository;
import io.github.tahsilat.internal.persistence.Coverage;
import io.github.tahsilat.internal.persistence.InstrumentRepository;
import io.github.tahsilat.internal.persistence.InvoiceRepository;
import io.github.tahsilat.internal.persistence.StoreContext;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.service.EventTypes;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.service.charge.ChargeService;
import io.github.tahsilat.service.charge.OpenCharges;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The charge service over the host's stores. Immutable and thread-safe. */
public final class DefaultChargeService implements ChargeService {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultChargeService.class);

    private final StoreContext context;
    private final CompanyRepository companies;
    private final InvoiceRepository invoices;
    private final ChargeRepository charges;
    private final InstrumentRepository instruments;

    /** Creates the service. */
    public DefaultChargeService(StoreContext context) {
        this.context = context;
        this.companies = new CompanyRepository(context);
        this.invoices = new InvoiceRepository(context);
        this.charges = new ChargeRepository(context);
        this.instruments = new InstrumentRepository(context);
    }

    @Override
    public OpenCharges openCharges(CompanyId companyId, InvoiceId invoiceId) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(invoiceId, "invoiceId", "the invoice's id");
        Invoice invoice = invoices.require(companyId, invoiceId).invoice();
        return toOpenCharges(invoice, open(invoice));
    }

    @Override
    public OpenCharges book(
            CompanyId companyId,
            InvoiceId invoiceId,
            ItemComponent component,
            MonetaryAmount amount,
            LocalDate valueDate,
            String reason) {
        checkRequest(companyId, invoiceId, component, valueDate, reason);
        MinorAmount units = AmountChecks.positive("amount", amount);
        OpenCharges after =
                context.write(
                        () -> {
                            Invoice invoice = receivable(companyId, invoiceId);
                            AmountChecks.inCurrency("charge", units, invoice.currency());
                            UUID documentId = UUID.randomUUID();
                            charges.book(
                                    companyId,
                                    invoice.counterpartyId(),
                                    invoiceId,
                                    component,
                                    units,
                                    valueDate,
                                    documentId,
                                    reason);
                            appendEvent(
                                    EventTypes.CHARGE_BOOKED,
                                    invoice,
                                    documentId,
                                    component,
                                    units,
                                    valueDate);
                            return toOpenCharges(invoice, open(invoice));
                        });
        LOG.debug("Company {} {} booked on invoice {}", companyId, component, invoiceId);
        return after;
    }

    @Override
    public OpenCharges waive(
            CompanyId companyId,
            InvoiceId invoiceId,
            ItemComponent component,
            MonetaryAmount amount,
            LocalDate valueDate,
            String reason) {
        checkRequest(companyId, invoiceId, component, valueDate, reason);
        MinorAmount units = AmountChecks.positive("amount", amount);
        OpenCharges after =
                context.write(
                        () -> {
                            StoredInvoice stored = lock(companyId, invoiceId);
                            Invoice invoice = stored.invoice();
                            AmountChecks.inCurrency("waive", units, invoice.currency());
                            ChargeBalance before = waivable(invoice);
                            if (units.compareTo(before.of(component)) > 0) {
                                throw new InvalidInputException(
                                        "amount",
                                        units,
                                        "at most the "
                                                + before.of(component)
                                                + " of open "
                                                + component.name().toLowerCase(Locale.ROOT)
                                                + " on invoice "
                                                + invoice.number()
                                                + " that no uncleared cheque or note covers");
                            }
                            waiveComponent(invoice, component, units, valueDate, reason);
                            return toOpenCharges(invoice, open(invoice));
                        });
        LOG.debug("Company {} {} waived on invoice {}", companyId, component, invoiceId);
        return after;
    }

    @Override
    public OpenCharges waiveAll(
            CompanyId companyId, InvoiceId invoiceId, LocalDate valueDate, String reason) {
        checkRequest(companyId, invoiceId, ItemComponent.FEE, valueDate, reason);
        OpenCharges after =
                context.write(
                        () -> {
                            Invoice invoice = lock(companyId, invoiceId).invoice();
                            ChargeBalance before = waivable(invoice);
                            for (ItemComponent component :
                                    new ItemComponent[] {
                                        ItemComponent.FEE, ItemComponent.INTEREST
                                    }) {
                                MinorAmount units = before.of(component);
                                if (units.isPositive()) {
                                    waiveComponent(invoice, component, units, valueDate, reason);
                                }
                            }
                            return toOpenCharges(invoice, open(invoice));
                        });
        LOG.debug("Company {} charges waived on invoice {}", companyId, invoiceId);
        return after;
    }

    private void waiveComponent(
            Invoice invoice,
            ItemComponent component,
            MinorAmount units,
            LocalDate valueDate,
            String reason) {
        UUID documentId = UUID.randomUUID();
        charges.waive(
                invoice.companyId(),
                invoice.counterpartyId(),
                invoice.id(),
                component,
                units,
                valueDate,
                documentId,
                reason);
        appendEvent(EventTypes.CHARGE_WAIVED, invoice, documentId, component, units, valueDate);
    }

    private static void checkRequest(
            CompanyId companyId,
            InvoiceId invoiceId,
            ItemComponent component,
            LocalDate valueDate,
            String reason) {
        InputChecks.present(companyId, "companyId", "the company's id");
        InputChecks.present(invoiceId, "invoiceId", "the invoice's id");
        InputChecks.present(component, "component", "FEE or INTEREST");
        if (component == ItemComponent.PRINCIPAL) {
            throw new InvalidInputException("component", component, "FEE or INTEREST");
        }
        InputChecks.present(valueDate, "valueDate", "the value date");
        InputChecks.text(reason, "reason", 500);
    }

    private Invoice receivable(CompanyId companyId, InvoiceId invoiceId) {
        Invoice invoice = invoices.require(companyId, invoiceId).invoice();
        if (invoice.direction() != Direction.RECEIVABLE) {
            throw new InvalidInputException(
                    "invoiceId", invoice.number(), "a receivable; payables carry no charges");
        }
        return invoice;
    }

    /**
     * Reads the invoice and writes it back unchanged, so that its version check keeps a payment
     * that settles the same charge from committing at the same time.
     */
    private StoredInvoice lock(CompanyId companyId, InvoiceId invoiceId) {
        StoredInvoice stored = invoices.require(companyId, invoiceId);
        return invoices.update(stored, stored.invoice(), companies.today(companyId));
    }

    private ChargeBalance open(Invoice invoice) {
        return charges.openCharges(
                invoice.companyId(), invoice.counterpartyId(), invoice.id(), invoice.currency());
    }

    /**
     * Returns the open charges less what uncleared instruments cover provisionally, because
     * clearing such an instrument settles its part of the charge.
     */
    private ChargeBalance waivable(Invoice invoice) {
        ChargeBalance open = open(invoice);
        MinorAmount fee = open.fee();
        MinorAmount interest = open.interest();
        Map<Integer, Coverage> covered =
                instruments
                        .coverage(invoice.companyId(), invoice.counterpartyId(), invoice.currency())
                        .getOrDefault(invoice.id(), Map.of());
        for (Coverage part : covered.values()) {
            fee = fee.minus(part.fee());
            interest = interest.minus(part.interest());
        }
        MinorAmount none = MinorAmount.zero(invoice.currency());
        return new ChargeBalance(fee.max(none), interest.max(none));
    }

    private static OpenCharges toOpenCharges(Invoice invoice, ChargeBalance balance) {
        return new OpenCharges(
                invoice.id(),
                balance.fee().toMonetaryAmount(),
                balance.interest().toMonetaryAmount());
    }

    private void appendEvent(
            String type,
            Invoice invoice,
            UUID documentId,
            ItemComponent component,
            MinorAmount amount,
            LocalDate valueDate) {
        context.appendEvent(
                invoice.companyId(),
                type,
                documentId,
                Map.of(
                        "invoiceId", invoice.id().toString(),
                        "counterpartyId", invoice.counterpartyId().toString(),
                        "component", component.name(),
                        "currency", amount.currencyCode(),
                        "amount", amount.toBigDecimal().toPlainString(),
                        "valueDate", valueDate.toString()));
    }
}
