/**
 * The storage contract between Tahsilat and a host's database: plain records, store interfaces and
 * a transaction boundary, with an in-memory default. Depends on the JDK only.
 */
module io.github.tahsilat.persistence.spi {
    exports io.github.tahsilat.persistence.spi;
    exports io.github.tahsilat.persistence.spi.record;
    exports io.github.tahsilat.persistence.spi.store;
    exports io.github.tahsilat.persistence.memory;
}
