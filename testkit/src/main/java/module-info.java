/** Contract tests that prove a host's store meets the persistence SPI. */
module io.github.tahsilat.testkit {
    requires transitive io.github.tahsilat.persistence.spi;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports io.github.tahsilat.testkit;
}
