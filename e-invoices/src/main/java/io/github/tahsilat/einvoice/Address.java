package io.github.tahsilat.einvoice;

/**
 * A postal address as printed in {@code cac:PostalAddress}. Every component is {@code null} when
 * the document leaves it out or empty.
 *
 * @param streetName the street and, in many documents, the house number
 * @param buildingNumber the building number
 * @param citySubdivisionName the district, such as a Turkish ilçe
 * @param cityName the city, such as a Turkish il
 * @param postalZone the postal code
 * @param region the region or country subdivision
 * @param countryCode the ISO 3166-1 alpha-2 code from {@code cac:Country/cbc:IdentificationCode}
 * @param countryName the country name from {@code cac:Country/cbc:Name}, as UBL-TR prints it
 */
public record Address(
        String streetName,
        String buildingNumber,
        String citySubdivisionName,
        String cityName,
        String postalZone,
        String region,
        String countryCode,
        String countryName) {}
