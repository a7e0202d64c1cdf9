package io.github.tahsilat.bankstatement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditorReferenceTest {
    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "RF18539007547034, null, ISO_11649, VALID",
                "RF18539007547035, null, ISO_11649, INVALID",
                "RF18 5390 0754 7034, SCOR, ISO_11649, VALID",
                "rf18539007547034, null, ISO_11649, VALID",
                "RF332348236, ISO, ISO_11649, VALID",
                "RF19539007547034, null, ISO_11649, INVALID",
                "RF1853900754703412345678, null, ISO_11649, INVALID",
                "210000000003139471430009017, QRR, SWISS_QR, VALID",
                "210000000003139471430009018, QRR, SWISS_QR, INVALID",
                "21000000000313947143000901, QRR, SWISS_QR, INVALID",
                "000000000002015110002913192, ISR Reference, SWISS_QR, VALID",
                "539115429773825311971477453, null, SWISS_QR, VALID",
                "1234567812345678, CUR, OTHER, NOT_CHECKED",
                "00000000000000001245, SCOR, OTHER, NOT_CHECKED"
            })
    void referenceIsClassifiedAndChecked(
            String value, String issuer, ReferenceType type, ReferenceCheck check) {
        CreditorReference reference = CreditorReference.of(value, issuer);

        assertThat(reference.type()).isEqualTo(type);
        assertThat(reference.check()).isEqualTo(check);
        assertThat(reference.isValid()).isEqualTo(check == ReferenceCheck.VALID);
        assertThat(reference.value()).isEqualTo(value);
    }
}
