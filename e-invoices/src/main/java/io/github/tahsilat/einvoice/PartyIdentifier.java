package io.github.tahsilat.einvoice;

import java.util.Objects;

/**
 * An identifier of a party as printed, with the scheme it names: {@code VKN}, {@code TCKN} or
 * {@code MERSISNO} in UBL-TR, an ISO 6523 code such as {@code 0184} in PEPPOL.
 *
 * @param schemeId the {@code schemeID} attribute, or {@code null} when the document gives none
 * @param value the identifier, not blank
 */
public record PartyIdentifier(String schemeId, String value) {

    /**
     * Checks the value.
     *
     * @throws NullPointerException if {@code value} is {@code null}
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public PartyIdentifier {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank party identifier");
        }
    }

    /** Returns {@code scheme:value}, or the value alone without a scheme. */
    @Override
    public String toString() {
        return schemeId == null ? value : schemeId + ":" + value;
    }
}
