/**
 * Readers for bank statements: ISO 20022 camt.052, camt.053 and camt.054, and SWIFT MT940.
 *
 * <p>Exports the model and the registry that hosts call, and the reader SPI that hosts implement
 * for their own bank formats. Packages named {@code internal} are not exported.
 */
module io.github.tahsilat.bankstatement {
    requires transitive io.github.tahsilat.core;
    requires transitive java.money;
    requires java.xml;
    requires org.javamoney.moneta;

    exports io.github.tahsilat.bankstatement;
    exports io.github.tahsilat.bankstatement.reconciliation;
    exports io.github.tahsilat.bankstatement.spi;
}
