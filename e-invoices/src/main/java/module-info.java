/**
 * Reads UBL 2.1 e-invoices and credit notes and imports them as Tahsilat invoices and credit
 * documents, and writes dunning notices as UBL 2.1 Reminders.
 *
 * <p>Exports only the API package; packages named {@code internal} may change in any release.
 */
module io.github.tahsilat.einvoice {
    requires transitive io.github.tahsilat.core;
    requires java.xml;
    requires org.javamoney.moneta;
    requires org.slf4j;

    exports io.github.tahsilat.einvoice;
}
