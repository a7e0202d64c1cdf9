package io.github.tahsilat.einvoice.internal.ubl;

import static io.github.tahsilat.einvoice.internal.ubl.Elements.text;
import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CAC;
import static io.github.tahsilat.einvoice.internal.xml.XmlNames.CBC;

import io.github.tahsilat.einvoice.Address;
import io.github.tahsilat.einvoice.Party;
import io.github.tahsilat.einvoice.PartyIdentifier;
import io.github.tahsilat.einvoice.internal.xml.XmlElement;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.identifier.Iban;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code cac:Party}. */
final class PartyReader {

    private PartyReader() {}

    /**
     * Reads {@code party}, with the bank account ids that the payment means name for it; those that
     * are valid IBANs become the party's IBANs.
     */
    static Party read(XmlElement party, List<String> accountIds) {
        List<PartyIdentifier> identifiers = new ArrayList<>();
        for (XmlElement identification : party.children(CAC, "PartyIdentification")) {
            XmlElement id = identification.child(CBC, "ID");
            if (id != null && !id.text().isEmpty()) {
                identifiers.add(new PartyIdentifier(id.attribute("schemeID"), id.text()));
            }
        }
        XmlElement endpoint = party.child(CBC, "EndpointID");
        List<String> taxSchemeIds = new ArrayList<>();
        String taxOffice = null;
        for (XmlElement taxScheme : party.children(CAC, "PartyTaxScheme")) {
            String companyId = text(taxScheme, "CompanyID");
            if (companyId != null) {
                taxSchemeIds.add(companyId);
            }
            XmlElement scheme = taxScheme.child(CAC, "TaxScheme");
            if (taxOffice == null && text(scheme, "ID") == null) {
                taxOffice = text(scheme, "Name");
            }
        }
        XmlElement legal = party.child(CAC, "PartyLegalEntity");
        XmlElement contact = party.child(CAC, "Contact");
        return new Party(
                text(party.child(CAC, "PartyName"), "Name"),
                text(legal, "RegistrationName"),
                personName(party.child(CAC, "Person")),
                identifiers,
                endpoint == null || endpoint.text().isEmpty()
                        ? null
                        : new PartyIdentifier(endpoint.attribute("schemeID"), endpoint.text()),
                taxSchemeIds,
                text(legal, "CompanyID"),
                taxOffice,
                address(party.child(CAC, "PostalAddress")),
                text(contact, "ElectronicMail"),
                text(contact, "Telephone"),
                ibans(accountIds));
    }

    private static String personName(XmlElement person) {
        String first = text(person, "FirstName");
        String family = text(person, "FamilyName");
        if (first == null && family == null) {
            return null;
        }
        if (first == null || family == null) {
            return first == null ? family : first;
        }
        return first + " " + family;
    }

    private static Address address(XmlElement address) {
        if (address == null) {
            return null;
        }
        XmlElement country = address.child(CAC, "Country");
        return new Address(
                text(address, "StreetName"),
                text(address, "BuildingNumber"),
                text(address, "CitySubdivisionName"),
                text(address, "CityName"),
                text(address, "PostalZone"),
                regionOf(address),
                text(country, "IdentificationCode"),
                text(country, "Name"));
    }

    private static String regionOf(XmlElement address) {
        String region = text(address, "Region");
        return region != null ? region : text(address, "CountrySubentity");
    }

    private static List<Iban> ibans(List<String> accountIds) {
        List<Iban> ibans = new ArrayList<>();
        for (String id : accountIds) {
            try {
                Iban iban = Iban.parse(id);
                if (!ibans.contains(iban)) {
                    ibans.add(iban);
                }
            } catch (InvalidInputException e) {
                // Not an IBAN, such as a national account number; PaymentMeans keeps it as text.
            }
        }
        return ibans;
    }
}
