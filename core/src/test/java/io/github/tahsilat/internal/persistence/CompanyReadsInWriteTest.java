package io.github.tahsilat.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.company.VatRounding;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.StaleVersionException;
import io.github.tahsilat.persistence.spi.record.CompanyRecord;
import io.github.tahsilat.persistence.spi.store.CompanyStore;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.Actor;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.money.Monetary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Company reads inside a {@link StoreContext#write}. The attempt caches its first read of a company
 * for its later reads of the same company, and no cached company outlives the attempt.
 */
class CompanyReadsInWriteTest {

    private static final HolidayCalendar CALENDAR = HolidayCalendar.weekendsOnly();

    private final Stores memory = InMemoryStores.create();
    private final CountingCompanies companies = new CountingCompanies(memory.companies());
    private final StoreContext context =
            new StoreContext(
                    new Stores(
                            companies,
                            memory.counterparties(),
                            memory.invoices(),
                            memory.creditDocuments(),
                            memory.events(),
                            memory.payments(),
                            memory.allocations(),
                            memory.ledger(),
                            memory.instruments(),
                            memory.dunning(),
                            memory.bankEntries(),
                            memory.reconciliationQueue(),
                            memory.paymentPlans(),
                            memory.transactions()),
                    Clock.fixed(Instant.parse("2026-12-06T09:00:00Z"), ZoneOffset.UTC),
                    Actor.system("test"),
                    new Calendars(Map.of("test", CALENDAR)));
    private final CompanyRepository repository = new CompanyRepository(context);
    private final CompanyId company = CompanyId.random();
    private final CompanyId otherCompany = CompanyId.random();

    /** A company store that counts its {@code find} calls. */
    private static final class CountingCompanies implements CompanyStore {
        private final CompanyStore target;
        private int finds;

        CountingCompanies(CompanyStore target) {
            this.target = target;
        }

        @Override
        public CompanyRecord insert(UUID companyId, CompanyRecord company) {
            return target.insert(companyId, company);
        }

        @Override
        public CompanyRecord update(UUID companyId, CompanyRecord company) {
            return target.update(companyId, company);
        }

        @Override
        public Optional<CompanyRecord> find(UUID companyId) {
            finds++;
            return target.find(companyId);
        }
    }

    private static Company company(CompanyId id, String legalName) {
        return Company.builder()
                .id(id)
                .legalName(legalName)
                .settings(
                        new CompanySettings(
                                Monetary.getCurrency("TRY"),
                                ZoneId.of("Europe/Istanbul"),
                                RoundingMode.HALF_EVEN,
                                VatRounding.PER_LINE,
                                CALENDAR))
                .build();
    }

    @BeforeEach
    void insertCompanies() {
        repository.insert(company(company, "Anadolu Tekstil A.Ş."));
        repository.insert(company(otherCompany, "Ege Boya Ltd."));
        companies.finds = 0;
    }

    @Test
    void writeReadsCompanyOnce() {
        String name =
                context.write(
                        () -> {
                            repository.require(company);
                            repository.today(company);
                            return repository.require(company).legalName();
                        });

        assertThat(name).isEqualTo("Anadolu Tekstil A.Ş.");
        assertThat(companies.finds).isEqualTo(1);
    }

    @Test
    void nestedWriteUsesOuterRead() {
        context.write(
                () -> {
                    repository.require(company);
                    return context.write(() -> repository.require(company));
                });

        assertThat(companies.finds).isEqualTo(1);
    }

    @Test
    void otherCompanyReadOnItsOwn() {
        String otherName =
                context.write(
                        () -> {
                            repository.require(company);
                            return repository.require(otherCompany).legalName();
                        });

        assertThat(otherName).isEqualTo("Ege Boya Ltd.");
        assertThat(companies.finds).isEqualTo(2);
    }

    @Test
    void eachWriteReadsAgain() {
        context.write(() -> repository.require(company));
        context.write(() -> repository.require(company));

        assertThat(companies.finds).isEqualTo(2);
    }

    @Test
    void readsOutsideWriteEachRead() {
        repository.require(company);
        repository.require(company);

        assertThat(companies.finds).isEqualTo(2);
    }

    @Test
    void failedWriteKeepsNothing() {
        assertThatThrownBy(
                        () ->
                                context.write(
                                        () -> {
                                            repository.require(company);
                                            throw new IllegalStateException("work failed");
                                        }))
                .isInstanceOf(IllegalStateException.class);

        context.write(() -> repository.require(company));

        assertThat(companies.finds).isEqualTo(2);
    }

    @Test
    void retriedAttemptReadsAgain() {
        int[] attempts = {0};

        context.write(
                () -> {
                    repository.require(company);
                    attempts[0]++;
                    if (attempts[0] == 1) {
                        throw new StaleVersionException("InvoiceRecord", UUID.randomUUID(), 1, 2);
                    }
                    return null;
                });

        assertThat(attempts[0]).isEqualTo(2);
        assertThat(companies.finds).isEqualTo(2);
    }

    @Test
    void companyInsertedInWriteIsFound() {
        CompanyId added = CompanyId.random();

        Optional<Company> found =
                context.write(
                        () -> {
                            assertThat(repository.find(added)).isEmpty();
                            repository.insert(company(added, "Marmara Gıda A.Ş."));
                            return repository.find(added);
                        });

        assertThat(found).map(Company::legalName).contains("Marmara Gıda A.Ş.");
        assertThat(companies.finds).isEqualTo(2);
    }

    @Test
    void wrappedStoresShareTheRead() {
        StoreContext wrapped =
                new StoreContext(
                        context.stores().withInvoices(memory.invoices()),
                        context.clock(),
                        Actor.system("test"),
                        context.calendars());
        CompanyRepository wrappedRepository = new CompanyRepository(wrapped);

        context.write(
                () -> {
                    repository.require(company);
                    return wrapped.write(() -> wrappedRepository.require(company));
                });

        assertThat(companies.finds).isEqualTo(1);
    }

    @Test
    void otherCompanyStoreReadsItsOwn() {
        StoreContext direct =
                new StoreContext(
                        memory, context.clock(), Actor.system("test"), context.calendars());
        CompanyRepository directRepository = new CompanyRepository(direct);
        CompanyRecord stored = memory.companies().find(company.value()).orElseThrow();

        String name =
                context.write(
                        () -> {
                            repository.require(company);
                            memory.companies()
                                    .update(company.value(), renamed(stored, "Anadolu Boya A.Ş."));
                            return direct.write(() -> directRepository.require(company))
                                    .legalName();
                        });

        assertThat(name).isEqualTo("Anadolu Boya A.Ş.");
        assertThat(companies.finds).isEqualTo(1);
    }

    @Test
    void hostUpdateBetweenWritesIsRead() {
        CompanyRecord stored = memory.companies().find(company.value()).orElseThrow();

        List<String> names =
                memory.transactions()
                        .inTransaction(
                                () -> {
                                    String before =
                                            context.write(
                                                    () -> repository.require(company).legalName());
                                    companies.update(
                                            company.value(), renamed(stored, "Anadolu Boya A.Ş."));
                                    String after =
                                            context.write(
                                                    () -> repository.require(company).legalName());
                                    return List.of(before, after);
                                });

        assertThat(names).containsExactly("Anadolu Tekstil A.Ş.", "Anadolu Boya A.Ş.");
        assertThat(companies.finds).isEqualTo(2);
    }

    private static CompanyRecord renamed(CompanyRecord record, String legalName) {
        io.github.tahsilat.persistence.spi.record.CompanySettings settings = record.settings();
        return new CompanyRecord(
                record.companyId(),
                record.version(),
                new io.github.tahsilat.persistence.spi.record.CompanySettings(
                        legalName,
                        settings.functionalCurrency(),
                        settings.zoneId(),
                        settings.roundingMode(),
                        settings.vatRounding(),
                        settings.vkn(),
                        settings.mersis(),
                        settings.bankAccounts(),
                        settings.calendarId()),
                record.lastWrite());
    }
}
