package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.identifier.Iban;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;

/**
 * {@link BankEntryKey#forStatement} hashes its lines in chunks of 16 with one hasher, which reuses
 * the bytes of an account id or date that repeats the line before. Each content key must still
 * equal the key that {@link BankEntryKey#of} computes for the line alone.
 */
class ChunkedKeysPropertiesTest {

    private static final String ACCOUNT = "TR330006100519786457841326";
    private static final String TURKISH_ACCOUNT = "Hesap Ödeme ş";

    /**
     * Statements of up to 50 lines, so up to four chunks of 16. Their account ids are the same
     * string, an equal copy or another id, and their dates repeat or change. Amounts range from
     * large debits to large credits in currencies of 0, 2 and 3 decimals, and texts include
     * non-ASCII characters.
     */
    @Provide
    Arbitrary<List<BankLine>> statements() {
        Arbitrary<String> account =
                Arbitraries.of(
                        ACCOUNT,
                        new String(ACCOUNT),
                        TURKISH_ACCOUNT,
                        new String(TURKISH_ACCOUNT),
                        "A".repeat(BankLine.MAX_ACCOUNT_ID_LENGTH));
        Arbitrary<LocalDate> date =
                Arbitraries.of(
                        LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(1999, 12, 31),
                        LocalDate.of(10_000, 1, 1));
        Arbitrary<String> currency = Arbitraries.of("EUR", "JPY", "KWD");
        Arbitrary<Long> units =
                Arbitraries.oneOf(
                                Arbitraries.longs().between(-2_000, 2_000),
                                Arbitraries.longs()
                                        .between(-999_999_999_999_999L, 999_999_999_999_999L))
                        .filter(u -> u != 0);
        Arbitrary<Optional<Iban>> iban =
                Arbitraries.of(Lines.PAYER_IBAN, Lines.OTHER_IBAN).optional(0.5);
        Arbitrary<Optional<String>> endToEndId = Arbitraries.of("E2E-1", "Ödeme-2").optional(0.4);
        Arbitrary<Optional<String>> reference = Arbitraries.of("R1", "R2").optional(0.5);
        Arbitrary<String> text =
                Arbitraries.oneOf(
                        Arbitraries.of("", "INV-1", "Ödeme ş", "Payment of INV-0000010 thanks"),
                        Arbitraries.strings().withCharRange('\u0020', '\uffff').ofMaxLength(60));
        Arbitrary<Booking> booking =
                Combinators.combine(account, date, date, currency, units)
                        .as(ChunkedKeysPropertiesTest::booking);
        Arbitrary<BankLine> line =
                Combinators.combine(booking, iban, endToEndId, reference, text)
                        .as(ChunkedKeysPropertiesTest::line);
        return line.list().ofMaxSize(50);
    }

    @Property(tries = 500)
    void chunkedKeysEqualSingleLineKeys(@ForAll("statements") List<BankLine> statement) {
        List<BankEntryKey> keys = BankEntryKey.forStatement(statement);

        Map<String, Integer> occurrences = new HashMap<>();
        List<String> expected = new ArrayList<>();
        for (BankLine line : statement) {
            String first = BankEntryKey.of(line, 1).contentKey();
            int occurrence = occurrences.merge(first, 1, Integer::sum);
            expected.add(BankEntryKey.of(line, occurrence).contentKey());
        }
        assertThat(keys).extracting(BankEntryKey::contentKey).isEqualTo(expected);
    }

    /** The fields of a line that its builder takes first. */
    private record Booking(
            String account, LocalDate bookingDate, LocalDate valueDate, MonetaryAmount amount) {}

    private static Booking booking(
            String account,
            LocalDate bookingDate,
            LocalDate valueDate,
            String currency,
            long units) {
        int scale = Monetary.getCurrency(currency).getDefaultFractionDigits();
        return new Booking(
                account,
                bookingDate,
                valueDate,
                Money.of(BigDecimal.valueOf(units, scale), currency));
    }

    private static BankLine line(
            Booking booking,
            Optional<Iban> iban,
            Optional<String> endToEndId,
            Optional<String> reference,
            String text) {
        BankLine.Builder line =
                BankLine.builder()
                        .accountId(booking.account())
                        .bookingDate(booking.bookingDate())
                        .valueDate(booking.valueDate())
                        .amount(booking.amount())
                        .remittanceText(text);
        iban.ifPresent(line::counterpartyIban);
        endToEndId.ifPresent(line::endToEndId);
        reference.ifPresent(line::accountServicerReference);
        return line.build();
    }
}
