package io.github.tahsilat.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The settings' checks, and the constraint names read from messages without the driver. */
class JdbcOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "ar_", "tahsilat_2", "abcdefghijklmnopqrstuvwxy"})
    void validPrefixAccepted(String prefix) {
        assertThat(JdbcOptions.defaults().withTablePrefix(prefix).tablePrefix()).isEqualTo(prefix);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tahsilat_",
                "1ar_",
                "_ar",
                "ar-",
                "ar.",
                "ar ",
                "abcdefghijklmnopqrstuvwxyz"
            })
    void invalidPrefixRejected(String prefix) {
        assertThatThrownBy(() -> JdbcOptions.defaults().withTablePrefix(prefix))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid tablePrefix: \"" + prefix + "\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_001})
    void invalidFetchSizeRejected(int size) {
        assertThatThrownBy(() -> JdbcOptions.defaults().withFetchSize(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invalid fetchSize: " + size);
    }

    @Test
    void constraintFoundInMessage() {
        SQLException e =
                new SQLException(
                        "ERROR: duplicate key value violates unique constraint"
                                + " \"ar_invoice_number_key\"",
                        SqlErrors.UNIQUE_VIOLATION);

        assertThat(ConstraintNames.of(e, List.of("ar_invoice_pkey", "ar_invoice_number_key")))
                .contains("ar_invoice_number_key");
        assertThat(ConstraintNames.of(e, List.of("ar_invoice_pkey"))).isEmpty();
    }
}
