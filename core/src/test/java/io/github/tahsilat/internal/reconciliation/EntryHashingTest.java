package io.github.tahsilat.internal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

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
}
