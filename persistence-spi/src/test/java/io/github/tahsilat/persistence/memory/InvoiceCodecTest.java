package io.github.tahsilat.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.Direction;
import io.github.tahsilat.persistence.spi.record.Dispute;
import io.github.tahsilat.persistence.spi.record.EarlyPaymentDiscount;
import io.github.tahsilat.persistence.spi.record.Installment;
import io.github.tahsilat.persistence.spi.record.InvoiceLine;
import io.github.tahsilat.persistence.spi.record.InvoiceRecord;
import io.github.tahsilat.persistence.spi.record.InvoiceStatus;
import io.github.tahsilat.persistence.spi.record.InvoiceTotals;
import io.github.tahsilat.persistence.spi.record.PriceBasis;
import io.github.tahsilat.persistence.spi.record.VatTotal;
import io.github.tahsilat.persistence.spi.record.Withholding;
import io.github.tahsilat.persistence.spi.record.WithholdingTotal;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InvoiceCodecTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    @Nested
    class RoundTrip {

        @Test
        void repeatedDecimalsDecodeEqual() {
            BigDecimal gross = new BigDecimal("120.00");
            InvoiceRecord invoice = invoice(lines(1), gross, new BigDecimal("0.00"));

            assertThat(decode(invoice)).isEqualTo(invoice);
        }

        @Test
        void equalValuesKeepTheirScales() {
            // 0, 0.00 and 0.000 are equal in value but not as BigDecimal, so a reference to an
            // earlier decimal must not change a scale.
            InvoiceRecord invoice = invoice(lines(1), new BigDecimal("120.00"), BigDecimal.ZERO);

            InvoiceRecord decoded = decode(invoice);

            assertThat(decoded.settled().scale()).isZero();
            assertThat(decoded.outstanding().scale()).isEqualTo(2);
            assertThat(decoded.totals().withheld().scale()).isEqualTo(2);
        }

        @Test
        void unscaledValueBeyondLongDecodes() {
            BigDecimal huge = new BigDecimal("123456789012345678901234567890.12");
            InvoiceRecord invoice = invoice(lines(1), huge, huge);

            assertThat(decode(invoice)).isEqualTo(invoice);
        }

        @Test
        void decimalsBeyondReferenceTableDecode() {
            // Forty lines write far more than the 32 decimals a later one can refer to.
            InvoiceRecord invoice = invoice(lines(40), new BigDecimal("7.77"), BigDecimal.ZERO);

            assertThat(decode(invoice)).isEqualTo(invoice);
        }

        @Test
        void datesBeforeAndAfterDueDecode() {
            InvoiceRecord invoice = invoice(lines(1), new BigDecimal("10.00"), BigDecimal.ZERO);

            InvoiceRecord decoded = decode(invoice);

            assertThat(decoded.schedule().get(0).discounts().get(0).lastDay())
                    .isEqualTo(DUE.minusDays(400));
            assertThat(decoded.dispute().orElseThrow().raisedOn()).isEqualTo(DUE.plusDays(500));
        }

        @Test
        void numberReadsWithoutDecoding() {
            InvoiceRecord invoice = invoice(lines(1), new BigDecimal("10.00"), BigDecimal.ZERO);

            assertThat(InvoiceCodec.number(InvoiceCodec.encode(invoice))).isEqualTo("INV-7");
        }
    }

    @Nested
    class Size {

        @Test
        void repeatedAmountsCostOneByteEach() {
            InvoiceRecord distinct =
                    invoice(lines(1), new BigDecimal("120.00"), new BigDecimal("5.55"));
            InvoiceRecord repeated = withSettled(distinct, new BigDecimal("120.00"));

            int difference =
                    InvoiceCodec.encode(repeated).length - InvoiceCodec.encode(distinct).length;

            // 5.55 takes three bytes (a header and two of value), a reference to 120.00 one.
            assertThat(difference).isEqualTo(-2);
        }
    }

    private static InvoiceRecord decode(InvoiceRecord invoice) {
        byte[] encoded = InvoiceCodec.encode(invoice);
        return InvoiceCodec.decode(
                encoded,
                new InvoiceCodec.Columns(
                        invoice.companyId(),
                        invoice.id(),
                        invoice.version(),
                        invoice.direction(),
                        invoice.counterpartyId(),
                        invoice.currency(),
                        invoice.issueDate(),
                        invoice.dueDate(),
                        invoice.status(),
                        invoice.lastDunningLevel()));
    }

    private static List<InvoiceLine> lines(int count) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(
                    new InvoiceLine(
                            "Line " + i,
                            new BigDecimal(i + 1),
                            BigDecimal.valueOf(1000 + i, 2),
                            BigDecimal.ZERO,
                            Optional.of(BigDecimal.valueOf(i, 3)),
                            new BigDecimal("20"),
                            Optional.of(new Withholding("602", 5, 10))));
        }
        return lines;
    }

    private static InvoiceRecord invoice(
            List<InvoiceLine> lines, BigDecimal gross, BigDecimal settled) {
        BigDecimal zero = new BigDecimal("0.00");
        InvoiceTotals totals =
                new InvoiceTotals(
                        gross,
                        List.of(new VatTotal(new BigDecimal("20"), gross, zero)),
                        gross,
                        zero,
                        List.of(new WithholdingTotal("602", 5, 10, zero)),
                        gross);
        Installment installment =
                new Installment(
                        1,
                        DUE,
                        gross,
                        List.of(
                                new EarlyPaymentDiscount(
                                        new BigDecimal("2"), DUE.minusDays(400), zero)));
        return new InvoiceRecord(
                new UUID(1, 1),
                new UUID(2, 2),
                3,
                Direction.RECEIVABLE,
                "INV-7",
                new UUID(4, 4),
                "EUR",
                LocalDate.of(2026, 3, 1),
                DUE,
                PriceBasis.VAT_EXCLUSIVE,
                lines,
                List.of(installment),
                totals,
                Optional.of(totals),
                gross,
                settled,
                zero,
                zero,
                InvoiceStatus.OPEN,
                Optional.empty(),
                Optional.of(new Dispute("damaged goods", DUE.plusDays(500), Optional.empty())),
                Optional.of("NET30"),
                2,
                Optional.of("ref-9"),
                Optional.empty(),
                new WriteStamp(Actor.system("import"), Instant.parse("2026-03-01T10:15:30.5Z")));
    }

    private static InvoiceRecord withSettled(InvoiceRecord invoice, BigDecimal settled) {
        return new InvoiceRecord(
                invoice.companyId(),
                invoice.id(),
                invoice.version(),
                invoice.direction(),
                invoice.number(),
                invoice.counterpartyId(),
                invoice.currency(),
                invoice.issueDate(),
                invoice.dueDate(),
                invoice.priceBasis(),
                invoice.lines(),
                invoice.schedule(),
                invoice.totals(),
                invoice.computedTotals(),
                invoice.outstanding(),
                settled,
                invoice.credited(),
                invoice.writtenOff(),
                invoice.status(),
                invoice.closedOn(),
                invoice.dispute(),
                invoice.termsNotation(),
                invoice.lastDunningLevel(),
                invoice.externalReference(),
                invoice.idempotencyKey(),
                invoice.lastWrite());
    }
}
