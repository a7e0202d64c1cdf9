/**
 * The one place where core meets the storage SPI's records: mappers between domain values and
 * {@code io.github.tahsilat.persistence.spi.record} types, and repositories that the services call
 * inside a transaction.
 *
 * <p>Amounts go to the records as {@link java.math.BigDecimal} at the currency's minor-unit scale
 * with the ISO 4217 code beside them. A record that the domain cannot accept fails with {@link
 * io.github.tahsilat.error.StoredDataException}, naming the record type, id and value. A domain
 * value that a record cannot hold fails with {@link io.github.tahsilat.error.InvalidInputException}
 * before anything is written.
 *
 * <p>Not exported: the classes here may change in any release.
 */
package io.github.tahsilat.internal.persistence;
