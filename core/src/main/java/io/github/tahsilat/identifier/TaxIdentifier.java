package io.github.tahsilat.identifier;

/**
 * A tax identifier of any country: a Turkish {@link TaxId} (VKN or T.C. Kimlik No) or a {@link
 * ForeignTaxId}.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface TaxIdentifier permits TaxId, ForeignTaxId {

    /** Returns the ISO 3166-1 alpha-2 code of the issuing country, such as {@code "TR"}. */
    String countryCode();

    /** Returns the identifier as issued, never {@code null} or blank. */
    String value();
}
