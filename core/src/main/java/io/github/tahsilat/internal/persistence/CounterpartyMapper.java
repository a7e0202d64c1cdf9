package io.github.tahsilat.internal.persistence;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.ContactDetails;
import io.github.tahsilat.counterparty.Counterparty;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.counterparty.CounterpartyKind;
import io.github.tahsilat.counterparty.Hold;
import io.github.tahsilat.counterparty.PersonType;
import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import io.github.tahsilat.persistence.spi.record.CounterpartyRecord;
import io.github.tahsilat.persistence.spi.record.Erasure;
import io.github.tahsilat.persistence.spi.record.TaxId;
import io.github.tahsilat.persistence.spi.record.TaxIdType;
import io.github.tahsilat.persistence.spi.record.WriteStamp;
import io.github.tahsilat.service.ErasureStatus;
import io.github.tahsilat.service.StoredCounterparty;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a {@link Counterparty} to and from a {@link CounterpartyRecord}.
 *
 * <p>A foreign tax id is stored as type {@code OTHER} with the value {@code COUNTRY:NUMBER}, such
 * as {@code DE:12/345/67890}, because the record has no country field.
 */
final class CounterpartyMapper {

    static final String TYPE = "CounterpartyRecord";

    /** The reason of a hold that a store keeps without one; the domain requires a reason. */
    static final String UNKNOWN_HOLD_REASON = "on hold; the store keeps no reason";

    private CounterpartyMapper() {}

    /**
     * Builds the record of {@code counterparty}, keeping the erasure status and external reference
     * of {@code stored}, or none for a new counterparty.
     */
    static CounterpartyRecord toRecord(
            Counterparty counterparty,
            long version,
            Optional<CounterpartyRecord> stored,
            WriteStamp stamp) {
        return Conversions.toRecord(
                "counterparty",
                () ->
                        new CounterpartyRecord(
                                counterparty.companyId().value(),
                                counterparty.id().value(),
                                version,
                                io.github.tahsilat.persistence.spi.record.CounterpartyKind.valueOf(
                                        counterparty.kind().name()),
                                counterparty.name(),
                                counterparty.taxIdentifier().map(CounterpartyMapper::taxId),
                                counterparty.ibans().stream().map(Iban::value).toList(),
                                counterparty.locale().toLanguageTag(),
                                Optional.of(counterparty.segment()),
                                counterparty.isOnHold(),
                                counterparty.hold().map(Hold::reason),
                                contact(counterparty.contactDetails()),
                                counterparty.isNaturalPerson(),
                                stored.map(CounterpartyRecord::erasure).orElse(Erasure.NONE),
                                stored.flatMap(CounterpartyRecord::externalReference),
                                stamp));
    }

    /** Returns the SPI form of a tax identifier. */
    static TaxId taxId(TaxIdentifier identifier) {
        if (identifier instanceof Vkn vkn) {
            return new TaxId(TaxIdType.VKN, vkn.value());
        }
        if (identifier instanceof Tckn tckn) {
            return new TaxId(TaxIdType.TCKN, tckn.value());
        }
        ForeignTaxId foreign = (ForeignTaxId) identifier;
        return new TaxId(TaxIdType.OTHER, foreign.countryCode() + ":" + foreign.value());
    }

    private static io.github.tahsilat.persistence.spi.record.ContactDetails contact(
            ContactDetails details) {
        return new io.github.tahsilat.persistence.spi.record.ContactDetails(
                details.email(), details.phone(), details.postalAddress());
    }

    static StoredCounterparty toStored(CounterpartyRecord record) {
        return Conversions.fromRecord(
                TYPE,
                record.id(),
                () ->
                        new StoredCounterparty(
                                rebuild(record), record.version(), erasure(record.erasure())));
    }

    private static Counterparty rebuild(CounterpartyRecord record) {
        Counterparty.Builder builder =
                Counterparty.builder()
                        .id(new CounterpartyId(record.id()))
                        .companyId(new CompanyId(record.companyId()))
                        .kind(CounterpartyKind.valueOf(record.kind().name()))
                        .personType(
                                record.naturalPerson()
                                        ? PersonType.NATURAL_PERSON
                                        : PersonType.LEGAL_PERSON)
                        .name(record.name())
                        .taxIdentifier(
                                record.taxId().map(CounterpartyMapper::taxIdentifier).orElse(null))
                        .locale(Locale.forLanguageTag(record.localeTag()))
                        .segment(record.segment().orElse(Counterparty.DEFAULT_SEGMENT))
                        .contactDetails(
                                new ContactDetails(
                                        record.contact().email(),
                                        record.contact().phone(),
                                        record.contact().address()));
        record.ibans().forEach(iban -> builder.addIban(new Iban(iban)));
        Counterparty counterparty = builder.build();
        if (record.onHold()) {
            counterparty = counterparty.putOnHold(record.holdReason().orElse(UNKNOWN_HOLD_REASON));
        }
        return counterparty;
    }

    private static TaxIdentifier taxIdentifier(TaxId taxId) {
        return switch (taxId.type()) {
            case VKN -> new Vkn(taxId.value());
            case TCKN -> new Tckn(taxId.value());
            case OTHER -> foreign(taxId.value());
        };
    }

    private static ForeignTaxId foreign(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(
                    "invalid taxId of type OTHER: "
                            + value
                            + "; expected COUNTRY:NUMBER such as DE:12/345/67890");
        }
        return new ForeignTaxId(value.substring(0, colon), value.substring(colon + 1));
    }

    static ErasureStatus erasure(Erasure erasure) {
        return new ErasureStatus(
                ErasureStatus.Stage.valueOf(erasure.state().name()),
                erasure.requestedAt(),
                erasure.retentionEnds(),
                erasure.erasedAt());
    }
}
