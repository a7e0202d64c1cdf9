/**
 * Tahsilat's receivables domain.
 *
 * <p>Exports the API that hosts call and the SPI packages that hosts implement. Packages named
 * {@code internal} are not exported and may change in any release.
 */
module io.github.tahsilat.core {
    requires transitive java.money;
    requires transitive jakarta.validation;
    requires transitive io.github.tahsilat.persistence.spi;
    requires org.javamoney.moneta;
    requires org.slf4j;

    exports io.github.tahsilat.allocation;
    exports io.github.tahsilat.calendar;
    exports io.github.tahsilat.company;
    exports io.github.tahsilat.confirmation;
    exports io.github.tahsilat.counterparty;
    exports io.github.tahsilat.dunning;
    exports io.github.tahsilat.engine;
    exports io.github.tahsilat.error;
    exports io.github.tahsilat.fx;
    exports io.github.tahsilat.fx.spi;
    exports io.github.tahsilat.identifier;
    exports io.github.tahsilat.instrument;
    exports io.github.tahsilat.interest;
    exports io.github.tahsilat.invoice;
    exports io.github.tahsilat.ledger;
    exports io.github.tahsilat.money;
    exports io.github.tahsilat.notice;
    exports io.github.tahsilat.notice.spi;
    exports io.github.tahsilat.notification;
    exports io.github.tahsilat.notification.spi;
    exports io.github.tahsilat.payment;
    exports io.github.tahsilat.plan;
    exports io.github.tahsilat.reconciliation;
    exports io.github.tahsilat.report;
    exports io.github.tahsilat.service;
    exports io.github.tahsilat.service.account;
    exports io.github.tahsilat.service.charge;
    exports io.github.tahsilat.service.company;
    exports io.github.tahsilat.service.counterparty;
    exports io.github.tahsilat.service.credit;
    exports io.github.tahsilat.service.dunning;
    exports io.github.tahsilat.service.fx;
    exports io.github.tahsilat.service.instrument;
    exports io.github.tahsilat.service.invoice;
    exports io.github.tahsilat.service.payment;
    exports io.github.tahsilat.service.plan;
    exports io.github.tahsilat.service.reconciliation;
    exports io.github.tahsilat.service.report;
    exports io.github.tahsilat.terms;
}
