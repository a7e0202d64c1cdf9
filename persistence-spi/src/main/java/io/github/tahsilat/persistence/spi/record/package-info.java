/**
 * The plain records the library stores: companies, counterparties, invoices, credit documents and
 * events, with the compact {@link io.github.tahsilat.persistence.spi.record.OpenItemView} for bulk
 * reads.
 *
 * <p>Amounts are {@link java.math.BigDecimal} at the currency's ISO 4217 minor-unit scale with the
 * currency's code; unit prices, quantities and rates keep the scale they were given. A store
 * returns every {@code BigDecimal} with its scale unchanged, so {@code equals}, not only {@code
 * compareTo}, is true after a round trip. Dates are {@link java.time.LocalDate}, instants {@link
 * java.time.Instant}, ids {@link java.util.UUID}s that the library makes. Every record but an event
 * carries its company id and a version; optional values are {@link java.util.Optional}, never
 * {@code null}. Records are immutable and thread-safe, and their constructors reject malformed
 * values with {@link IllegalArgumentException} or {@link NullPointerException}.
 */
package io.github.tahsilat.persistence.spi.record;
