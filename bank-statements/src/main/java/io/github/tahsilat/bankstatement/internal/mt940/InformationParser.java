package io.github.tahsilat.bankstatement.internal.mt940;

import io.github.tahsilat.bankstatement.Counterparty;
import io.github.tahsilat.bankstatement.CreditorReference;
import io.github.tahsilat.bankstatement.internal.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the layouts of the MT940 {@code :86:} field that banks use:
 *
 * <ul>
 *   <li>German and Romanian subfields: a three-digit business transaction code, then {@code ?NN} or
 *       {@code +NN} subfields: 20 to 29 and 60 to 63 remittance, 30 bank code or BIC, 31 account,
 *       32 and 33 name. Remittance may carry SEPA keywords such as {@code EREF+} and {@code SVWZ+}.
 *   <li>Dutch structured codes: {@code /EREF/}, {@code /PREF/}, {@code /MARF/}, {@code /CNTP/}
 *       (account, BIC, name, city), {@code /IBAN/}, {@code /NAME/}, {@code /BIC/}, {@code /REMI/}
 *       (plain, {@code USTD//} text or {@code STRD/issuer/reference}) and {@code /RTRN/}.
 *   <li>Anything else is free remittance text.
 * </ul>
 */
final class InformationParser {
    private static final Pattern SUBFIELD_START =
            Pattern.compile("\\d{3}([?+])\\d{2}.*", Pattern.DOTALL);
    private static final Pattern DUTCH_KEY =
            Pattern.compile(
                    "/(EREF|PREF|MARF|CSID|CNTP|IBAN|NAME|BIC|REMI|RTRN|RTYP|TRTP|ORDP|BENM|ULTC"
                            + "|ULTD|ULTB|PURP|ISDT|NRTX|PIND|ADDR|TRCD|SUM)/");
    private static final Pattern SEPA_KEY =
            Pattern.compile(
                    "(EREF\\+|KREF\\+|MREF\\+|CRED\\+|DEBT\\+|SVWZ\\+|ABWA\\+|ABWE\\+|MTLG:)");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final int SUBFIELD_WIDTH = 27;

    private InformationParser() {}

    static Information parse(String text) {
        if (text == null || text.isBlank()) {
            return Information.NONE;
        }
        Matcher subfields = SUBFIELD_START.matcher(text);
        if (subfields.matches()) {
            return parseSubfields(text, subfields.group(1).charAt(0));
        }
        if (text.startsWith("/") && DUTCH_KEY.matcher(text).find()) {
            return parseDutch(text);
        }
        return new Information(
                null,
                null,
                null,
                null,
                new Counterparty(null, null, null, null),
                Values.clean(text),
                List.of(),
                null);
    }

    private static Information parseSubfields(String text, char separator) {
        Map<Integer, List<String>> fields = splitSubfields(text, separator);

        List<String> remittanceParts = new ArrayList<>();
        List<String> nameParts = new ArrayList<>();
        fields.forEach(
                (key, values) -> {
                    if ((key >= 20 && key <= 29) || (key >= 60 && key <= 63)) {
                        remittanceParts.addAll(values);
                    } else if (key == 32 || key == 33) {
                        values.stream()
                                .filter(v -> !v.isBlank() && !v.equals("/"))
                                .forEach(nameParts::add);
                    }
                });
        Map<String, String> sepa = sepaKeywords(remittanceParts);

        String bankCode = first(fields.get(30));
        String account = first(fields.get(31));
        boolean iban = account != null && IBAN.matcher(account).matches();
        Counterparty counterparty =
                new Counterparty(
                        joinChunks(nameParts),
                        iban ? account : null,
                        iban ? null : account,
                        bankCode != null && BIC.matcher(bankCode).matches() ? bankCode : null);

        return new Information(
                Values.reference(sepa.get("EREF")),
                Values.reference(sepa.get("KREF")),
                null,
                Values.reference(sepa.get("MREF")),
                counterparty,
                sepa.isEmpty() ? joinChunks(remittanceParts) : sepaRemittance(sepa),
                List.of(),
                null);
    }

    /** Splits {@code 166?00TEXT?20MORE} into subfield number and values, in file order. */
    private static Map<Integer, List<String>> splitSubfields(String text, char separator) {
        Map<Integer, List<String>> fields = new TreeMap<>();
        Pattern marker = Pattern.compile(Pattern.quote(String.valueOf(separator)) + "(\\d{2})");
        Matcher matcher = marker.matcher(text);
        int code = -1;
        int start = 0;
        while (matcher.find()) {
            if (code >= 0) {
                fields.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(text.substring(start, matcher.start()));
            }
            code = Integer.parseInt(matcher.group(1));
            start = matcher.end();
        }
        if (code >= 0) {
            fields.computeIfAbsent(code, c -> new ArrayList<>()).add(text.substring(start));
        }
        return fields;
    }

    /**
     * Joins subfield chunks: a chunk filled to the 27-character subfield width continues in the
     * next one without a space, because banks cut long text at that width.
     */
    private static String joinChunks(List<String> chunks) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (String chunk : chunks) {
            if (previous != null && previous.length() != SUBFIELD_WIDTH) {
                text.append(' ');
            }
            text.append(chunk);
            previous = chunk;
        }
        String cleaned = Values.clean(text.toString());
        return cleaned == null ? null : cleaned.replaceAll(" {2,}", " ");
    }

    /**
     * Splits remittance subfields at SEPA keywords ({@code EREF+}, {@code SVWZ+} and others, and
     * the {@code MTLG:} message some banks add). A keyword starts a value only at the start of a
     * subfield; a subfield without one continues the previous value.
     */
    private static Map<String, String> sepaKeywords(List<String> chunks) {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        String key = null;
        for (String chunk : chunks) {
            Matcher matcher = SEPA_KEY.matcher(chunk);
            if (matcher.lookingAt()) {
                key = matcher.group(1);
                parts.computeIfAbsent(key, k -> new ArrayList<>()).add(chunk);
            } else if (key != null) {
                parts.get(key).add(chunk);
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        // The chunks keep their keyword while they are joined, so that the 27-character rule
        // measures
        // the subfield as the bank wrote it.
        parts.forEach(
                (keyword, rawChunks) ->
                        values.put(
                                keyword.substring(0, 4),
                                Values.clean(joinChunks(rawChunks).substring(keyword.length()))));
        return values;
    }

    /** Returns the SEPA remittance text ({@code SVWZ+}) and the bank's message ({@code MTLG:}). */
    private static String sepaRemittance(Map<String, String> sepa) {
        List<String> parts = new ArrayList<>();
        if (sepa.get("SVWZ") != null) {
            parts.add(sepa.get("SVWZ"));
        }
        if (sepa.get("MTLG") != null) {
            parts.add(sepa.get("MTLG"));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private static Information parseDutch(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher matcher = DUTCH_KEY.matcher(text);
        String key = null;
        int start = 0;
        while (matcher.find(start)) {
            if (key != null) {
                values.putIfAbsent(key, text.substring(start, matcher.start()));
            }
            key = matcher.group(1);
            start = matcher.end();
        }
        if (key != null) {
            values.putIfAbsent(key, text.substring(start));
        }

        String iban = value(values, "IBAN");
        String bic = value(values, "BIC");
        String name = value(values, "NAME");
        String account = null;
        String counterpartText = values.get("CNTP");
        if (counterpartText != null) {
            String[] parts = counterpartText.split("/", -1);
            String first = parts.length > 0 ? Values.clean(parts[0]) : null;
            if (first != null && IBAN.matcher(first).matches()) {
                iban = iban == null ? first : iban;
            } else {
                account = first;
            }
            bic = bic == null && parts.length > 1 ? Values.clean(parts[1]) : bic;
            name = name == null && parts.length > 2 ? Values.clean(parts[2]) : name;
        }

        List<CreditorReference> references = new ArrayList<>();
        String remittance = remittance(values.get("REMI"), references);
        String returnReason = value(values, "RTRN");
        if (returnReason != null && returnReason.contains("/")) {
            returnReason = returnReason.substring(0, returnReason.indexOf('/'));
        }
        return new Information(
                Values.reference(value(values, "EREF")),
                null,
                Values.reference(value(values, "PREF")),
                Values.reference(value(values, "MARF")),
                new Counterparty(name, iban, account, bic),
                remittance,
                references,
                returnReason);
    }

    /** Reads {@code /REMI/}: {@code USTD//text}, {@code STRD/issuer/reference}, or plain text. */
    private static String remittance(String value, List<CreditorReference> references) {
        if (value == null) {
            return null;
        }
        if (value.startsWith("USTD//")) {
            return stripSlashes(value.substring("USTD//".length()));
        }
        if (value.startsWith("STRD/")) {
            String[] parts = value.substring("STRD/".length()).split("/");
            if (parts.length >= 2 && !parts[1].isBlank()) {
                references.add(CreditorReference.of(parts[1].trim(), parts[0].trim()));
            }
            return null;
        }
        return stripSlashes(value);
    }

    private static String value(Map<String, String> values, String key) {
        String value = values.get(key);
        return value == null ? null : stripSlashes(value);
    }

    private static String stripSlashes(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == '/') {
            end--;
        }
        return Values.clean(value.substring(0, end));
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : Values.clean(values.get(0));
    }
}
