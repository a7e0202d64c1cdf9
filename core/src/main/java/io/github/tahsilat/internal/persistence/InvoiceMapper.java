package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.internal.money.MinorAmount;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.Dispute;
import io.github.tahsilat.invoice.Invoice;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceState;
import io.github.tahsilat.invoice.InvoiceStatus;
import io.github.tahsilat.invoice.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.EarlyPaymentDiscount;
import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.OpenItemView;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.service.OpenItem;
import io.github.tahsilat.service.StoredInvoice;
import io.github.tahsilat.terms.DueSchedule;
import io.github.tahsilat.terms.PaymentTermsNotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Maps an {@link Invoice} to and from an {@link InvoiceRecord}.
 *
 * <p>The record's {@code totals} are the invoice's {@link Invoice#totals()}, printed or computed,
 * and {@code computedTotals} is present exactly when the invoice has printed totals. Payment terms
 * are stored in their notation ({@link io.github.tahsilat.terms.PaymentTerms#toNotation()}).
 */
final class InvoiceMapper {

    static final String TYPE = "InvoiceRecord";

    private InvoiceMapper() {}

    /**
     * The parts of an invoice record that the store keeps around the domain value.
     *
     * @param closedOn the day the invoice stopped being open, or empty while open
     * @param lastDunningLevel the highest dunning level sent
     * @param externalReference the host's own key, or empty
     * @param idempotencyKey the key of the creating request, or empty
     */
    record Bookkeeping(
            Optional<LocalDate> closedOn,
            int lastDunningLevel,
            Optional<String> externalReference,
            Optional<String> idempotencyKey) {}

    static InvoiceRecord toRecord(
            Invoice invoice, long version, Bookkeeping bookkeeping, WriteStamp stamp) {
        return Conversions.toRecord("invoice", () -> build(invoice, version, bookkeeping, stamp));
    }

    private static InvoiceRecord build(
            Invoice invoice, long version, Bookkeeping bookkeeping, WriteStamp stamp) {
        Optional<InvoiceTotals> printed = invoice.printedTotals();
        return new InvoiceRecord(
                invoice.companyId().value(),
                invoice.id().value(),
                version,
                io.github.tahsilat.persistence.spi.record.Direction.valueOf(
                        invoice.direction().name()),
                invoice.number(),
                invoice.counterpartyId().value(),
                invoice.currency().getCurrencyCode(),
                invoice.issueDate(),
                dueDate(invoice),
                DocumentMapper.priceBasis(invoice.priceBasis()),
                DocumentMapper.lines(invoice.lines()),
                schedule(invoice.dueSchedule()),
                DocumentMapper.totals(invoice.totals()),
                printed.map(p -> DocumentMapper.totals(invoice.computedTotals())),
                Amounts.minorScale(invoice.outstanding()),
                Amounts.minorScale(invoice.settledAmount()),
                Amounts.minorScale(invoice.creditedAmount()),
                Amounts.minorScale(invoice.writtenOffAmount()),
                io.github.tahsilat.persistence.spi.record.InvoiceStatus.valueOf(
                        invoice.status().name()),
                bookkeeping.closedOn(),
                invoice.dispute()
                        .map(
                                dispute ->
                                        new io.github.tahsilat.persistence.spi.record.Dispute(
                                                dispute.reason(),
                                                dispute.startDate(),
                                                dispute.resolution())),
                Optional.of(invoice.terms().toNotation()),
                bookkeeping.lastDunningLevel(),
                bookkeeping.externalReference(),
                bookkeeping.idempotencyKey(),
                stamp);
    }

    /**
     * Returns the due date the open-item queries sort by: that of the earliest installment with an
     * amount outstanding, or the final due date when nothing is outstanding.
     */
    static LocalDate dueDate(Invoice invoice) {
        return invoice.installmentBalances(invoice.issueDate()).stream()
                .filter(balance -> balance.outstanding().isPositive())
                .map(balance -> balance.dueDate())
                .findFirst()
                .orElse(invoice.dueSchedule().finalDueDate());
    }

    private static List<Installment> schedule(DueSchedule schedule) {
        return schedule.installments().stream()
                .map(
                        installment ->
                                new Installment(
                                        installment.number(),
                                        installment.dueDate(),
                                        Amounts.minorScale(installment.amount()),
                                        installment.discounts().stream()
                                                .map(
                                                        d ->
                                                                new EarlyPaymentDiscount(
                                                                        d.percent(),
                                                                        d.lastDay(),
                                                                        Amounts.minorScale(
                                                                                d.discount())))
                                                .toList()))
                .toList();
    }

    static StoredInvoice toStored(InvoiceRecord record) {
        return Conversions.fromRecord(
                TYPE,
                record.id(),
                () ->
                        new StoredInvoice(
                                Invoice.restore(state(record)),
                                record.version(),
                                record.dueDate(),
                                record.closedOn(),
                                record.externalReference(),
                                record.idempotencyKey(),
                                record.lastDunningLevel()));
    }

    static Bookkeeping bookkeeping(InvoiceRecord record) {
        return new Bookkeeping(
                record.closedOn(),
                record.lastDunningLevel(),
                record.externalReference(),
                record.idempotencyKey());
    }

    private static InvoiceState state(InvoiceRecord record) {
        CurrencyUnit currency = Amounts.currency(record.currency());
        InvoiceTotals totals = DocumentMapper.totals(record.totals(), currency);
        Optional<InvoiceTotals> computed =
                record.computedTotals().map(t -> DocumentMapper.totals(t, currency));
        String notation =
                record.termsNotation()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "missing termsNotation; expected payment terms"
                                                        + " such as NET 30"));
        return new InvoiceState(
                new InvoiceId(record.id()),
                new CompanyId(record.companyId()),
                new CounterpartyId(record.counterpartyId()),
                record.number(),
                Direction.valueOf(record.direction().name()),
                record.issueDate(),
                currency,
                DocumentMapper.priceBasis(record.priceBasis()),
                PaymentTermsNotation.parse(notation),
                DocumentMapper.lines(record.lines(), currency),
                computed.orElse(totals),
                computed.isPresent() ? Optional.of(totals) : Optional.empty(),
                schedule(record.schedule(), currency),
                InvoiceStatus.valueOf(record.status().name()),
                Amounts.money(record.settled(), currency),
                Amounts.money(record.credited(), currency),
                Amounts.money(record.writtenOff(), currency),
                record.dispute()
                        .map(
                                dispute ->
                                        new Dispute(
                                                dispute.reason(),
                                                dispute.raisedOn(),
                                                dispute.resolvedOn().orElse(null))));
    }

    private static DueSchedule schedule(List<Installment> installments, CurrencyUnit currency) {
        return new DueSchedule(
                installments.stream()
                        .map(
                                installment ->
                                        new DueSchedule.Installment(
                                                installment.number(),
                                                installment.dueDate(),
                                                Amounts.money(installment.amount(), currency),
                                                installment.discounts().stream()
                                                        .map(
                                                                d ->
                                                                        new DueSchedule
                                                                                .EarlyPaymentDiscount(
                                                                                d.percent(),
                                                                                d.lastDay(),
                                                                                Amounts.money(
                                                                                        d.amount(),
                                                                                        currency)))
                                                        .toList()))
                        .toList());
    }

    static OpenItem openItem(OpenItemView view) {
        return Conversions.fromRecord(
                "OpenItemView",
                view.itemId(),
                () -> {
                    CurrencyUnit currency = Amounts.currency(view.currency());
                    BigDecimal outstanding =
                            BigDecimal.valueOf(
                                    view.openMinor(), MinorAmount.fractionDigits(currency));
                    return new OpenItem(
                            new InvoiceId(view.itemId()),
                            new CounterpartyId(view.counterpartyId()),
                            LocalDate.ofEpochDay(view.issueEpochDay()),
                            LocalDate.ofEpochDay(view.dueEpochDay()),
                            Amounts.money(outstanding, currency),
                            Direction.valueOf(view.direction().name()),
                            view.disputed(),
                            view.lastDunningLevel());
                });
    }
}
