package io.github.tahsilat.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.internal.persistence.BookedEntry;
import io.github.tahsilat.reconciliation.BankEntryKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which stored entry an import reports as the earlier booking of a line. */
class EarlierBookingTest {

    private static final String REFERENCE = "ref:TR33:ASR1";
    private static final String CONTENT = "sha256:abc#1";
    private static final BankEntryKey WITH_REFERENCE =
            new BankEntryKey(Optional.of(REFERENCE), CONTENT);
    private static final BankEntryKey WITHOUT_REFERENCE =
            new BankEntryKey(Optional.empty(), CONTENT);

    private static BookedEntry entry(String key) {
        return new BookedEntry(
                key,
                "STMT-" + key,
                BookedEntry.Decision.IGNORED,
                Optional.empty(),
                List.of(),
                "tahsilat",
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Returns the recorded entries under the keys, in this iteration order. */
    private static Map<String, BookedEntry> recorded(String keys) {
        Map<String, BookedEntry> recorded = new LinkedHashMap<>();
        for (String key : keys.split(" ")) {
            if (!key.equals("-")) {
                recorded.put(key, entry(key));
            }
        }
        return recorded;
    }

    @ParameterizedTest
    @CsvSource({
        "true, ref:TR33:ASR1, ref:TR33:ASR1",
        "true, sha256:abc#1, sha256:abc#1",
        "true, sha256:abc#1+ref, -",
        "true, sha256:other#1 sha256:abc#1 ref:TR33:ASR1, sha256:abc#1",
        "true, ref:TR33:ASR1 sha256:abc#1, ref:TR33:ASR1",
        "false, sha256:abc#1+ref, sha256:abc#1+ref",
        "false, ref:TR33:ASR1, -",
        "false, sha256:abc#1+ref sha256:abc#1, sha256:abc#1+ref",
        "false, sha256:abc#1 sha256:abc#1+ref, sha256:abc#1",
        "false, -, -",
    })
    void firstMarkingEntryInMapOrderWins(boolean withReference, String keys, String expected) {
        BankEntryKey key = withReference ? WITH_REFERENCE : WITHOUT_REFERENCE;
        Map<String, BookedEntry> recorded = recorded(keys);

        BookedEntry found = DefaultReconciliationService.bookingOf(key, recorded);

        String foundKey = found == null ? "-" : found.entryKey();
        assertThat(foundKey).isEqualTo(expected);
        if (found != null) {
            assertThat(key.isBookedIn(Set.of(foundKey))).isTrue();
        }
    }
}
