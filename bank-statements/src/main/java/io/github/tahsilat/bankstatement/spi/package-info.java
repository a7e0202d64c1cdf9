/**
 * The reader SPI: implement {@link io.github.tahsilat.bankstatement.spi.StatementReader} to read a
 * bank's own statement layout and register it with {@link
 * io.github.tahsilat.bankstatement.StatementReaders#with}.
 */
package io.github.tahsilat.bankstatement.spi;
