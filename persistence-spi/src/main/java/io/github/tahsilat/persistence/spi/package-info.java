/**
 * The storage SPI's common types: pages and page requests, the transaction boundary and the retry
 * rule, and the exceptions every store throws. Records live in {@code
 * io.github.tahsilat.persistence.spi.record} and store interfaces in {@code
 * io.github.tahsilat.persistence.spi.store}. Hosts implement it; the library calls it.
 */
package io.github.tahsilat.persistence.spi;
