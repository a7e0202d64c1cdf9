package io.github.tahsilat.persistence.memory;

import io.github.tahsilat.persistence.spi.record.Actor;
import io.github.tahsilat.persistence.spi.record.ActorKind;
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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Encodes the parts of an {@link InvoiceRecord} that the open-item queries do not read into a byte
 * array, and decodes them back into an equal record.
 *
 * <p>The store keeps the id, counterparty, currency, dates, status, direction, version and dunning
 * level in primitive columns, so they are not encoded. Numbers are variable-length (zigzag for
 * signed values), texts UTF-8 with their length, and dates days from the invoice's due date. A
 * {@link BigDecimal} is its scale and unscaled value, which keeps the scale it was given, or the
 * position of an equal decimal written earlier in the same record, because an invoice repeats its
 * net, gross and zero amounts several times. The invoice number comes first, so {@link #number}
 * reads it without decoding the rest.
 */
final class InvoiceCodec {

    private static final PriceBasis[] PRICE_BASES = PriceBasis.values();
    private static final ActorKind[] ACTOR_KINDS = ActorKind.values();

    private InvoiceCodec() {}

    /** The columns of a record that the codec does not encode. */
    record Columns(
            UUID companyId,
            UUID id,
            long version,
            Direction direction,
            UUID counterpartyId,
            String currency,
            LocalDate issueDate,
            LocalDate dueDate,
            InvoiceStatus status,
            int lastDunningLevel) {}

    static byte[] encode(InvoiceRecord invoice) {
        Writer out = new Writer(invoice.dueDate().toEpochDay());
        out.text(invoice.number());
        out.unsigned(invoice.priceBasis().ordinal());
        out.list(invoice.lines(), line -> line(out, line));
        out.list(invoice.schedule(), installment -> installment(out, installment));
        totals(out, invoice.totals());
        out.optional(invoice.computedTotals(), totals -> totals(out, totals));
        out.decimal(invoice.outstanding());
        out.decimal(invoice.settled());
        out.decimal(invoice.credited());
        out.decimal(invoice.writtenOff());
        out.optional(invoice.closedOn(), out::date);
        out.optional(invoice.dispute(), dispute -> dispute(out, dispute));
        out.optional(invoice.termsNotation(), out::text);
        out.optional(invoice.externalReference(), out::text);
        out.optional(invoice.idempotencyKey(), out::text);
        out.unsigned(invoice.lastWrite().actor().kind().ordinal());
        out.text(invoice.lastWrite().actor().id());
        out.signed(invoice.lastWrite().at().getEpochSecond());
        out.unsigned(invoice.lastWrite().at().getNano());
        return out.toByteArray();
    }

    /** Returns the invoice number of an encoded record. */
    static String number(byte[] encoded) {
        return new Reader(encoded, 0).text();
    }

    static InvoiceRecord decode(byte[] encoded, Columns columns) {
        Reader in = new Reader(encoded, columns.dueDate().toEpochDay());
        String number = in.text();
        PriceBasis priceBasis = PRICE_BASES[in.unsignedInt()];
        List<InvoiceLine> lines = in.list(() -> line(in));
        List<Installment> schedule = in.list(() -> installment(in));
        InvoiceTotals totals = totals(in);
        Optional<InvoiceTotals> computedTotals = in.optional(() -> totals(in));
        BigDecimal outstanding = in.decimal();
        BigDecimal settled = in.decimal();
        BigDecimal credited = in.decimal();
        BigDecimal writtenOff = in.decimal();
        Optional<LocalDate> closedOn = in.optional(in::date);
        Optional<Dispute> dispute = in.optional(() -> dispute(in));
        Optional<String> termsNotation = in.optional(in::text);
        Optional<String> externalReference = in.optional(in::text);
        Optional<String> idempotencyKey = in.optional(in::text);
        Actor actor = new Actor(ACTOR_KINDS[in.unsignedInt()], in.text());
        long seconds = in.signed();
        Instant at = Instant.ofEpochSecond(seconds, in.unsignedInt());
        return new InvoiceRecord(
                columns.companyId(),
                columns.id(),
                columns.version(),
                columns.direction(),
                number,
                columns.counterpartyId(),
                columns.currency(),
                columns.issueDate(),
                columns.dueDate(),
                priceBasis,
                lines,
                schedule,
                totals,
                computedTotals,
                outstanding,
                settled,
                credited,
                writtenOff,
                columns.status(),
                closedOn,
                dispute,
                termsNotation,
                columns.lastDunningLevel(),
                externalReference,
                idempotencyKey,
                new WriteStamp(actor, at));
    }

    private static void line(Writer out, InvoiceLine line) {
        out.text(line.description());
        out.decimal(line.quantity());
        out.decimal(line.unitPrice());
        out.decimal(line.discountPercent());
        out.optional(line.discountAmount(), out::decimal);
        out.decimal(line.vatPercent());
        out.optional(
                line.withholding(),
                withholding -> {
                    out.text(withholding.code());
                    out.signed(withholding.numerator());
                    out.signed(withholding.denominator());
                });
    }

    private static InvoiceLine line(Reader in) {
        return new InvoiceLine(
                in.text(),
                in.decimal(),
                in.decimal(),
                in.decimal(),
                in.optional(in::decimal),
                in.decimal(),
                in.optional(() -> new Withholding(in.text(), in.signedInt(), in.signedInt())));
    }

    private static void installment(Writer out, Installment installment) {
        out.signed(installment.number());
        out.date(installment.dueDate());
        out.decimal(installment.amount());
        out.list(
                installment.discounts(),
                discount -> {
                    out.decimal(discount.percent());
                    out.date(discount.lastDay());
                    out.decimal(discount.amount());
                });
    }

    private static Installment installment(Reader in) {
        return new Installment(
                in.signedInt(),
                in.date(),
                in.decimal(),
                in.list(() -> new EarlyPaymentDiscount(in.decimal(), in.date(), in.decimal())));
    }

    private static void totals(Writer out, InvoiceTotals totals) {
        out.decimal(totals.net());
        out.list(
                totals.vat(),
                vat -> {
                    out.decimal(vat.ratePercent());
                    out.decimal(vat.base());
                    out.decimal(vat.amount());
                });
        out.decimal(totals.gross());
        out.decimal(totals.withheld());
        out.list(
                totals.withholdings(),
                withholding -> {
                    out.text(withholding.code());
                    out.signed(withholding.numerator());
                    out.signed(withholding.denominator());
                    out.decimal(withholding.amount());
                });
        out.decimal(totals.receivable());
    }

    private static InvoiceTotals totals(Reader in) {
        return new InvoiceTotals(
                in.decimal(),
                in.list(() -> new VatTotal(in.decimal(), in.decimal(), in.decimal())),
                in.decimal(),
                in.decimal(),
                in.list(
                        () ->
                                new WithholdingTotal(
                                        in.text(), in.signedInt(), in.signedInt(), in.decimal())),
                in.decimal());
    }

    private static void dispute(Writer out, Dispute dispute) {
        out.text(dispute.reason());
        out.date(dispute.raisedOn());
        out.optional(dispute.resolvedOn(), out::date);
    }

    private static Dispute dispute(Reader in) {
        return new Dispute(in.text(), in.date(), in.optional(in::date));
    }

    /**
     * The maximum number of decimals of one record that a later equal decimal can refer to, so a
     * reference fits in one byte.
     */
    private static final int MAX_REFERENCED_DECIMALS = 32;

    /** A growing byte buffer with the encodings above. */
    private static final class Writer {
        private final long baseDay;
        private final BigDecimal[] decimals = new BigDecimal[MAX_REFERENCED_DECIMALS];
        private int decimalCount;
        private byte[] bytes = new byte[128];
        private int size;

        Writer(long baseDay) {
            this.baseDay = baseDay;
        }

        void unsigned(long value) {
            while ((value & ~0x7FL) != 0) {
                put((byte) ((value & 0x7F) | 0x80));
                value >>>= 7;
            }
            put((byte) value);
        }

        void signed(long value) {
            unsigned(zigzag(value));
        }

        void text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            unsigned(utf8.length);
            for (byte b : utf8) {
                put(b);
            }
        }

        void date(LocalDate date) {
            signed(date.toEpochDay() - baseDay);
        }

        /**
         * Writes one header, then the value. The header's two low bits are the kind. Kind 0 is an
         * unscaled value that fits in a long, and the long follows. Kind 1 is a larger one, and its
         * bytes follow. For both, the rest of the header is the zigzag scale. Kind 2 is a decimal
         * equal to an earlier one of this record, and the rest of the header is its position.
         */
        void decimal(BigDecimal value) {
            for (int i = 0; i < decimalCount; i++) {
                if (decimals[i].equals(value)) {
                    unsigned(((long) i << 2) | 2);
                    return;
                }
            }
            if (decimalCount < decimals.length) {
                decimals[decimalCount++] = value;
            }
            long scale = zigzag(value.scale());
            BigInteger unscaled = value.unscaledValue();
            if (unscaled.bitLength() < 64) {
                unsigned(scale << 2);
                signed(unscaled.longValue());
            } else {
                unsigned((scale << 2) | 1);
                byte[] magnitude = unscaled.toByteArray();
                unsigned(magnitude.length);
                for (byte b : magnitude) {
                    put(b);
                }
            }
        }

        private static long zigzag(long value) {
            return (value << 1) ^ (value >> 63);
        }

        <T> void optional(Optional<T> value, Consumer<T> writer) {
            put((byte) (value.isPresent() ? 1 : 0));
            value.ifPresent(writer);
        }

        <T> void list(List<T> values, Consumer<T> writer) {
            unsigned(values.size());
            values.forEach(writer);
        }

        private void put(byte b) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, size * 2);
            }
            bytes[size++] = b;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Reads what a {@link Writer} wrote, in the same order. */
    private static final class Reader {
        private final byte[] bytes;
        private final long baseDay;
        private final BigDecimal[] decimals = new BigDecimal[MAX_REFERENCED_DECIMALS];
        private int decimalCount;
        private int position;

        Reader(byte[] bytes, long baseDay) {
            this.bytes = bytes;
            this.baseDay = baseDay;
        }

        long unsigned() {
            long value = 0;
            int shift = 0;
            while (true) {
                byte b = bytes[position++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
                shift += 7;
            }
        }

        int unsignedInt() {
            return Math.toIntExact(unsigned());
        }

        long signed() {
            long zigzag = unsigned();
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }

        int signedInt() {
            return Math.toIntExact(signed());
        }

        String text() {
            int length = unsignedInt();
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        LocalDate date() {
            return LocalDate.ofEpochDay(baseDay + signed());
        }

        BigDecimal decimal() {
            long header = unsigned();
            int kind = (int) (header & 3);
            if (kind == 2) {
                return decimals[Math.toIntExact(header >>> 2)];
            }
            long zigzagScale = header >>> 2;
            int scale = Math.toIntExact((zigzagScale >>> 1) ^ -(zigzagScale & 1));
            BigDecimal value;
            if (kind == 0) {
                value = BigDecimal.valueOf(signed(), scale);
            } else {
                int length = unsignedInt();
                value = new BigDecimal(new BigInteger(bytes, position, length), scale);
                position += length;
            }
            if (decimalCount < decimals.length) {
                decimals[decimalCount++] = value;
            }
            return value;
        }

        <T> Optional<T> optional(Supplier<T> reader) {
            return bytes[position++] == 1 ? Optional.of(reader.get()) : Optional.empty();
        }

        <T> List<T> list(Supplier<T> reader) {
            int size = unsignedInt();
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(reader.get());
            }
            return values;
        }
    }
}
