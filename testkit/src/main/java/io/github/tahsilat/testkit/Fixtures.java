package io.github.tahsilat.testkit;

import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.AllocationRecord;
import io.github.tahsilat.persistence.spi.record.BankAccount;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import io.github.tahsilat.persistence.spi.record.CompanySettings;
import io.github.tahsilat.persistence.spi.record.ContactDetails;
import io.github.tahsilat.persistence.spi.record.CounterpartyKind;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.CreditDocumentKind;
import io.github.tahsilat.persistence.spi.record.CreditDocumentRecord;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.Dispute;
import io.github.tahsilat.persistence.spi.record.EarlyPaymentDiscount;
import io.github.tahsilat.persistence.spi.record.Erasure;
import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InstrumentKind;
import io.github.tahsilat.persistence.spi.record.InstrumentRecord;
import io.github.tahsilat.persistence.spi.record.InstrumentStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.LedgerEntryKind;
import io.github.tahsilat.persistence.spi.record.LedgerEntryRecord;
import io.github.tahsilat.persistence.spi.record.NewEvent;
import io.github.tahsilat.persistence.spi.record.PaymentDirection;
import io.github.tahsilat.persistence.spi.record.PaymentMethod;
import io.github.tahsilat.persistence.spi.record.PaymentRecord;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.TaxIdType;
import io.github.tahsilat.persistence.spi.record.VatRounding;
import io.github.tahsilat.persistence.spi.record.VatTotal;
import io.github.tahsilat.persistence.spi.record.Withholding;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Sample records for the contract tests, with amounts whose scale a store must keep. */
final class Fixtures {

    static final WriteStamp STAMP =
            new WriteStamp(Actor.user("kit-user"), Instant.parse("2026-01-05T09:00:00Z"));
    static final LocalDate ISSUED = LocalDate.of(2026, 1, 5);
    static final String IBAN = "TR330006100519786457841326";
    static final String OTHER_IBAN = "TR320010009999901234567890";
    static final TaxId TCKN = new TaxId(TaxIdType.TCKN, "10000000146");
    static final TaxId VKN = new TaxId(TaxIdType.VKN, "1234567890");

    private Fixtures() {}

    static CompanyRecord company(UUID companyId) {
        CompanySettings settings =
                new CompanySettings(
                        "Örnek Tekstil A.Ş.",
                        "TRY",
                        "Europe/Istanbul",
                        "HALF_UP",
                        VatRounding.PER_LINE,
                        Optional.of("9876543210"),
                        Optional.of("0123456789012345"),
                        List.of(new BankAccount(IBAN, "Ziraat Bankası", "TRY")),
                        "TR");
        return new CompanyRecord(companyId, 0, settings, STAMP);
    }

    static CounterpartyRecord person(UUID companyId, String externalReference) {
        return new CounterpartyRecord(
                companyId,
                UUID.randomUUID(),
                0,
                CounterpartyKind.CUSTOMER,
                "Ayşe Yılmaz",
                Optional.of(TCKN),
                List.of(IBAN),
                "tr-TR",
                Optional.of("retail"),
                false,
                Optional.empty(),
                new ContactDetails(
                        Optional.of("ayse@example.com"),
                        Optional.of("+90 212 555 01 01"),
                        Optional.of("Moda Cad. 1, Kadıköy, İstanbul")),
                true,
                Erasure.NONE,
                Optional.of(externalReference),
                STAMP);
    }

    static CounterpartyRecord firm(UUID companyId, List<String> ibans) {
        return new CounterpartyRecord(
                companyId,
                UUID.randomUUID(),
                0,
                CounterpartyKind.BOTH,
                "Deniz Lojistik Ltd. Şti.",
                Optional.of(VKN),
                ibans,
                "en-GB",
                Optional.empty(),
                true,
                Optional.of("credit limit exceeded"),
                ContactDetails.NONE,
                false,
                Erasure.NONE,
                Optional.empty(),
                STAMP);
    }

    /** Returns an open receivable of 1,200.00 TRY gross with one line and two installments. */
    static InvoiceRecord invoice(
            UUID companyId, UUID counterpartyId, String number, LocalDate dueDate) {
        InvoiceLine line =
                new InvoiceLine(
                        "Pamuklu kumaş",
                        new BigDecimal("1.500"),
                        new BigDecimal("666.666700"),
                        new BigDecimal("0.00"),
                        new BigDecimal("20.00"),
                        Optional.of(new Withholding("616", 5, 10)));
        List<Installment> schedule =
                List.of(
                        new Installment(
                                1,
                                dueDate,
                                new BigDecimal("600.00"),
                                List.of(
                                        new EarlyPaymentDiscount(
                                                new BigDecimal("2.0"),
                                                ISSUED.plusDays(10),
                                                new BigDecimal("12.00")))),
                        new Installment(
                                2, dueDate.plusDays(30), new BigDecimal("500.00"), List.of()));
        InvoiceTotals totals =
                new InvoiceTotals(
                        new BigDecimal("1000.00"),
                        List.of(
                                new VatTotal(
                                        new BigDecimal("20.00"),
                                        new BigDecimal("1000.00"),
                                        new BigDecimal("200.00"))),
                        new BigDecimal("1200.00"),
                        new BigDecimal("100.00"),
                        new BigDecimal("1100.00"));
        return new InvoiceRecord(
                companyId,
                UUID.randomUUID(),
                0,
                Direction.RECEIVABLE,
                number,
                counterpartyId,
                "TRY",
                ISSUED,
                dueDate,
                List.of(line),
                schedule,
                totals,
                new BigDecimal("1100.00"),
                InvoiceStatus.OPEN,
                Optional.empty(),
                Optional.of(new Dispute("wrong colour", ISSUED.plusDays(3), Optional.empty())),
                Optional.of("NET30"),
                1,
                Optional.of("ERP-" + number),
                Optional.of("key-" + number),
                STAMP);
    }

    /** Returns a minimal open invoice for bulk tests: no lines, no keys, 10.00 TRY open. */
    static InvoiceRecord bulkInvoice(
            UUID companyId, UUID counterpartyId, String number, LocalDate dueDate) {
        return new InvoiceRecord(
                companyId,
                UUID.randomUUID(),
                0,
                Direction.RECEIVABLE,
                number,
                counterpartyId,
                "TRY",
                ISSUED,
                dueDate,
                List.of(),
                List.of(),
                new InvoiceTotals(
                        new BigDecimal("10.00"),
                        List.of(),
                        new BigDecimal("10.00"),
                        new BigDecimal("0.00"),
                        new BigDecimal("10.00")),
                new BigDecimal("10.00"),
                InvoiceStatus.OPEN,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty(),
                Optional.empty(),
                STAMP);
    }

    /** Returns a copy settled in full on {@code closedOn}. */
    static InvoiceRecord paid(InvoiceRecord invoice, LocalDate closedOn) {
        InvoiceDraft draft = InvoiceDraft.of(invoice);
        draft.outstanding = invoice.outstanding().subtract(invoice.outstanding());
        draft.status = InvoiceStatus.PAID;
        draft.closedOn = Optional.of(closedOn);
        return draft.build();
    }

    static CreditDocumentRecord creditNote(
            UUID companyId,
            UUID counterpartyId,
            String number,
            Optional<UUID> invoiceId,
            String remainingCredit) {
        return new CreditDocumentRecord(
                companyId,
                UUID.randomUUID(),
                0,
                CreditDocumentKind.CREDIT_NOTE,
                Direction.RECEIVABLE,
                number,
                counterpartyId,
                invoiceId,
                invoiceId.map(id -> "INV-1"),
                ISSUED,
                "TRY",
                new BigDecimal("150.00"),
                new BigDecimal(remainingCredit),
                Optional.of("key-" + number),
                STAMP);
    }

    static NewEvent event(String type, UUID aggregateId) {
        return new NewEvent(
                UUID.randomUUID(),
                type,
                aggregateId,
                Map.of("amount", "1100.00", "currency", "TRY"),
                STAMP.at(),
                STAMP.actor());
    }

    /**
     * A received bank transfer of {@code amount} in {@code currency}, keyed {@code key}, all of it
     * unapplied, with zero charges at the amount's scale.
     */
    static PaymentRecord payment(
            UUID companyId, UUID counterpartyId, String key, String amount, String currency) {
        BigDecimal value = new BigDecimal(amount);
        return new PaymentRecord(
                companyId,
                UUID.randomUUID(),
                0,
                counterpartyId,
                PaymentDirection.RECEIVED,
                ISSUED,
                currency,
                value,
                BigDecimal.ZERO.setScale(value.scale()),
                PaymentMethod.BANK_TRANSFER,
                "INV-1 INV-2",
                Optional.of(key),
                value,
                Optional.empty(),
                STAMP);
    }

    /** Returns {@code payment} with another unapplied amount, at the version it was read. */
    static PaymentRecord withUnapplied(PaymentRecord payment, String unapplied) {
        return new PaymentRecord(
                payment.companyId(),
                payment.id(),
                payment.version(),
                payment.counterpartyId(),
                payment.direction(),
                payment.valueDate(),
                payment.currency(),
                payment.amount(),
                payment.charges(),
                payment.method(),
                payment.remittance(),
                payment.idempotencyKey(),
                new BigDecimal(unapplied),
                payment.reversedOn(),
                payment.lastWrite());
    }

    /** An allocation of {@code principal} TRY from a source to an invoice. */
    static AllocationRecord allocation(
            UUID companyId, UUID sourceId, UUID invoiceId, String principal) {
        BigDecimal zero = new BigDecimal("0.00");
        return new AllocationRecord(
                companyId,
                UUID.randomUUID(),
                sourceId,
                UUID.randomUUID(),
                invoiceId,
                1,
                ISSUED,
                "TRY",
                new BigDecimal("1.50"),
                zero,
                new BigDecimal(principal),
                new BigDecimal("0.10"),
                zero,
                "COSTS_INTEREST_PRINCIPAL",
                Optional.empty(),
                STAMP);
    }

    /** A ledger entry of a counterparty to append, with sequence 0. */
    static LedgerEntryRecord entry(
            UUID companyId,
            UUID counterpartyId,
            LedgerEntryKind kind,
            LocalDate valueDate,
            Instant recordedAt,
            String effect) {
        return entry(
                companyId,
                counterpartyId,
                kind,
                valueDate,
                recordedAt,
                effect,
                Optional.of(UUID.randomUUID()));
    }

    /** A ledger entry of a counterparty to append, with sequence 0, on the given invoice. */
    static LedgerEntryRecord entry(
            UUID companyId,
            UUID counterpartyId,
            LedgerEntryKind kind,
            LocalDate valueDate,
            Instant recordedAt,
            String effect,
            Optional<UUID> invoiceId) {
        BigDecimal value = new BigDecimal(effect);
        return new LedgerEntryRecord(
                companyId,
                UUID.randomUUID(),
                0,
                counterpartyId,
                "TRY",
                kind,
                valueDate,
                recordedAt,
                value.abs(),
                value,
                UUID.randomUUID(),
                invoiceId,
                invoiceId.map(invoice -> "PRINCIPAL"),
                "note",
                Optional.empty(),
                Actor.user("kit-user"));
    }

    /** A cheque of {@code amount} TRY in the portfolio, maturing on {@code maturity}. */
    static InstrumentRecord cheque(
            UUID companyId, UUID counterpartyId, LocalDate maturity, String amount) {
        BigDecimal value = new BigDecimal(amount);
        return new InstrumentRecord(
                companyId,
                UUID.randomUUID(),
                0,
                counterpartyId,
                InstrumentKind.CHEQUE,
                "0012345",
                "Örnek Ltd., Ziraat Bankası",
                ISSUED,
                maturity,
                "TRY",
                value,
                BigDecimal.ZERO.setScale(value.scale()),
                InstrumentStatus.IN_PORTFOLIO,
                "",
                STAMP);
    }
}
