package io.github.tahsilat.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DunningBlockTest {

    static final DunningBlock MAY =
            new DunningBlock("dispute", LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 31));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2025-05-04, false",
        "2025-05-05, true",
        "2025-05-16, true",
        "2025-05-31, true",
        "2025-06-01, false",
    })
    void activeFromStartToEndInclusive(LocalDate asOf, boolean active) {
        assertThat(MAY.isActive(asOf)).isEqualTo(active);
    }

    @Test
    void endBeforeStartRejected() {
        LocalDate from = LocalDate.of(2025, 5, 5);
        LocalDate until = LocalDate.of(2025, 5, 4);

        assertThatThrownBy(() -> new DunningBlock("x", from, until))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("on or after 2025-05-05");
    }

    @Test
    void reasonLeftOutOfText() {
        assertThat(MAY.toString()).doesNotContain("dispute");
    }
}
