package io.github.tahsilat.bankstatement.internal.mt940;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;

/**
 * The account of an MT940 {@code :25:} field. Banks write it as an IBAN, a national number, or
 * {@code BIC/account}, often with the currency appended ({@code NL77INGB0574908765EUR}, {@code
 * 1017.490.554EUR}, {@code NL10BUNQ2290325473 EUR}). A valid IBAN is never cut, because some end in
 * letters that spell a currency, such as {@code MU17BOMM0101101030300200000MUR}.
 *
 * @param iban the account as an IBAN with valid check digits, or null
 * @param otherId the account in any other form, or null
 * @param currency the appended currency, or null
 * @param bic the BIC written before a slash, or null
 */
record AccountField(String iban, String otherId, CurrencyUnit currency, String bic) {
    private static final Pattern WITH_BIC =
            Pattern.compile("([A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?)/(.+)");
    private static final Pattern WITH_CURRENCY = Pattern.compile("(.*\\S)\\s*([A-Z]{3})");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    static AccountField parse(String text) {
        if (text == null) {
            return new AccountField(null, null, null, null);
        }
        String account = text.trim();
        String bic = null;
        Matcher withBic = WITH_BIC.matcher(account);
        if (withBic.matches()) {
            bic = withBic.group(1);
            account = withBic.group(2).trim();
        }
        CurrencyUnit currency = null;
        // A whole IBAN stays whole: Mauritius and Seychelles IBANs end in a currency code.
        Matcher withCurrency = WITH_CURRENCY.matcher(account);
        if (!isIban(account)
                && withCurrency.matches()
                && isCurrency(withCurrency.group(2))
                && isAccountBeforeCurrency(withCurrency.group(1))) {
            currency = Monetary.getCurrency(withCurrency.group(2));
            account = withCurrency.group(1).trim();
        }
        if (isIban(account)) {
            return new AccountField(account, null, currency, bic);
        }
        return new AccountField(null, account, currency, bic);
    }

    /**
     * Returns whether {@code text} can end an account number before an appended currency: it ends
     * in a digit, or it is an IBAN, whose last characters may be letters.
     */
    private static boolean isAccountBeforeCurrency(String text) {
        char last = text.charAt(text.length() - 1);
        return (last >= '0' && last <= '9') || isIban(text);
    }

    private static boolean isCurrency(String code) {
        try {
            Monetary.getCurrency(code);
            return true;
        } catch (UnknownCurrencyException e) {
            return false;
        }
    }

    /** Returns whether the text is an IBAN whose ISO 7064 MOD 97-10 check digits are right. */
    static boolean isIban(String text) {
        if (!IBAN.matcher(text).matches()) {
            return false;
        }
        String rearranged = text.substring(4) + text.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toUpperCase(Locale.ROOT).toCharArray()) {
            digits.append(Character.digit(c, 36));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }
}
