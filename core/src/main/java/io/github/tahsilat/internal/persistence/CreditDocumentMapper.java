package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.invoice.CreditDocument;
import io.github.tahsilat.invoice.CreditDocumentId;
import io.github.tahsilat.invoice.CreditDocumentKind;
import io.github.tahsilat.invoice.CreditDocumentState;
import io.github.tahsilat.invoice.Direction;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.invoice.InvoiceReference;
import io.github.tahsilat.invoice.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.CreditDocumentRecord;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.service.StoredCreditDocument;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;

/**
 * Maps a {@link CreditDocument} to and from a {@link CreditDocumentRecord}. The record's amount is
 * the document's {@link CreditDocument#amount()} and its remaining credit the unapplied amount.
 */
final class CreditDocumentMapper {

    static final String TYPE = "CreditDocumentRecord";

    private CreditDocumentMapper() {}

    static CreditDocumentRecord toRecord(
            CreditDocument document,
            long version,
            Optional<String> idempotencyKey,
            WriteStamp stamp) {
        return Conversions.toRecord(
                "creditDocument",
                () ->
                        new CreditDocumentRecord(
                                document.companyId().value(),
                                document.id().value(),
                                version,
                                io.github.tahsilat.persistence.spi.record.CreditDocumentKind
                                        .valueOf(document.kind().name()),
                                io.github.tahsilat.persistence.spi.record.Direction.valueOf(
                                        document.direction().name()),
                                document.number(),
                                document.counterpartyId().value(),
                                document.reference().id().map(InvoiceId::value),
                                document.reference().number(),
                                document.issueDate(),
                                document.currency().getCurrencyCode(),
                                DocumentMapper.priceBasis(document.priceBasis()),
                                DocumentMapper.lines(document.lines()),
                                Optional.of(DocumentMapper.totals(document.totals())),
                                document.printedTotals()
                                        .map(p -> DocumentMapper.totals(document.computedTotals())),
                                Amounts.minorScale(document.amount()),
                                Amounts.minorScale(document.unapplied()),
                                idempotencyKey,
                                stamp));
    }

    static StoredCreditDocument toStored(CreditDocumentRecord record) {
        return Conversions.fromRecord(
                TYPE,
                record.id(),
                () ->
                        new StoredCreditDocument(
                                CreditDocument.restore(state(record)),
                                record.version(),
                                record.idempotencyKey()));
    }

    private static CreditDocumentState state(CreditDocumentRecord record) {
        CurrencyUnit currency = Amounts.currency(record.currency());
        var storedTotals =
                record.totals()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "missing totals; expected the lines and totals"
                                                        + " of the document"));
        InvoiceTotals totals = DocumentMapper.totals(storedTotals, currency);
        if (storedTotals.receivable().compareTo(record.amount()) != 0) {
            throw new IllegalArgumentException(
                    "invalid amount: "
                            + record.amount().toPlainString()
                            + "; expected the receivable of the totals, "
                            + storedTotals.receivable().toPlainString());
        }
        Optional<InvoiceTotals> computed =
                record.computedTotals().map(t -> DocumentMapper.totals(t, currency));
        BigDecimal applied = record.amount().subtract(record.remainingCredit());
        return new CreditDocumentState(
                new CreditDocumentId(record.id()),
                CreditDocumentKind.valueOf(record.kind().name()),
                record.number(),
                new CompanyId(record.companyId()),
                new CounterpartyId(record.counterpartyId()),
                Direction.valueOf(record.direction().name()),
                record.issueDate(),
                new InvoiceReference(
                        record.referencedInvoiceId().map(InvoiceId::new).orElse(null),
                        record.referencedInvoiceNumber().orElse(null)),
                currency,
                DocumentMapper.priceBasis(record.priceBasis()),
                DocumentMapper.lines(record.lines(), currency),
                computed.orElse(totals),
                computed.isPresent() ? Optional.of(totals) : Optional.empty(),
                Amounts.money(applied, currency));
    }
}
