package io.github.tahsilat.counterparty;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxId;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.internal.input.InputChecks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A customer or supplier of one company.
 *
 * <p>A counterparty with a T.C. Kimlik No is a {@link PersonType#NATURAL_PERSON}, its locale names
 * a language, and no IBAN appears twice. Bean Validation has no standard constraint for the first
 * two rules, so only the constructor checks them. A state change such as {@link #putOnHold} returns
 * a new value. {@link #toString()} leaves out the name, tax identifier, IBANs and contact details,
 * which may be personal data. Build one with {@link #builder()}. Immutable and thread-safe.
 *
 * @param id the counterparty's identifier, never {@code null}
 * @param companyId the company whose counterparty this is, never {@code null}
 * @param kind customer, supplier or both, never {@code null}
 * @param personType natural or legal person, never {@code null}
 * @param name the name notices are addressed to, not blank, at most 250 characters
 * @param taxIdentifier the VKN, T.C. Kimlik No or foreign tax identifier, or empty when unknown
 * @param ibans the counterparty's accounts, used to match incoming payments; possibly empty
 * @param locale the language, and optionally the country, of notices, such as {@code tr-TR}
 * @param segment the code that assigns collection policies, such as {@code RETAIL}: 1 to 50
 *     letters, digits, dots, hyphens or underscores, starting with a letter or digit
 * @param hold the current hold, or empty when collection may proceed
 * @param contactDetails e-mail address, phone number and postal address, never {@code null}
 */
public record Counterparty(
        @NotNull CounterpartyId id,
        @NotNull CompanyId companyId,
        @NotNull CounterpartyKind kind,
        @NotNull PersonType personType,
        @NotBlank @Size(max = Counterparty.MAX_NAME_LENGTH) String name,
        @NotNull Optional<@Valid TaxIdentifier> taxIdentifier,
        @NotNull List<@NotNull @Valid Iban> ibans,
        @NotNull Locale locale,
        @NotNull @Pattern(regexp = Counterparty.SEGMENT_PATTERN) String segment,
        @NotNull Optional<@Valid Hold> hold,
        @NotNull @Valid ContactDetails contactDetails) {

    /** The maximum length of {@link #name()}. */
    public static final int MAX_NAME_LENGTH = 250;

    /** The form of {@link #segment()}. */
    public static final String SEGMENT_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,49}";

    // Compiled once, because String.matches compiles the expression on every call, and a dunning
    // run rebuilds a counterparty from the store for every counterparty with overdue items.
    private static final java.util.regex.Pattern SEGMENT =
            java.util.regex.Pattern.compile(SEGMENT_PATTERN);

    /** The segment of a counterparty built without one. */
    public static final String DEFAULT_SEGMENT = "DEFAULT";

    /**
     * Checks every field and copies the list of IBANs. A rejected name is not quoted in the
     * message, because it may name a person.
     *
     * @throws InvalidInputException if any argument or IBAN is {@code null}; if {@code name} is
     *     blank or longer than 250 characters; if an IBAN appears twice; if {@code locale} has no
     *     language; if {@code segment} does not match {@link #SEGMENT_PATTERN}; or if the tax
     *     identifier is a T.C. Kimlik No but {@code personType} is not {@code NATURAL_PERSON}
     */
    public Counterparty {
        InputChecks.present(id, "id", "a counterparty id");
        InputChecks.present(companyId, "companyId", "a company id");
        InputChecks.present(kind, "kind", "CUSTOMER, SUPPLIER or BOTH");
        InputChecks.present(personType, "personType", "NATURAL_PERSON or LEGAL_PERSON");
        InputChecks.personalText(name, "name", MAX_NAME_LENGTH);
        InputChecks.present(taxIdentifier, "taxIdentifier", "a tax id or Optional.empty()");
        ibans = InputChecks.distinctList(ibans, "ibans");
        InputChecks.present(locale, "locale", "a locale with a language, such as tr-TR");
        if (locale.getLanguage().isEmpty()) {
            throw new InvalidInputException(
                    "locale", locale.toLanguageTag(), "a locale with a language, such as tr-TR");
        }
        InputChecks.present(segment, "segment", "a segment code such as DEFAULT");
        if (!SEGMENT.matcher(segment).matches()) {
            throw new InvalidInputException(
                    "segment",
                    '"' + segment + '"',
                    "1 to 50 letters, digits, dots, hyphens or underscores, starting with a letter"
                            + " or digit");
        }
        InputChecks.present(hold, "hold", "a hold or Optional.empty()");
        InputChecks.present(contactDetails, "contactDetails", "contact details, possibly none");
        if (identifiesNaturalPerson(taxIdentifier) && personType != PersonType.NATURAL_PERSON) {
            throw new InvalidInputException(
                    "personType",
                    personType,
                    "NATURAL_PERSON, because the tax identifier is a T.C. Kimlik No");
        }
    }

    /** Returns an empty builder. The id, company id, kind and name are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder that starts from this counterparty's values. */
    public Builder toBuilder() {
        Builder builder =
                builder()
                        .id(id)
                        .companyId(companyId)
                        .kind(kind)
                        .personType(personType)
                        .name(name)
                        .taxIdentifier(taxIdentifier.orElse(null))
                        .locale(locale)
                        .segment(segment)
                        .contactDetails(contactDetails);
        builder.hold = hold.orElse(null);
        builder.ibans.addAll(ibans);
        return builder;
    }

    /**
     * Returns whether the counterparty is a natural person, which every T.C. Kimlik No holder is.
     */
    public boolean isNaturalPerson() {
        return personType == PersonType.NATURAL_PERSON;
    }

    /** Returns whether collection is on hold. */
    public boolean isOnHold() {
        return hold.isPresent();
    }

    /**
     * Returns a copy on hold for {@code reason}. A counterparty already on hold gets the new reason
     * in place of the old one.
     *
     * @throws InvalidInputException if {@code reason} is {@code null}, blank or longer than 500
     *     characters
     */
    public Counterparty putOnHold(String reason) {
        Hold next = new Hold(reason);
        return withHold(Optional.of(next));
    }

    /** Returns a copy without a hold, or this counterparty when it is not on hold. */
    public Counterparty releaseHold() {
        return hold.isEmpty() ? this : withHold(Optional.empty());
    }

    /**
     * Returns a copy with other contact details.
     *
     * @throws InvalidInputException if {@code details} is {@code null}
     */
    public Counterparty withContactDetails(ContactDetails details) {
        return new Counterparty(
                id,
                companyId,
                kind,
                personType,
                name,
                taxIdentifier,
                ibans,
                locale,
                segment,
                hold,
                details);
    }

    /**
     * Returns a copy without personal data, for an erasure request under KVKK or GDPR. The name
     * becomes {@code pseudonym} and the contact details are removed. For a natural person the tax
     * identifier and the IBANs are removed too. A legal person keeps them, because a company's tax
     * number and accounts are not personal data. The hold reason is kept, so write reasons that
     * name no person.
     *
     * @param pseudonym the name to show in place of the real one, such as {@code "Customer 4711"}
     * @throws InvalidInputException if {@code pseudonym} is {@code null}, blank or longer than 250
     *     characters
     */
    public Counterparty pseudonymize(String pseudonym) {
        boolean natural = isNaturalPerson();
        return new Counterparty(
                id,
                companyId,
                kind,
                personType,
                pseudonym,
                natural ? Optional.empty() : taxIdentifier,
                natural ? List.of() : ibans,
                locale,
                segment,
                hold,
                ContactDetails.none());
    }

    /** Returns the ids, kind, person type, locale, segment and hold state, and no personal data. */
    @Override
    public String toString() {
        return "Counterparty[id="
                + id
                + ", companyId="
                + companyId
                + ", kind="
                + kind
                + ", personType="
                + personType
                + ", locale="
                + locale.toLanguageTag()
                + ", segment="
                + segment
                + ", onHold="
                + isOnHold()
                + "]";
    }

    private Counterparty withHold(Optional<Hold> next) {
        return new Counterparty(
                id,
                companyId,
                kind,
                personType,
                name,
                taxIdentifier,
                ibans,
                locale,
                segment,
                next,
                contactDetails);
    }

    private static boolean identifiesNaturalPerson(Optional<TaxIdentifier> taxIdentifier) {
        return taxIdentifier.isPresent()
                && taxIdentifier.get() instanceof TaxId turkish
                && turkish.identifiesNaturalPerson();
    }

    /**
     * Builder of a {@link Counterparty}. Not thread-safe. Unless set, the segment is {@value
     * #DEFAULT_SEGMENT}, the locale {@code tr-TR}, the contact details none, and the person type
     * {@code NATURAL_PERSON} for a T.C. Kimlik No and {@code LEGAL_PERSON} otherwise.
     */
    public static final class Builder {
        private CounterpartyId id;
        private CompanyId companyId;
        private CounterpartyKind kind;
        private PersonType personType;
        private String name;
        private TaxIdentifier taxIdentifier;
        private final List<Iban> ibans = new ArrayList<>();
        private Locale locale = Locale.forLanguageTag("tr-TR");
        private String segment = DEFAULT_SEGMENT;
        private Hold hold;
        private ContactDetails contactDetails = ContactDetails.none();

        private Builder() {}

        /** Sets the identifier, which is required. */
        public Builder id(CounterpartyId value) {
            this.id = value;
            return this;
        }

        /** Sets the owning company, which is required. */
        public Builder companyId(CompanyId value) {
            this.companyId = value;
            return this;
        }

        /** Sets customer, supplier or both, which is required. */
        public Builder kind(CounterpartyKind value) {
            this.kind = value;
            return this;
        }

        /** Sets the person type, or with {@code null} derives it from the tax identifier. */
        public Builder personType(PersonType value) {
            this.personType = value;
            return this;
        }

        /** Sets the name, which is required. */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets the tax identifier, or clears it with {@code null}. */
        public Builder taxIdentifier(TaxIdentifier value) {
            this.taxIdentifier = value;
            return this;
        }

        /** Appends an IBAN. */
        public Builder addIban(Iban value) {
            this.ibans.add(value);
            return this;
        }

        /** Sets the language of notices. */
        public Builder locale(Locale value) {
            this.locale = value;
            return this;
        }

        /** Sets the policy segment. */
        public Builder segment(String value) {
            this.segment = value;
            return this;
        }

        /** Sets the contact details. */
        public Builder contactDetails(ContactDetails value) {
            this.contactDetails = value;
            return this;
        }

        /**
         * Builds the counterparty, not on hold unless built by {@link Counterparty#toBuilder()}
         * from one that is.
         *
         * @throws InvalidInputException if a required field is missing or a field is invalid, as
         *     the {@link Counterparty} constructor describes
         */
        public Counterparty build() {
            return new Counterparty(
                    id,
                    companyId,
                    kind,
                    personType != null ? personType : derivedPersonType(),
                    name,
                    Optional.ofNullable(taxIdentifier),
                    ibans,
                    locale,
                    segment,
                    Optional.ofNullable(hold),
                    contactDetails);
        }

        private PersonType derivedPersonType() {
            return identifiesNaturalPerson(Optional.ofNullable(taxIdentifier))
                    ? PersonType.NATURAL_PERSON
                    : PersonType.LEGAL_PERSON;
        }
    }
}
