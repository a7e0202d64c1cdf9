/** Contract tests that prove a host's store meets the persistence SPI. */
module io.github.tahsilat.testkit {
    requires transitive io.github.tahsilat.persistence.spi;
    requires transitive io.github.tahsilat.core;
    requires transitive org.junit.jupiter.api;
    requires org.assertj.core;

    exports io.github.tahsilat.testkit;
    exports io.github.tahsilat.testkit.scenario;
}
