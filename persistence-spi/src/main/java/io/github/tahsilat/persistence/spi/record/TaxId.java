package io.github.tahsilat.persistence.spi.record;

import java.util.Objects;

/**
 * A counterparty's tax identifier.
 *
 * <p>The record checks the length and digits of a VKN or TCKN; the domain checks the check digits.
 *
 * @param type the kind of identifier, never {@code null}
 * @param value the identifier as printed, without spaces
 */
public record TaxId(TaxIdType type, String value) {

    /**
     * Checks the value against its type.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a VKN is not ten digits, a TCKN is not 11 digits, or
     *     another value is blank
     */
    public TaxId {
        Objects.requireNonNull(type, "type");
        switch (type) {
            case VKN -> Checks.digits(value, 10, "value");
            case TCKN -> Checks.digits(value, 11, "value");
            case OTHER -> Checks.text(value, "value");
        }
    }
}
