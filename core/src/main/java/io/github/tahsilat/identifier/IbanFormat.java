package io.github.tahsilat.identifier;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length and BBAN structure of the IBAN of each country in the SWIFT IBAN Registry.
 *
 * <p>Each structure is written in the registry's notation: {@code 5!n} is five digits, {@code 4!a}
 * four upper-case letters and {@code 16!c} sixteen letters or digits. The table was taken from the
 * registry's text release as converted by python-stdnum (file {@code stdnum/iban.dat}), and the
 * lengths were compared with the registry's example IBANs.
 *
 * @param countryCode the ISO 3166-1 alpha-2 code
 * @param structure the BBAN structure in registry notation
 * @param length the number of characters of the whole IBAN
 * @param bbanPattern the regular expression that the BBAN matches
 */
record IbanFormat(String countryCode, String structure, int length, Pattern bbanPattern) {

    private static final Pattern PART = Pattern.compile("([0-9]+)!([nac])");

    // NOTE: SWIFT updates the registry a few times a year. Until this table follows, a country
    // added later is rejected, and a country whose format changed is checked by its old format.
    private static final Map<String, IbanFormat> FORMATS =
            Map.ofEntries(
                    format("AD", "4!n4!n12!c"),
                    format("AE", "3!n16!n"),
                    format("AL", "8!n16!c"),
                    format("AT", "5!n11!n"),
                    format("AZ", "4!a20!c"),
                    format("BA", "3!n3!n8!n2!n"),
                    format("BE", "3!n7!n2!n"),
                    format("BG", "4!a4!n2!n8!c"),
                    format("BH", "4!a14!c"),
                    format("BI", "5!n5!n11!n2!n"),
                    format("BR", "8!n5!n10!n1!a1!c"),
                    format("BY", "4!c4!n16!c"),
                    format("CH", "5!n12!c"),
                    format("CR", "4!n14!n"),
                    format("CY", "3!n5!n16!c"),
                    format("CZ", "4!n6!n10!n"),
                    format("DE", "8!n10!n"),
                    format("DJ", "5!n5!n11!n2!n"),
                    format("DK", "4!n9!n1!n"),
                    format("DO", "4!c20!n"),
                    format("EE", "2!n14!n"),
                    format("EG", "4!n4!n17!n"),
                    format("ES", "4!n4!n1!n1!n10!n"),
                    format("FI", "3!n11!n"),
                    format("FK", "2!a12!n"),
                    format("FO", "4!n9!n1!n"),
                    format("FR", "5!n5!n11!c2!n"),
                    format("GB", "4!a6!n8!n"),
                    format("GE", "2!a16!n"),
                    format("GI", "4!a15!c"),
                    format("GL", "4!n9!n1!n"),
                    format("GR", "3!n4!n16!c"),
                    format("GT", "4!c20!c"),
                    format("HN", "4!a20!n"),
                    format("HR", "7!n10!n"),
                    format("HU", "3!n4!n1!n15!n1!n"),
                    format("IE", "4!a6!n8!n"),
                    format("IL", "3!n3!n13!n"),
                    format("IQ", "4!a3!n12!n"),
                    format("IS", "4!n2!n6!n10!n"),
                    format("IT", "1!a5!n5!n12!c"),
                    format("JO", "4!a4!n18!c"),
                    format("KW", "4!a22!c"),
                    format("KZ", "3!n13!c"),
                    format("LB", "4!n20!c"),
                    format("LC", "4!a24!c"),
                    format("LI", "5!n12!c"),
                    format("LT", "5!n11!n"),
                    format("LU", "3!n13!c"),
                    format("LV", "4!a13!c"),
                    format("LY", "3!n3!n15!n"),
                    format("MC", "5!n5!n11!c2!n"),
                    format("MD", "2!c18!c"),
                    format("ME", "3!n13!n2!n"),
                    format("MK", "3!n10!c2!n"),
                    format("MN", "4!n12!n"),
                    format("MR", "5!n5!n11!n2!n"),
                    format("MT", "4!a5!n18!c"),
                    format("MU", "4!a2!n2!n12!n3!n3!a"),
                    format("NI", "4!a20!n"),
                    format("NL", "4!a10!n"),
                    format("NO", "4!n6!n1!n"),
                    format("OM", "3!n16!c"),
                    format("PK", "4!a16!c"),
                    format("PL", "8!n16!n"),
                    format("PS", "4!a21!c"),
                    format("PT", "4!n4!n11!n2!n"),
                    format("QA", "4!a21!c"),
                    format("RO", "4!a16!c"),
                    format("RS", "3!n13!n2!n"),
                    format("RU", "9!n5!n15!c"),
                    format("SA", "2!n18!c"),
                    format("SC", "4!a2!n2!n16!n3!a"),
                    format("SD", "2!n12!n"),
                    format("SE", "3!n16!n1!n"),
                    format("SI", "5!n8!n2!n"),
                    format("SK", "4!n6!n10!n"),
                    format("SM", "1!a5!n5!n12!c"),
                    format("SO", "4!n3!n12!n"),
                    format("ST", "8!n11!n2!n"),
                    format("SV", "4!a20!n"),
                    format("TL", "3!n14!n2!n"),
                    format("TN", "2!n3!n13!n2!n"),
                    format("TR", "5!n1!n16!c"),
                    format("UA", "6!n19!c"),
                    format("VA", "3!n15!n"),
                    format("VG", "4!a16!n"),
                    format("XK", "4!n10!n2!n"),
                    format("YE", "4!a4!n18!c"));

    /** Returns the format of {@code countryCode}, or empty when the registry has none. */
    static Optional<IbanFormat> of(String countryCode) {
        return Optional.ofNullable(FORMATS.get(countryCode));
    }

    private static Map.Entry<String, IbanFormat> format(String countryCode, String structure) {
        StringBuilder regex = new StringBuilder();
        int bbanLength = 0;
        Matcher part = PART.matcher(structure);
        while (part.find()) {
            int count = Integer.parseInt(part.group(1));
            String characters =
                    switch (part.group(2)) {
                        case "n" -> "[0-9]";
                        case "a" -> "[A-Z]";
                        default -> "[A-Z0-9]";
                    };
            regex.append(characters).append('{').append(count).append('}');
            bbanLength += count;
        }
        IbanFormat format =
                new IbanFormat(
                        countryCode, structure, 4 + bbanLength, Pattern.compile(regex.toString()));
        return Map.entry(countryCode, format);
    }
}
