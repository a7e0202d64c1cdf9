package io.github.tahsilat.engine;

import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Records and stores that engine tests write through the SPI directly, past the services. */
final class StoredRecords {

    private StoredRecords() {}

    /**
     * Builds an open receivable invoice record, version 0, as an import would store it: no lines,
     * no schedule, terms "NET 30", and {@code amount} as both total and outstanding amount.
     */
    static InvoiceRecord importedInvoice(
            UUID companyId,
            UUID id,
            String number,
            UUID counterpartyId,
            String currency,
            LocalDate issueDate,
            LocalDate dueDate,
            BigDecimal amount) {
        return new InvoiceRecord(
                companyId,
                id,
                0,
                Direction.RECEIVABLE,
                number,
                counterpartyId,
                currency,
                issueDate,
                dueDate,
                List.of(),
                List.of(),
                new InvoiceTotals(amount, List.of(), amount, BigDecimal.ZERO, amount),
                amount,
                InvoiceStatus.OPEN,
                Optional.empty(),
                Optional.empty(),
                Optional.of("NET 30"),
                0,
                Optional.empty(),
                Optional.empty(),
                new WriteStamp(Actor.system("import"), EngineFixtures.NOW));
    }
}
