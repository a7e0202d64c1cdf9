package io.github.tahsilat.fx;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;
import java.time.LocalDate;
import javax.money.CurrencyUnit;

/** Thrown when the exchange-rate source has no rate for a currency pair and date. */
public class MissingRateException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    /**
     * Creates an exception for the pair and date.
     *
     * @param base the currency converted from
     * @param term the currency converted to
     * @param date the date the rate was requested for
     */
    public MissingRateException(CurrencyUnit base, CurrencyUnit term, LocalDate date) {
        super(
                "no exchange rate from "
                        + base.getCurrencyCode()
                        + " to "
                        + term.getCurrencyCode()
                        + " on "
                        + date
                        + "; add the rate to the host's exchange-rate source");
    }
}
