package io.github.tahsilat.calendar;

import io.github.tahsilat.error.CalendarDataException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Parses the text format of the holiday tables that ship in core's resources.
 *
 * <p>One entry per line, fields separated by spaces; blank lines and lines starting with {@code #}
 * are ignored:
 *
 * <pre>
 * years FIRST LAST                              the covered years; once, before any holiday
 * annual MM-DD full [from=YYYY] NAME            a full-day holiday on that date every year
 * annual MM-DD half HH:MM [from=YYYY] NAME      a half day closing at HH:MM every year
 * date YYYY-MM-DD full NAME                     a full-day holiday on one date
 * date YYYY-MM-DD half HH:MM NAME               a half day closing at HH:MM on one date
 * </pre>
 *
 * <p>The name is the rest of the line. Every failure is a {@link CalendarDataException} that names
 * the resource, the line number, the rejected text and what was expected. Stateless.
 */
final class HolidayTableParser {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{2}-\\d{2}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern FIRST_YEAR = Pattern.compile("from=\\d{4}");

    private static final String KEYWORDS =
            "a line starting with 'years', 'annual' or 'date', a comment starting with '#',"
                    + " or a blank line";
    private static final String YEARS_LINE = "'years FIRST LAST', such as 'years 2015 2032'";

    private final String resource;
    private final List<Holiday> holidays = new ArrayList<>();
    private int firstYear;
    private int lastYear;
    private boolean hasYears;
    private int lineNumber;

    private HolidayTableParser(String resource) {
        this.resource = resource;
    }

    /**
     * Parses {@code lines}, the content of the table named {@code resource}.
     *
     * @throws CalendarDataException if a line is malformed, an entry comes before the years line or
     *     falls outside its years, or the table has no years line
     */
    static HolidayTable parse(String resource, List<String> lines) {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(lines, "lines");
        HolidayTableParser parser = new HolidayTableParser(resource);
        for (String line : lines) {
            parser.lineNumber++;
            parser.parseLine(Objects.requireNonNull(line, "line"));
        }
        if (!parser.hasYears) {
            throw new CalendarDataException(
                    resource, Math.max(1, lines.size()), "end of table", YEARS_LINE);
        }
        return new HolidayTable(parser.firstYear, parser.lastYear, parser.holidays);
    }

    private void parseLine(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return;
        }
        Fields fields = new Fields(trimmed);
        String keyword = fields.next();
        switch (keyword) {
            case "years" -> parseYears(fields);
            case "annual" -> parseAnnual(fields);
            case "date" -> parseDate(fields);
            default -> throw fail(keyword, KEYWORDS);
        }
    }

    private void parseYears(Fields fields) {
        if (hasYears) {
            throw fail(fields.line(), "only one 'years' line");
        }
        String first = fields.next();
        String last = fields.next();
        if (!YEAR.matcher(first).matches()
                || !YEAR.matcher(last).matches()
                || !fields.rest().isEmpty()
                || Integer.parseInt(first) > Integer.parseInt(last)) {
            throw fail(fields.line(), YEARS_LINE + " with FIRST not after LAST");
        }
        firstYear = Integer.parseInt(first);
        lastYear = Integer.parseInt(last);
        hasYears = true;
    }

    private void parseAnnual(Fields fields) {
        requireYears(fields);
        String token = fields.next();
        MonthDay monthDay = monthDay(token);
        LocalTime closingTime = kind(fields);
        int since = firstYear;
        String maybeFirstYear = fields.peek();
        if (maybeFirstYear.startsWith("from=")) {
            fields.next();
            if (!FIRST_YEAR.matcher(maybeFirstYear).matches()) {
                throw fail(maybeFirstYear, "a first year as from=YYYY, such as from=2017");
            }
            since = Math.max(since, Integer.parseInt(maybeFirstYear.substring(5)));
        }
        String name = name(fields);
        for (int year = since; year <= lastYear; year++) {
            holidays.add(new Holiday(monthDay.atYear(year), name, closingTime));
        }
    }

    private void parseDate(Fields fields) {
        requireYears(fields);
        String token = fields.next();
        LocalDate date = date(token);
        if (date.getYear() < firstYear || date.getYear() > lastYear) {
            throw fail(token, "a date in the table's years " + firstYear + " to " + lastYear);
        }
        LocalTime closingTime = kind(fields);
        holidays.add(new Holiday(date, name(fields), closingTime));
    }

    private void requireYears(Fields fields) {
        if (!hasYears) {
            throw fail(fields.line(), YEARS_LINE + " before the first holiday");
        }
    }

    /** Reads "full" or "half HH:MM" and returns the closing time, {@code null} for a full day. */
    private LocalTime kind(Fields fields) {
        String kind = fields.next();
        if (kind.equals("full")) {
            return null;
        }
        if (!kind.equals("half")) {
            throw fail(kind, "'full', or 'half' followed by the closing time as HH:MM");
        }
        String time = fields.next();
        try {
            if (TIME.matcher(time).matches()) {
                LocalTime closingTime = LocalTime.parse(time);
                if (!closingTime.equals(LocalTime.MIDNIGHT)) {
                    return closingTime;
                }
            }
        } catch (DateTimeException e) {
            // Falls through to the message below, which names the expected form.
        }
        throw fail(time, "a closing time as HH:MM after 00:00, such as 13:00");
    }

    private String name(Fields fields) {
        String name = fields.rest();
        if (name.isEmpty()) {
            throw fail(fields.line(), "a holiday name after the kind");
        }
        return name;
    }

    private MonthDay monthDay(String token) {
        MonthDay monthDay = null;
        try {
            if (MONTH_DAY.matcher(token).matches()) {
                monthDay = MonthDay.parse("--" + token);
            }
        } catch (DateTimeException e) {
            // Falls through to the message below, which names the expected form.
        }
        if (monthDay == null) {
            throw fail(token, "a month and day as MM-DD, such as 04-23");
        }
        if (!monthDay.isValidYear(2023)) {
            throw fail(token, "a month and day that exists in every year, so not 02-29");
        }
        return monthDay;
    }

    private LocalDate date(String token) {
        try {
            if (DATE.matcher(token).matches()) {
                return LocalDate.parse(token);
            }
        } catch (DateTimeException e) {
            // Falls through to the message below, which names the expected form.
        }
        throw fail(token, "a date as YYYY-MM-DD, such as 2024-04-10");
    }

    private CalendarDataException fail(String rejected, String expected) {
        return new CalendarDataException(resource, lineNumber, rejected, expected);
    }

    /** The space-separated fields of one line, read from left to right. */
    private static final class Fields {
        private final String line;
        private int position;

        Fields(String line) {
            this.line = line;
        }

        String line() {
            return line;
        }

        /** Returns the next field without consuming it, or "" at the end of the line. */
        String peek() {
            int start = skipSpaces(position);
            int end = start;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            return line.substring(start, end);
        }

        /** Consumes and returns the next field, or "" at the end of the line. */
        String next() {
            String field = peek();
            position = skipSpaces(position) + field.length();
            return field;
        }

        /** Returns the rest of the line, without surrounding spaces. */
        String rest() {
            return line.substring(position).strip();
        }

        private int skipSpaces(int from) {
            int index = from;
            while (index < line.length() && Character.isWhitespace(line.charAt(index))) {
                index++;
            }
            return index;
        }
    }
}
