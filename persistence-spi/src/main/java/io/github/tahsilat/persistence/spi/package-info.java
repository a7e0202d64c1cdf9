/**
 * The storage SPI: records the library stores, store interfaces grouped by concept, and the
 * transaction boundary. Hosts implement it; the library calls it.
 */
package io.github.tahsilat.persistence.spi;
