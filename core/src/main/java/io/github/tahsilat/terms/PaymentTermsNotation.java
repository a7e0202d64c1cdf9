package io.github.tahsilat.terms;

import java.util.Objects;

/**
 * The compact text form of payment terms, for configuration files. {@link #parse} turns a text into
 * terms, and {@link PaymentTerms#toNotation()} prints terms back in the canonical form, which
 * parses to equal terms.
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * terms      = schedule [ "CUTOFF" day ] [ "ROLL" convention ]
 * schedule   = single | percentages | amounts | equal | monthly
 * single     = ( discount )* rule
 * discount   = percent "/" days                   2/10: 2 % off within 10 days
 * rule       = "RECEIPT"                          due on the invoice date
 *            | "NET" days                         NET 30
 *            | "FIXED" date                       FIXED 2025-03-31 (YYYY-MM-DD, no sign)
 *            | "EOM+" days                        end of invoice month, then days
 *            | "EOM+" months "M"                  months after the end of the invoice month
 *            | days "+EOM"                        days, then end of that month
 *            | days "+EOM+D" day                  days, end of month, day of the next month
 * percentages = percent "%" single ( ";" percent "%" single )*
 * amounts    = currency amount single ( ";" currency amount single )* [ ";" "REST" single ]
 * equal      = "EQUAL" single ( ";" "EQUAL" single )*
 * monthly    = count "X" rule "MONTHLY" [ "EOM" ]
 * convention = "FOLLOWING" | "MODIFIED_FOLLOWING" | "PRECEDING"
 * </pre>
 *
 * <p>Numbers are ASCII digits without a sign; {@code percent} and {@code amount} may have a decimal
 * point, and an amount has at most {@code Long.MAX_VALUE} minor units. Days run from 0 to 3660,
 * months from 1 to 120, a day of the month from 1 to 31 (clamped to the month's length), a cutoff
 * day from 1 to 30 and a count from 1 to 360. Discount percentages lie above 0 and below 100, with
 * tiers in order of increasing days and decreasing percentages. Installment percentages lie above 0
 * and at most 100 and add up to exactly 100. A currency is an ISO 4217 code, and an amount is above
 * 0 with at most the currency's decimals. Keywords and currency codes are case-insensitive, folded
 * with {@link java.util.Locale#ROOT}. Spaces may separate the words and parts, but not the
 * characters inside a compact token such as {@code EOM+45}, {@code 2/10} or {@code 3X}. The
 * canonical form uses single spaces and {@code "; "} between parts.
 *
 * <h2>Examples</h2>
 *
 * <pre>
 * RECEIPT
 * NET 30
 * 2/10 NET 30
 * 3/10 2/20 NET 30
 * EOM+45                     2021-09-13 falls due on 2021-11-14
 * 45+EOM                     2021-09-13 falls due on 2021-10-31
 * EOM+1M                     2020-06-11 falls due on 2020-07-31
 * 45+EOM+D10
 * FIXED 2025-03-31
 * 40% NET 30; 60% NET 60
 * 40% 2/10 NET 30; 60% NET 60
 * EUR 400.00 NET 30; EUR 600.00 NET 60
 * EUR 400.00 NET 30; REST NET 60
 * EQUAL NET 30; EQUAL NET 60; EQUAL NET 90
 * 3X NET 30 MONTHLY
 * 4X EOM+0 MONTHLY EOM
 * EOM+30 CUTOFF 25           invoices after the 25th get the schedule a month later
 * NET 30 ROLL FOLLOWING
 * 3X NET 30 MONTHLY CUTOFF 20 ROLL MODIFIED_FOLLOWING
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class PaymentTermsNotation {

    private PaymentTermsNotation() {}

    /**
     * Parses the text form of payment terms.
     *
     * @param text the notation, never {@code null}
     * @return the terms, whose {@link PaymentTerms#toNotation()} returns the canonical form of
     *     {@code text}
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws InvalidPaymentTermsException if the text does not follow the grammar or a number is
     *     out of its range, naming the 1-based position and what was expected there, for example
     *     {@code invalid payment terms at position 5: "NET x"; expected a number of days after NET}
     */
    public static PaymentTerms parse(String text) {
        Objects.requireNonNull(text, "text");
        return NotationParser.parse(text);
    }
}
