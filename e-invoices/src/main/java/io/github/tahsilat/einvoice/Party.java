package io.github.tahsilat.einvoice;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.ForeignTaxId;
import io.github.tahsilat.identifier.Iban;
import io.github.tahsilat.identifier.TaxId;
import io.github.tahsilat.identifier.TaxIdentifier;
import io.github.tahsilat.identifier.Tckn;
import io.github.tahsilat.identifier.Vkn;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A supplier or customer of an e-invoice, as printed: names, identifiers, address, contact and bank
 * accounts. A host matches it to a counterparty or registers a new one.
 *
 * @param name the trading name ({@code cac:PartyName/cbc:Name}), or {@code null}
 * @param registrationName the legal name ({@code cac:PartyLegalEntity/cbc:RegistrationName}), or
 *     {@code null}
 * @param personName first and family name of a natural person ({@code cac:Person}), or {@code null}
 * @param identifiers the {@code cac:PartyIdentification/cbc:ID} values, such as VKN or TCKN in
 *     UBL-TR
 * @param endpointId the electronic address ({@code cbc:EndpointID}), or {@code null}
 * @param taxSchemeCompanyIds the {@code cac:PartyTaxScheme/cbc:CompanyID} values, such as a VAT
 *     number {@code DK12345678}
 * @param legalCompanyId the {@code cac:PartyLegalEntity/cbc:CompanyID}, or {@code null}
 * @param taxOffice the tax office ({@code cac:PartyTaxScheme/cac:TaxScheme/cbc:Name} in UBL-TR), or
 *     {@code null}
 * @param address the postal address, or {@code null}
 * @param email the contact e-mail, or {@code null}
 * @param telephone the contact telephone, or {@code null}
 * @param ibans the valid IBANs of the party's accounts named in {@code cac:PaymentMeans}: payee
 *     accounts for the supplier, payer accounts for the customer
 */
public record Party(
        String name,
        String registrationName,
        String personName,
        List<PartyIdentifier> identifiers,
        PartyIdentifier endpointId,
        List<String> taxSchemeCompanyIds,
        String legalCompanyId,
        String taxOffice,
        Address address,
        String email,
        String telephone,
        List<Iban> ibans) {

    /** Copies the lists; a {@code null} list becomes empty. */
    public Party {
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        taxSchemeCompanyIds =
                taxSchemeCompanyIds == null ? List.of() : List.copyOf(taxSchemeCompanyIds);
        ibans = ibans == null ? List.of() : List.copyOf(ibans);
    }

    /**
     * Returns the name to show: the trading name, else the legal name, else the person's name, else
     * the first identifier, else {@code "(no name)"}.
     */
    public String displayName() {
        if (name != null) {
            return name;
        }
        if (registrationName != null) {
            return registrationName;
        }
        if (personName != null) {
            return personName;
        }
        return identifiers.isEmpty() ? "(no name)" : identifiers.get(0).value();
    }

    /**
     * Returns the party's tax identifier: a valid VKN or TCKN from an identifier with scheme {@code
     * VKN} or {@code TCKN}, else a foreign tax id from a VAT number with a country prefix (such as
     * {@code DK12345678}) or from the legal company id and the address country. Returns empty when
     * no identifier gives a valid one.
     */
    public Optional<TaxIdentifier> taxIdentifier() {
        for (PartyIdentifier id : identifiers) {
            Optional<TaxIdentifier> turkish = turkish(id);
            if (turkish.isPresent()) {
                return turkish;
            }
        }
        for (String vatNumber : taxSchemeCompanyIds) {
            Optional<TaxIdentifier> foreign = foreignWithPrefix(vatNumber);
            if (foreign.isPresent()) {
                return foreign;
            }
        }
        String country = address == null ? null : address.countryCode();
        if (legalCompanyId != null && country != null && !country.equals("TR")) {
            return foreign(country, compact(legalCompanyId));
        }
        return Optional.empty();
    }

    /**
     * Returns every identifier value printed for the party, without spaces and in upper case: party
     * identifications, endpoint, tax scheme and legal company ids. Used to find the company in a
     * document and to name the parties in messages.
     */
    public Set<String> identifierValues() {
        Set<String> values = new LinkedHashSet<>();
        for (PartyIdentifier id : identifiers) {
            values.add(compact(id.value()));
        }
        if (endpointId != null) {
            values.add(compact(endpointId.value()));
        }
        for (String id : taxSchemeCompanyIds) {
            values.add(compact(id));
        }
        if (legalCompanyId != null) {
            values.add(compact(legalCompanyId));
        }
        return values;
    }

    /**
     * Returns {@code true} if any printed identifier is {@code taxId}: the same digits for a VKN or
     * TCKN, and for a foreign tax id its number with or without the country prefix. Spaces, dots
     * and hyphens are ignored, and letters compared in upper case.
     */
    public boolean carries(TaxIdentifier taxId) {
        if (taxId == null) {
            return false;
        }
        List<String> forms = new ArrayList<>();
        String value = normalized(taxId.value());
        forms.add(value);
        if (taxId instanceof ForeignTaxId) {
            forms.add(taxId.countryCode() + value);
        }
        for (String printed : identifierValues()) {
            if (forms.contains(normalized(printed))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<TaxIdentifier> turkish(PartyIdentifier id) {
        String scheme = id.schemeId() == null ? "" : id.schemeId().toUpperCase(Locale.ROOT);
        try {
            if (scheme.equals("VKN")) {
                return Optional.of(Vkn.parse(id.value()));
            }
            if (scheme.equals("TCKN")) {
                return Optional.of(Tckn.parse(id.value()));
            }
            if (scheme.equals("VKN_TCKN")) {
                return Optional.of(TaxId.parse(id.value()));
            }
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<TaxIdentifier> foreignWithPrefix(String vatNumber) {
        String compact = compact(vatNumber);
        if (compact.length() < 3
                || !Character.isLetter(compact.charAt(0))
                || !Character.isLetter(compact.charAt(1))) {
            return Optional.empty();
        }
        String country = compact.substring(0, 2);
        // Greece prefixes VAT numbers with EL, its ISO 3166 code is GR.
        return foreign(country.equals("EL") ? "GR" : country, compact.substring(2));
    }

    private static Optional<TaxIdentifier> foreign(String country, String number) {
        try {
            return Optional.of(new ForeignTaxId(country, number));
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static String normalized(String text) {
        return compact(text).replace(".", "").replace("-", "");
    }
}
