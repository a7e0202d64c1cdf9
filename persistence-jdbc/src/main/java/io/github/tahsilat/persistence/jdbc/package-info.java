/**
 * A reference implementation of the storage SPI in plain JDBC on PostgreSQL 14 or newer: {@link
 * io.github.tahsilat.persistence.jdbc.JdbcStores} builds the stores over a host's {@link
 * javax.sql.DataSource}, {@link io.github.tahsilat.persistence.jdbc.JdbcTransactionRunner} maps the
 * SPI's transactions to JDBC transactions, and {@link
 * io.github.tahsilat.persistence.jdbc.JdbcMigrations} creates the tables with Flyway.
 *
 * <p>Every store maps a violated unique constraint to the SPI's exception for it, and a row that
 * the SPI records cannot hold to a {@link io.github.tahsilat.persistence.spi.StoreException} that
 * names the table, the key and the value. Instants are stored at microsecond precision, the
 * precision of timestamptz, and a write returns the record as stored. A number with a negative
 * scale is rejected, because NUMERIC cannot keep it.
 */
package io.github.tahsilat.persistence.jdbc;
