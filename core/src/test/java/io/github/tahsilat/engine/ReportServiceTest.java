package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.CONTEXT;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.invoice;
import static io.github.tahsilat.engine.EngineFixtures.line;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.report.AgingAmounts;
import io.github.tahsilat.report.AgingReport;
import io.github.tahsilat.service.invoice.InvoiceRequest;
import io.github.tahsilat.terms.NetDays;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportServiceTest {

    private final CompanyId companyId = CompanyId.random();
    private Tahsilat engine;
    private Counterparty customer;

    @BeforeEach
    void registerParties() {
        engine = engine(InMemoryStores.create());
        engine.companies().register(company(companyId));
        customer = person(companyId);
        engine.counterparties().register(customer);
    }

    private void issue(String number, int daysAgo, int netDays) {
        engine.invoices()
                .issue(
                        InvoiceRequest.of(
                                invoice(customer, number)
                                        .issueDate(TODAY.minusDays(daysAgo))
                                        .terms(new NetDays(netDays))
                                        .line(line("1", "100.00", "0"))
                                        .build(CONTEXT)));
    }

    @Nested
    class StoredOpenItems {

        @Test
        void agingReadsStoredOpenItems() {
            issue("INV-1", 10, 30);
            issue("INV-2", 50, 10);
            issue("INV-3", 200, 30);

            AgingReport report = engine.reports().aging(companyId);

            AgingAmounts total = report.totals().get(0);
            assertThat(total.buckets())
                    .extracting(MonetaryAmount::isZero)
                    .containsExactly(false, true, false, true, false);
            assertThat(total.total()).isEqualTo(total.buckets().get(0).multiply(3));
            assertThat(report.options().asOf()).isEqualTo(TODAY);
            assertThat(report.lines()).hasSize(1);
        }

        @Test
        void emptyStoreGivesEmptyAging() {
            AgingReport report = engine.reports().aging(companyId);

            assertThat(report.lines()).isEmpty();
        }
    }
}
