package io.github.tahsilat.persistence.jdbc;

import io.github.tahsilat.persistence.spi.record.Direction;
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

/** Invoice records for the JDBC tests that write through the stores directly. */
final class InvoiceRecords {

    /** Issue date of every invoice built here. Each falls due 30 days later. */
    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    private InvoiceRecords() {}

    /**
     * Builds an open receivable, version 0, of a random counterparty, owed {@code outstanding} in
     * {@code currency}: one line of quantity 1 at that price, with no discount and no VAT.
     */
    static InvoiceRecord openReceivable(
            UUID companyId,
            UUID id,
            String number,
            String outstanding,
            String currency,
            WriteStamp stamp) {
        BigDecimal amount = new BigDecimal(outstanding);
        InvoiceLine line =
                new InvoiceLine(
                        "Service",
                        new BigDecimal("1"),
                        amount,
                        new BigDecimal("0"),
                        new BigDecimal("0.0"),
                        Optional.empty());
        InvoiceTotals totals =
                new InvoiceTotals(amount, List.of(), amount, amount.subtract(amount), amount);
        return new InvoiceRecord(
                companyId,
                id,
                0,
                Direction.RECEIVABLE,
                number,
                UUID.randomUUID(),
                currency,
                ISSUED,
                ISSUED.plusDays(30),
                List.of(line),
                List.of(),
                totals,
                amount,
                InvoiceStatus.OPEN,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty(),
                Optional.empty(),
                stamp);
    }
}
