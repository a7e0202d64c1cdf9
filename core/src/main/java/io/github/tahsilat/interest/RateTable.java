package io.github.tahsilat.interest;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.internal.input.InputChecks;
import io.github.tahsilat.internal.number.Decimals;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A dated table of yearly interest rates plus a fixed margin, such as a central bank's reference
 * rate plus eight percentage points.
 *
 * <p>Each entry applies from its own date until the day before the next entry's date, and the last
 * entry applies from its date on. The rate on a day is the entry's rate plus {@link
 * #marginPercent}. Entries are kept in strictly increasing date order. Immutable and thread-safe.
 *
 * @param entries the rows, at least one, with strictly increasing {@code validFrom} dates
 * @param marginPercent the percentage points added to every entry, for example {@code 8}; zero for
 *     a plain rate, never {@code null}; kept without trailing zeros
 */
public record RateTable(
        @NotNull @NotEmpty List<@NotNull @Valid RateEntry> entries,
        @NotNull BigDecimal marginPercent) {

    /**
     * Checks the entries and copies them.
     *
     * @throws InvalidInputException if an argument or entry is {@code null}, {@code entries} is
     *     empty, or two entries are not in strictly increasing date order
     */
    public RateTable {
        InputChecks.present(entries, "entries", "at least one rate entry");
        InputChecks.present(marginPercent, "marginPercent", "a margin in percentage points");
        marginPercent = Decimals.canonical(marginPercent);
        entries = List.copyOf(InputChecks.distinctList(entries, "entries"));
        if (entries.isEmpty()) {
            throw new InvalidInputException("entries", "[]", "at least one rate entry");
        }
        for (int i = 1; i < entries.size(); i++) {
            if (!entries.get(i).validFrom().isAfter(entries.get(i - 1).validFrom())) {
                throw new InvalidInputException(
                        "entries",
                        entries.get(i).validFrom(),
                        "dates in strictly increasing order, after "
                                + entries.get(i - 1).validFrom());
            }
        }
    }

    /**
     * Returns a table with one rate that applies from {@code validFrom} on, and no margin.
     *
     * @throws InvalidInputException if an argument is {@code null}
     */
    public static RateTable fixed(LocalDate validFrom, BigDecimal annualPercent) {
        return new RateTable(List.of(new RateEntry(validFrom, annualPercent)), BigDecimal.ZERO);
    }

    /**
     * Returns a copy with another margin.
     *
     * @throws InvalidInputException if {@code margin} is {@code null}
     */
    public RateTable withMargin(BigDecimal margin) {
        return new RateTable(entries, margin);
    }

    /**
     * Returns a copy with one more entry, which must come after every existing one.
     *
     * @throws InvalidInputException if an argument is {@code null} or {@code validFrom} is not
     *     after the last entry's date
     */
    public RateTable withEntry(LocalDate validFrom, BigDecimal annualPercent) {
        List<RateEntry> copy = new ArrayList<>(entries);
        copy.add(new RateEntry(validFrom, annualPercent));
        return new RateTable(copy, marginPercent);
    }

    /** Returns the first date for which the table has a rate. */
    public LocalDate firstDate() {
        return entries.get(0).validFrom();
    }

    /**
     * Returns the yearly rate in percent on {@code date}: the entry in force plus the margin.
     *
     * @throws InvalidInputException if {@code date} is {@code null} or before {@link #firstDate()}
     */
    public BigDecimal annualPercentOn(LocalDate date) {
        InputChecks.present(date, "date", "a date");
        RateEntry inForce = null;
        for (RateEntry entry : entries) {
            if (entry.validFrom().isAfter(date)) {
                break;
            }
            inForce = entry;
        }
        if (inForce == null) {
            throw new InvalidInputException(
                    "date",
                    date,
                    "a date on or after "
                            + firstDate()
                            + ", the first date of the rate table; add an earlier entry");
        }
        return inForce.annualPercent().add(marginPercent);
    }

    /**
     * Returns the dates strictly after {@code start} and up to and including {@code end} on which a
     * new entry takes effect, in order.
     */
    List<LocalDate> changesWithin(LocalDate start, LocalDate end) {
        return entries.stream()
                .map(RateEntry::validFrom)
                .filter(d -> d.isAfter(start) && !d.isAfter(end))
                .toList();
    }
}
