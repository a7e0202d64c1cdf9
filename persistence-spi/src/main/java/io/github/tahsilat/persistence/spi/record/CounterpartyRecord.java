package io.github.tahsilat.persistence.spi.record;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer or supplier of a company.
 *
 * @param companyId the owning company
 * @param id the counterparty's id, made by the library
 * @param version 0 for a record to insert, else the stored version this record was read at
 * @param kind customer, supplier or both
 * @param name the name, or the pseudonym after erasure; never blank
 * @param taxId the tax identifier, or empty (always empty after erasure)
 * @param ibans the counterparty's IBANs in electronic form, without duplicates, possibly empty
 * @param localeTag the IETF BCP 47 language tag for documents sent to it, such as {@code "tr-TR"}
 * @param segment the host's customer segment, or empty
 * @param onHold whether new sales to the counterparty are blocked
 * @param holdReason why it is on hold; present only when {@code onHold}
 * @param contact how to reach it, never {@code null}
 * @param naturalPerson whether it is a natural person, whose data KVKK and the GDPR protect
 * @param erasure the erasure status; not {@link Erasure#NONE} only for a natural person
 * @param externalReference the host's own key for it, unique per company, or empty
 * @param lastWrite who wrote this version and when
 */
public record CounterpartyRecord(
        UUID companyId,
        UUID id,
        long version,
        CounterpartyKind kind,
        String name,
        Optional<TaxId> taxId,
        List<String> ibans,
        String localeTag,
        Optional<String> segment,
        boolean onHold,
        Optional<String> holdReason,
        ContactDetails contact,
        boolean naturalPerson,
        Erasure erasure,
        Optional<String> externalReference,
        WriteStamp lastWrite) {

    /**
     * Checks the components and copies the list.
     *
     * @throws NullPointerException if a component or a list element is {@code null}
     * @throws IllegalArgumentException if a text is blank, an IBAN is malformed or repeated, a hold
     *     reason is given without a hold, or a legal entity has an erasure status
     */
    public CounterpartyRecord {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(id, "id");
        Checks.version(version);
        Objects.requireNonNull(kind, "kind");
        Checks.text(name, "name");
        Objects.requireNonNull(taxId, "taxId");
        ibans = Checks.list(ibans, "ibans");
        ibans.forEach(iban -> Checks.iban(iban, "ibans"));
        if (new HashSet<>(ibans).size() != ibans.size()) {
            throw Checks.invalid("ibans", ibans, "each IBAN once");
        }
        Checks.text(localeTag, "localeTag");
        Checks.optionalText(segment, "segment");
        Checks.optionalText(holdReason, "holdReason");
        if (holdReason.isPresent() && !onHold) {
            throw Checks.invalid("holdReason", holdReason.get(), "no reason unless onHold");
        }
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(erasure, "erasure");
        if (!naturalPerson && erasure.state() != ErasureState.NONE) {
            throw Checks.invalid("erasure", erasure.state(), "NONE for a legal entity");
        }
        Checks.optionalText(externalReference, "externalReference");
        Objects.requireNonNull(lastWrite, "lastWrite");
    }

    /** Returns a copy with another version; stores use it when they write. */
    public CounterpartyRecord withVersion(long newVersion) {
        return new CounterpartyRecord(
                companyId,
                id,
                newVersion,
                kind,
                name,
                taxId,
                ibans,
                localeTag,
                segment,
                onHold,
                holdReason,
                contact,
                naturalPerson,
                erasure,
                externalReference,
                lastWrite);
    }

    /**
     * Returns a copy that records an erasure request, with the personal data unchanged.
     *
     * @param retentionEnds the first day on which the data may be erased
     * @param stamp who recorded the request and when; its instant becomes the request instant
     */
    public CounterpartyRecord withErasureRequested(LocalDate retentionEnds, WriteStamp stamp) {
        return new CounterpartyRecord(
                companyId,
                id,
                version,
                kind,
                name,
                taxId,
                ibans,
                localeTag,
                segment,
                onHold,
                holdReason,
                contact,
                naturalPerson,
                Erasure.requested(stamp.at(), retentionEnds),
                externalReference,
                stamp);
    }

    /**
     * Returns a copy whose personal data is erased: the name becomes {@code pseudonym}, and the tax
     * id, the IBANs and the contact details are removed. The id, kind, segment, hold, locale and
     * external reference stay, so amounts and references elsewhere remain intact.
     *
     * @param pseudonym the text that replaces the name, never blank
     * @param stamp who erased the data and when; its instant becomes the erasure instant
     * @throws IllegalStateException if no erasure request is recorded
     */
    public CounterpartyRecord pseudonymized(String pseudonym, WriteStamp stamp) {
        return new CounterpartyRecord(
                companyId,
                id,
                version,
                kind,
                pseudonym,
                Optional.empty(),
                List.of(),
                localeTag,
                segment,
                onHold,
                holdReason,
                ContactDetails.NONE,
                naturalPerson,
                erasure.erased(stamp.at()),
                externalReference,
                stamp);
    }
}
