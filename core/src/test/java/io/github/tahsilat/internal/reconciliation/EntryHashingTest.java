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
    void fieldBoundariesChangeHash() {
        assertThat(EntryHashing.sha256Hex("ab", "c"))
                .isNotEqualTo(EntryHashing.sha256Hex("a", "bc"));
    }
}
