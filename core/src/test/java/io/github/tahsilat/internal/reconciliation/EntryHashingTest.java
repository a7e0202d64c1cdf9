package io.github.tahsilat.internal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class EntryHashingTest {

    @Test
    void hashesKnownInput() {
        // SHA-256 of the bytes "3:abc", computed independently with sha256sum.
        assertThat(EntryHashing.sha256Hex("abc"))
                .isEqualTo("aab5f9ae99b2e38fb462025c8f72f570c9c811705d2a4277dc855d7fa293fe97");
    }

    @Test
    void hashesMultiDigitAndEmptyLengths() {
        // SHA-256 of the bytes "12:abcdefghijkl0:", computed independently with sha256sum.
        assertThat(EntryHashing.sha256Hex("abcdefghijkl", ""))
                .isEqualTo("a1760cbdf20d2436a4c510a629df042bc22a5820a2b9dce56d672ed50382cffa");
    }

    @Test
    void hashesFourDigitLength() {
        // SHA-256 of "1000:" and 1,000 letters x, computed independently with sha256sum.
        assertThat(EntryHashing.sha256Hex("x".repeat(1000)))
                .isEqualTo("f6b26572a562fadb7e167a2ceac55009b3f5c639dac2066da553ef7df1a912b6");
    }

    @Test
    void fieldBoundariesChangeHash() {
        assertThat(EntryHashing.sha256Hex("ab", "c"))
                .isNotEqualTo(EntryHashing.sha256Hex("a", "bc"));
    }

    @Test
    void hasherHashesKnownInput() {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();

        assertThat(hasher.add("abcdefghijkl").add("").hex())
                .isEqualTo("a1760cbdf20d2436a4c510a629df042bc22a5820a2b9dce56d672ed50382cffa");
        assertThat(hasher.add("abc").hex())
                .isEqualTo("aab5f9ae99b2e38fb462025c8f72f570c9c811705d2a4277dc855d7fa293fe97");
    }

    @Test
    void hasherGrowsPastItsBuffer() {
        String longField = "x".repeat(1000);

        assertThat(new EntryHashing.Hasher().add(longField).hex())
                .isEqualTo("f6b26572a562fadb7e167a2ceac55009b3f5c639dac2066da553ef7df1a912b6");
    }

    @Test
    void hasherEncodesUnpairedSurrogatesAsJdkDoes() {
        List<String> fields = List.of("\uD800", "a\uDC00b", "\uD83D\uDE00", "\uDE00\uD83D", "ş€");

        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        fields.forEach(hasher::add);

        assertThat(hasher.hex()).isEqualTo(reference(fields));
    }

    @Test
    void hasherEncodesFieldsTurningNonAsciiLate() {
        List<String> fields =
                List.of(
                        "Payment of INV-0000010 thanks",
                        "Ödeme",
                        "Payment from Müşteri",
                        "x".repeat(300) + "é",
                        "a\uD800",
                        "TR330006100519786457841326");

        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        fields.forEach(hasher::add);

        assertThat(hasher.hex()).isEqualTo(reference(fields));
    }

    /** Fields of any UTF-16 units, unpaired surrogates included, as bank text may carry them. */
    @Provide
    Arbitrary<List<String>> fieldLists() {
        Arbitrary<String> field =
                Arbitraries.oneOf(
                        Arbitraries.strings().withCharRange('\u0000', '\uffff').ofMaxLength(40),
                        Arbitraries.strings().ascii().ofMaxLength(300));
        return field.list().ofMaxSize(10);
    }

    @Property(tries = 2000)
    void hasherAgreesWithReference(@ForAll("fieldLists") List<String> fields) {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        hasher.add("an earlier entry").hex();
        fields.forEach(hasher::add);

        String hex = hasher.hex();

        assertThat(hex).isEqualTo(reference(fields));
        assertThat(hex).isEqualTo(EntryHashing.sha256Hex(fields.toArray(String[]::new)));
    }

    @Property(tries = 2000)
    void hasherWritesDatesAsToString(
            @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();

        String hex = hasher.add(date).add("after").hex();

        assertThat(hex).isEqualTo(reference(List.of(date.toString(), "after")));
    }

    /**
     * Account ids and dates drawn from a few instances, so that a field often repeats the one
     * before: the same string, an equal copy of it, or another value, with ASCII and non-ASCII ids
     * and years outside 0 to 9999.
     */
    @Provide
    Arbitrary<List<Object>> repeatedFields() {
        String ascii = "TR330006100519786457841326";
        String turkish = "Hesap Ödeme ş";
        Arbitrary<Object> account =
                Arbitraries.of(
                        ascii,
                        new String(ascii),
                        turkish,
                        new String(turkish),
                        "",
                        "x".repeat(300));
        Arbitrary<Object> date =
                Arbitraries.of(
                        LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 6, 30),
                        LocalDate.of(2026, 7, 1),
                        LocalDate.of(10_000, 1, 1),
                        LocalDate.of(-1, 12, 31));
        return Arbitraries.oneOf(account, date).list().ofMaxSize(30);
    }

    @Property(tries = 1000)
    void repeatedFieldsHashAsWrittenFirst(@ForAll("repeatedFields") List<Object> fields) {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();

        for (Object field : fields) {
            // The field goes through the method that reuses bytes, then through the plain one.
            if (field instanceof String text) {
                hasher.addRepeated(text).add(text);
            } else {
                hasher.add((LocalDate) field).add(field.toString());
            }
            String hex = hasher.hex();

            assertThat(hex).isEqualTo(reference(List.of(field.toString(), field.toString())));
        }
    }

    @Test
    void repeatedFieldRejectsNull() {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();

        assertThatThrownBy(() -> hasher.addRepeated(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("field");
    }

    @Property(tries = 2000)
    void decimalWrittenAsPlainString(
            @ForAll long units, @ForAll @IntRange(min = 0, max = 6) int scale) {
        String plain = BigDecimal.valueOf(units, scale).toPlainString();
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();

        String hex = hasher.addDecimal(units, scale).add("after").hex();

        assertThat(hex).isEqualTo(reference(List.of(plain, "after")));
    }

    @Test
    void decimalEdgesWrittenAsPlainString() {
        long[] units = {0, 5, -5, 50, -50, 500, 12_345, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long unit : units) {
            for (int scale = 0; scale <= 4; scale++) {
                String plain = BigDecimal.valueOf(unit, scale).toPlainString();

                String hex = new EntryHashing.Hasher().addDecimal(unit, scale).hex();

                assertThat(hex)
                        .as("%s at scale %s", unit, scale)
                        .isEqualTo(reference(List.of(plain)));
            }
        }
    }

    @Test
    void decimalWithNegativeScaleRejected() {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();

        assertThatThrownBy(() -> hasher.addDecimal(5, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Property(tries = 1000)
    void keyTextJoinsPrefixHexAndNumber(
            @ForAll("fieldLists") List<String> fields,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int number) {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        fields.forEach(hasher::add);

        hasher.finish();

        assertThat(hasher.keyText("sha256:", '#', number))
                .isEqualTo("sha256:" + reference(fields) + "#" + number);
    }

    @Property(tries = 500)
    void keyTextOfCopiedDigestEqualsLastDigest(
            @ForAll("fieldLists") List<String> fields,
            @ForAll @IntRange(min = 0, max = 3) int offset,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int number) {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        fields.forEach(hasher::add);
        hasher.finish();
        long[] words = new long[offset + EntryHashing.Hasher.DIGEST_WORDS];

        hasher.copyDigest(words, offset);

        for (int i = 0; i < EntryHashing.Hasher.DIGEST_WORDS; i++) {
            assertThat(words[offset + i]).as("word %d", i).isEqualTo(hasher.digestWord(i));
        }
        assertThat(hasher.keyText("sha256:", words, offset, '#', number))
                .isEqualTo(hasher.keyText("sha256:", '#', number));
    }

    @Test
    void keyTextWritesEveryHexDigit() {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        long[] words = {0L, -1L, 0x0123_4567_89ab_cdefL, 0xfedc_ba98_7654_3210L};

        String key = hasher.keyText("p:", words, 0, '#', 12);

        assertThat(key)
                .isEqualTo(
                        "p:"
                                + "0000000000000000"
                                + "ffffffffffffffff"
                                + "0123456789abcdef"
                                + "fedcba9876543210"
                                + "#12");
    }

    @Test
    void copiedDigestOutsideArrayRejected() {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        hasher.add("abc").finish();

        assertThatThrownBy(() -> hasher.copyDigest(new long[5], 2))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> hasher.keyText("p:", new long[3], 0, '#', 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void keyTextRejectsNonAsciiAndNegative() {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        hasher.add("abc").finish();

        assertThatThrownBy(() -> hasher.keyText("şha:", '#', 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+015F");
        assertThatThrownBy(() -> hasher.keyText("sha256:", '#', -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Property(tries = 500)
    void digestWordsReadDigestBigEndian(@ForAll("fieldLists") List<String> fields) {
        EntryHashing.Hasher hasher = new EntryHashing.Hasher();
        fields.forEach(hasher::add);

        hasher.finish();

        byte[] digest = HexFormat.of().parseHex(reference(fields));
        ByteBuffer words = ByteBuffer.wrap(digest);
        for (int i = 0; i < 4; i++) {
            assertThat(hasher.digestWord(i)).isEqualTo(words.getLong());
        }
    }

    /** SHA-256 of each field's UTF-8 length, a colon and its bytes, built with the JDK only. */
    private static String reference(List<String> fields) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String field : fields) {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
