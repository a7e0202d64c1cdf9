package io.github.tahsilat.testkit;

import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.Dispute;
import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A mutable copy of an invoice's components, so that tests change one and build a record. */
final class InvoiceDraft {
    UUID companyId;
    UUID id;
    long version;
    Direction direction;
    String number;
    UUID counterpartyId;
    String currency;
    LocalDate issueDate;
    LocalDate dueDate;
    List<InvoiceLine> lines;
    List<Installment> schedule;
    InvoiceTotals totals;
    BigDecimal outstanding;
    InvoiceStatus status;
    Optional<LocalDate> closedOn;
    Optional<Dispute> dispute;
    Optional<String> termsNotation;
    int lastDunningLevel;
    Optional<String> externalReference;
    Optional<String> idempotencyKey;
    WriteStamp lastWrite;

    static InvoiceDraft of(InvoiceRecord invoice) {
        InvoiceDraft draft = new InvoiceDraft();
        draft.companyId = invoice.companyId();
        draft.id = invoice.id();
        draft.version = invoice.version();
        draft.direction = invoice.direction();
        draft.number = invoice.number();
        draft.counterpartyId = invoice.counterpartyId();
        draft.currency = invoice.currency();
        draft.issueDate = invoice.issueDate();
        draft.dueDate = invoice.dueDate();
        draft.lines = invoice.lines();
        draft.schedule = invoice.schedule();
        draft.totals = invoice.totals();
        draft.outstanding = invoice.outstanding();
        draft.status = invoice.status();
        draft.closedOn = invoice.closedOn();
        draft.dispute = invoice.dispute();
        draft.termsNotation = invoice.termsNotation();
        draft.lastDunningLevel = invoice.lastDunningLevel();
        draft.externalReference = invoice.externalReference();
        draft.idempotencyKey = invoice.idempotencyKey();
        draft.lastWrite = invoice.lastWrite();
        return draft;
    }

    InvoiceRecord build() {
        return new InvoiceRecord(
                companyId,
                id,
                version,
                direction,
                number,
                counterpartyId,
                currency,
                issueDate,
                dueDate,
                lines,
                schedule,
                totals,
                outstanding,
                status,
                closedOn,
                dispute,
                termsNotation,
                lastDunningLevel,
                externalReference,
                idempotencyKey,
                lastWrite);
    }
}
