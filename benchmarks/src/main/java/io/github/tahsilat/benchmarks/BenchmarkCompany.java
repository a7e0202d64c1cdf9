package io.github.tahsilat.benchmarks;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.engine.Tahsilat;
import java.time.ZoneOffset;
import java.util.function.IntFunction;
import javax.money.Monetary;

/** Registers the company and customers of {@link OpenItemData} through the engine's services. */
final class BenchmarkCompany {

    private BenchmarkCompany() {}

    /**
     * Registers company {@code companyId}, in {@link StoredInvoices#CURRENCY} and UTC, and every
     * counterparty of {@code data} as its customer named {@code name.apply(c)}.
     */
    static void register(
            Tahsilat engine, CompanyId companyId, OpenItemData data, IntFunction<String> name) {
        engine.companies()
                .register(
                        Company.builder()
                                .id(companyId)
                                .legalName("Benchmark A.Ş.")
                                .settings(
                                        CompanySettings.of(
                                                Monetary.getCurrency(StoredInvoices.CURRENCY),
                                                ZoneOffset.UTC))
                                .build());
        for (int c = 0; c < data.counterparties(); c++) {
            engine.counterparties()
                    .register(
                            Counterparty.builder()
                                    .id(new CounterpartyId(data.counterpartyId(c)))
                                    .companyId(companyId)
                                    .kind(CounterpartyKind.CUSTOMER)
                                    .name(name.apply(c))
                                    .build());
        }
    }
}
