package io.github.tahsilat.bankstatement.internal.mt940;

import io.github.tahsilat.bankstatement.internal.ValueException;
import io.github.tahsilat.bankstatement.internal.Values;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an MT940 {@code :61:} statement line.
 *
 * <p>Layout: value date {@code YYMMDD}, optional entry date {@code MMDD}, mark {@code C}, {@code
 * D}, {@code RC} or {@code RD}, optional funds code letter, amount with a decimal comma,
 * transaction type ({@code N}, {@code S} or {@code F} and three letters or digits, such as {@code
 * NTRF}), reference for the account owner (16 characters at most), optional {@code //} and the
 * bank's reference, then supplementary details on the next line. A decimal point is accepted in
 * place of the comma, because Rabobank's old format writes one. The separator is required, as SWIFT
 * requires the comma: without it, a letter typed into the amount, as in {@code C1O50NTRF}, would
 * split it into a wrong amount and a wrong type.
 *
 * @param valueDate the value date
 * @param entryDate the entry (booking) date, or the value date when the line has none
 * @param mark the debit/credit mark: C, D, RC or RD
 * @param amount the unsigned amount
 * @param transactionType the transaction type, such as {@code NTRF}
 * @param ownerReference the reference for the account owner, or {@code null} for NONREF
 * @param servicerReference the bank's reference, or {@code null}
 * @param supplementaryDetails the supplementary details, or {@code null}
 */
record StatementLine(
        LocalDate valueDate,
        LocalDate entryDate,
        String mark,
        BigDecimal amount,
        String transactionType,
        String ownerReference,
        String servicerReference,
        String supplementaryDetails) {

    private static final Pattern LAYOUT =
            Pattern.compile(
                    "(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d+[,.]\\d*)([NSF][A-Z0-9]{3})(.*)");
    private static final int REFERENCE_LENGTH = 16;
    private static final int CENTURY_PIVOT = 80;

    /** Returns whether the booking is a debit: mark D, or RC (the reversal of a credit). */
    boolean isDebit() {
        return mark.equals("D") || mark.equals("RC");
    }

    boolean isReversal() {
        return mark.startsWith("R");
    }

    /**
     * Parses a {@code :61:} field.
     *
     * @throws ValueException when the first line does not have the layout
     */
    static StatementLine parse(Mt940Field field) {
        String first = field.firstLine();
        Matcher matcher = LAYOUT.matcher(first);
        if (!matcher.matches()) {
            throw new ValueException(
                    "statement line ':61:" + first + "'",
                    "value date YYMMDD, optional entry date MMDD, mark C, D, RC or RD, amount"
                            + " such as 1250,00 and a transaction type such as NTRF");
        }
        LocalDate valueDate = date(matcher.group(1));
        LocalDate entryDate =
                matcher.group(2) == null ? valueDate : entryDate(valueDate, matcher.group(2));
        BigDecimal amount = Values.decimal(matcher.group(5).replace(',', '.'), "amount");

        String rest = matcher.group(7);
        String owner = rest;
        String servicer = null;
        int separator = rest.indexOf("//");
        if (separator >= 0) {
            owner = rest.substring(0, separator);
            servicer = rest.substring(separator + 2);
        }

        StringBuilder supplementary = new StringBuilder();
        if (owner.length() > REFERENCE_LENGTH) {
            supplementary.append(owner.substring(REFERENCE_LENGTH).trim());
            owner = owner.substring(0, REFERENCE_LENGTH);
        }
        if (servicer != null && servicer.length() > REFERENCE_LENGTH) {
            supplementary.append(servicer.substring(REFERENCE_LENGTH).trim());
            servicer = servicer.substring(0, REFERENCE_LENGTH);
        }
        for (String line : field.lines().subList(1, field.lines().size())) {
            supplementary.append(line);
        }
        String details = supplementary.toString().trim();
        return new StatementLine(
                valueDate,
                entryDate,
                matcher.group(3),
                amount,
                matcher.group(6),
                Values.reference(owner),
                Values.reference(servicer),
                details.isEmpty() ? null : details);
    }

    /**
     * Parses a {@code YYMMDD} date. Years below 80 are in the 2000s, others in the 1900s.
     *
     * @throws ValueException when the date does not exist
     */
    static LocalDate date(String yymmdd) {
        int year = Integer.parseInt(yymmdd.substring(0, 2));
        year += year < CENTURY_PIVOT ? 2000 : 1900;
        try {
            return LocalDate.of(
                    year,
                    Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new ValueException("date '" + yymmdd + "'", "a date YYMMDD that exists");
        }
    }

    /**
     * Returns the entry date for {@code MMDD}, in the value date's year unless the two lie across a
     * year end (entry in December for a January value date, or the reverse).
     */
    private static LocalDate entryDate(LocalDate valueDate, String mmdd) {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int year = valueDate.getYear();
        if (month == 12 && valueDate.getMonthValue() == 1) {
            year--;
        } else if (month == 1 && valueDate.getMonthValue() == 12) {
            year++;
        }
        try {
            return LocalDate.of(year, month, Integer.parseInt(mmdd.substring(2, 4)));
        } catch (DateTimeException e) {
            throw new ValueException("entry date '" + mmdd + "'", "a date MMDD that exists");
        }
    }
}
