package io.github.tahsilat.bankstatement.internal.mt940;

import io.github.tahsilat.bankstatement.Balance;
import io.github.tahsilat.bankstatement.internal.ValueException;
import io.github.tahsilat.bankstatement.internal.Values;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;

/**
 * Parses MT940 balance fields: {@code :60F:}, {@code :60M:}, {@code :62F:}, {@code :62M:}, {@code
 * :64:} and {@code :65:}.
 */
final class BalanceLine {
    private static final Pattern LAYOUT =
            Pattern.compile("([CD])(\\d{6})([A-Z]{3})(\\d+(?:[,.]\\d*)?)");

    private BalanceLine() {}

    /**
     * Parses a balance field into a balance of the given ISO 20022 type.
     *
     * @throws ValueException when the field does not have the layout
     */
    static Balance parse(Mt940Field field, String type) {
        String value = field.joined().trim();
        Matcher matcher = LAYOUT.matcher(value);
        if (!matcher.matches()) {
            throw new ValueException(
                    "balance ':" + field.tag() + ":" + value + "'",
                    "mark C or D, date YYMMDD, currency and amount, such as C240331EUR1250,00");
        }
        CurrencyUnit currency = Values.currency(matcher.group(3));
        BigDecimal amount = Values.decimal(matcher.group(4).replace(',', '.'), "amount");
        return new Balance(
                type,
                Values.money(amount, currency, matcher.group(1).equals("D")),
                StatementLine.date(matcher.group(2)));
    }
}
