package io.github.tahsilat.engine;

import static io.github.tahsilat.engine.EngineFixtures.NOW;
import static io.github.tahsilat.engine.EngineFixtures.TODAY;
import static io.github.tahsilat.engine.EngineFixtures.company;
import static io.github.tahsilat.engine.EngineFixtures.engine;
import static io.github.tahsilat.engine.EngineFixtures.firm;
import static io.github.tahsilat.engine.EngineFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.company.Company;
import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.company.CompanySettings;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.persistence.memory.InMemoryStores;
import io.github.tahsilat.persistence.spi.ErasureNotAllowedException;
import io.github.tahsilat.persistence.spi.RetentionPeriodActiveException;
import io.github.tahsilat.persistence.spi.store.Stores;
import io.github.tahsilat.service.AlreadyExistsException;
import io.github.tahsilat.service.ErasureStatus;
import io.github.tahsilat.service.NotFoundException;
import io.github.tahsilat.service.StoredCounterparty;
import io.github.tahsilat.service.VersionConflictException;
import java.time.ZoneId;
import java.util.Optional;
import javax.money.Monetary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PartyServicesTest {

    private final CompanyId companyId = CompanyId.random();
    private Stores stores;
    private Tahsilat engine;

    @BeforeEach
    void registerCompany() {
        stores = InMemoryStores.create();
        engine = engine(stores);
        engine.companies().register(company(companyId));
    }

    @Nested
    class Companies {

        @Test
        void companyRoundTripsThroughStore() {
            assertThat(engine.companies().find(companyId)).contains(company(companyId));
        }

        @Test
        void rebuiltCalendarMatchesRegistered() {
            CompanyId other = CompanyId.random();
            Company company =
                    Company.builder()
                            .id(other)
                            .legalName("Marmara Un A.Ş.")
                            .settings(
                                    CompanySettings.of(
                                            Monetary.getCurrency("EUR"), ZoneId.of("UTC")))
                            .build();

            engine.companies().register(company);

            Company stored = engine.companies().find(other).orElseThrow();
            assertThat(stored.settings().calendar())
                    .isSameAs(engine.settings().calendars().get(TahsilatSettings.WEEKENDS_ONLY));
            assertThat(stored.legalName()).isEqualTo("Marmara Un A.Ş.");
        }

        @Test
        void unregisteredCalendarRejected() {
            Company company =
                    Company.builder()
                            .id(CompanyId.random())
                            .legalName("Marmara Un A.Ş.")
                            .settings(
                                    CompanySettings.of(
                                                    Monetary.getCurrency("EUR"), ZoneId.of("UTC"))
                                            .withCalendar(
                                                    HolidayCalendar.builder()
                                                            .name("Bayram only")
                                                            .build()))
                            .build();

            assertThatThrownBy(() -> engine.companies().register(company))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("settings.calendar")
                    .hasMessageContaining("withCalendar(id, calendar)");
        }

        @Test
        void secondRegistrationRejected() {
            assertThatThrownBy(() -> engine.companies().register(company(companyId)))
                    .isInstanceOf(AlreadyExistsException.class)
                    .hasMessageContaining(companyId.toString());
        }
    }

    @Nested
    class Counterparties {

        @Test
        void personRoundTripsThroughStore() {
            Counterparty person = person(companyId).putOnHold("promised to pay on Friday");

            StoredCounterparty registered = engine.counterparties().register(person);

            assertThat(registered.version()).isEqualTo(1);
            assertThat(registered.erasure()).isEqualTo(ErasureStatus.NONE);
            assertThat(engine.counterparties().find(companyId, person.id()).orElseThrow())
                    .isEqualTo(registered);
            assertThat(registered.counterparty()).isEqualTo(person);
        }

        @Test
        void foreignTaxIdRoundTrips() {
            Counterparty foreign =
                    firm(companyId).toBuilder()
                            .taxIdentifier(new ForeignTaxId("DE", "12/345/67890"))
                            .build();

            engine.counterparties().register(foreign);

            assertThat(
                            engine.counterparties()
                                    .findByTaxId(companyId, new ForeignTaxId("DE", "12/345/67890")))
                    .extracting(StoredCounterparty::counterparty)
                    .containsExactly(foreign);
        }

        @Test
        void findsByIbanAndTaxId() {
            Counterparty person = person(companyId);
            engine.counterparties().register(person);
            engine.counterparties().register(firm(companyId));

            assertThat(
                            engine.counterparties()
                                    .findByIban(companyId, Iban.parse("DE89370400440532013000")))
                    .extracting(stored -> stored.counterparty().id())
                    .containsExactly(person.id());
            assertThat(engine.counterparties().findByTaxId(companyId, new Tckn("10000000146")))
                    .extracting(stored -> stored.counterparty().id())
                    .containsExactly(person.id());
        }

        @Test
        void updateWithCurrentVersion() {
            Counterparty person = person(companyId);
            StoredCounterparty registered = engine.counterparties().register(person);
            Counterparty renamed = person.toBuilder().name("Ayşe Yılmaz Kaya").build();

            StoredCounterparty updated =
                    engine.counterparties().update(renamed, registered.version());

            assertThat(updated.version()).isEqualTo(2);
            assertThat(updated.counterparty()).isEqualTo(renamed);
        }

        @Test
        void updateWithOldVersionRejected() {
            Counterparty person = person(companyId);
            engine.counterparties().register(person);
            engine.counterparties().putOnHold(companyId, person.id(), "disputed delivery");

            assertThatThrownBy(() -> engine.counterparties().update(person, 1))
                    .isInstanceOf(VersionConflictException.class)
                    .hasMessageContaining("version 1 but version 2 is stored");
            assertThat(engine.counterparties().find(companyId, person.id()).orElseThrow())
                    .extracting(stored -> stored.counterparty().isOnHold())
                    .isEqualTo(true);
        }

        @Test
        void holdThenRelease() {
            Counterparty person = person(companyId);
            engine.counterparties().register(person);

            StoredCounterparty held =
                    engine.counterparties().putOnHold(companyId, person.id(), "disputed delivery");
            StoredCounterparty released =
                    engine.counterparties().releaseHold(companyId, person.id());

            assertThat(held.counterparty().hold().orElseThrow().reason())
                    .isEqualTo("disputed delivery");
            assertThat(released.counterparty().isOnHold()).isFalse();
            assertThat(released.version()).isEqualTo(3);
        }

        @Test
        void releaseWithoutHoldWritesNothing() {
            Counterparty person = person(companyId);
            engine.counterparties().register(person);

            StoredCounterparty same = engine.counterparties().releaseHold(companyId, person.id());

            assertThat(same.version()).isEqualTo(1);
        }

        @Test
        void unknownCompanyRejected() {
            Counterparty stranger = person(CompanyId.random());

            assertThatThrownBy(() -> engine.counterparties().register(stranger))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("company " + stranger.companyId() + " not found");
        }
    }

    @Nested
    class Erasure {

        @Test
        void requestRecordsRetentionEnd() {
            Counterparty person = person(companyId);
            engine.counterparties().register(person);

            StoredCounterparty requested =
                    engine.counterparties()
                            .requestErasure(companyId, person.id(), TODAY.plusYears(10));

            assertThat(requested.erasure().stage()).isEqualTo(ErasureStatus.Stage.REQUESTED);
            assertThat(requested.erasure().requestedAt()).contains(NOW);
            assertThat(requested.erasure().retentionEnds()).contains(TODAY.plusYears(10));
            assertThat(requested.counterparty()).isEqualTo(person);
        }

        @Test
        void eraseBeforeRetentionEndRejected() {
            Counterparty person = person(companyId);
            engine.counterparties().register(person);
            engine.counterparties().requestErasure(companyId, person.id(), TODAY.plusDays(1));

            assertThatThrownBy(
                            () ->
                                    engine.counterparties()
                                            .erase(companyId, person.id(), "Customer 4711"))
                    .isInstanceOf(RetentionPeriodActiveException.class);
        }

        @Test
        void eraseAfterRetentionEndPseudonymizes() {
            Counterparty person = person(companyId);
            engine.counterparties().register(person);
            engine.counterparties().requestErasure(companyId, person.id(), TODAY);

            StoredCounterparty erased =
                    engine.counterparties().erase(companyId, person.id(), "Customer 4711");

            assertThat(erased.erasure().stage()).isEqualTo(ErasureStatus.Stage.ERASED);
            assertThat(erased.counterparty().name()).isEqualTo("Customer 4711");
            assertThat(erased.counterparty().taxIdentifier()).isEmpty();
            assertThat(erased.counterparty().ibans()).isEmpty();
            assertThat(erased.counterparty().contactDetails().isEmpty()).isTrue();
            assertThat(engine.counterparties().findByTaxId(companyId, new Tckn("10000000146")))
                    .isEmpty();
        }

        @Test
        void erasedCounterpartyNotUpdated() {
            Counterparty person = person(companyId);
            engine.counterparties().register(person);
            engine.counterparties().requestErasure(companyId, person.id(), TODAY);
            StoredCounterparty erased =
                    engine.counterparties().erase(companyId, person.id(), "Customer 4711");

            assertThatThrownBy(() -> engine.counterparties().update(person, erased.version()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("not erased");
        }

        @Test
        void legalEntityErasureRejected() {
            Counterparty firm = firm(companyId);
            engine.counterparties().register(firm);

            assertThatThrownBy(
                            () ->
                                    engine.counterparties()
                                            .requestErasure(companyId, firm.id(), TODAY))
                    .isInstanceOf(ErasureNotAllowedException.class);
            assertThat(engine.counterparties().find(companyId, firm.id()).map(s -> s.version()))
                    .isEqualTo(Optional.of(1L));
        }
    }
}
