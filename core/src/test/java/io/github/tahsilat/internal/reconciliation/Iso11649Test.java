package io.github.tahsilat.internal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Iso11649Test {

    @ParameterizedTest
    @CsvSource({
        "RF18539007547034, true",
        "RF36INV100, true",
        "RF492024000123, true",
        "RF19539007547034, false",
        "RF18539007547035, false",
        "RF1, false",
        "RF18, false",
        "RFAB539007547034, false",
        "RF181234567890123456789012, false",
        "XX18539007547034, false"
    })
    void checksDigitsAndForm(String reference, boolean valid) {
        assertThat(Iso11649.isValid(reference)).isEqualTo(valid);
    }
}
