package dev.cdnx.model.http;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP dates (RFC 9110 section 5.6.7): writes IMF-fixdate and reads the three formats a recipient must
 * accept: IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}), obsolete RFC 850
 * ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and asctime ({@code Sun Nov  6 08:49:37 1994}).
 *
 * <p>Names of days, months and the zone are matched without regard to case, as deployed senders vary.
 * Everything else is strict: another zone, a missing comma, doubled spaces, a one-digit hour or an
 * impossible date give an empty result, which callers treat as "invalid" (an invalid {@code Expires}
 * means already expired). A two-digit RFC 850 year is placed in the century that makes it at most
 * 50 years after {@code nowMillis}. Times are milliseconds since the epoch, whole seconds only.
 */
public final class HttpDates {

    private static final String DAY = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
    private static final String LONG_DAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
    private static final String TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
    private static final Pattern IMF =
            Pattern.compile(DAY + ", (\\d{2}) " + MONTH + " (\\d{4}) " + TIME + " GMT", Pattern.CASE_INSENSITIVE);
    private static final Pattern RFC850 =
            Pattern.compile(LONG_DAY + ", (\\d{2})-" + MONTH + "-(\\d{2}) " + TIME + " GMT", Pattern.CASE_INSENSITIVE);
    private static final Pattern ASCTIME =
            Pattern.compile(DAY + " " + MONTH + " ([ \\d]\\d) " + TIME + " (\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter IMF_OUT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
    private static final String[] MONTHS = {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
    };

    private HttpDates() {}

    /** IMF-fixdate of {@code epochMillis} (sub-second part dropped). */
    public static String format(long epochMillis) {
        return IMF_OUT.format(ZonedDateTime.ofInstant(
                java.time.Instant.ofEpochMilli(Math.floorDiv(epochMillis, 1000) * 1000), ZoneOffset.UTC));
    }

    /** Obsolete RFC 850 form of {@code epochMillis}, for tests that send it. */
    public static String formatRfc850(long epochMillis) {
        ZonedDateTime t = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
        String day = t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String month = t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        return String.format(
                Locale.ROOT,
                "%s, %02d-%s-%02d %02d:%02d:%02d GMT",
                day,
                t.getDayOfMonth(),
                month,
                t.getYear() % 100,
                t.getHour(),
                t.getMinute(),
                t.getSecond());
    }

    /** Parses {@code value}; empty for null, blank or any malformed date. */
    public static OptionalLong parse(String value, long nowMillis) {
        if (value == null) {
            return OptionalLong.empty();
        }
        String v = value.strip();
        Matcher m = IMF.matcher(v);
        if (m.matches()) {
            return build(Integer.parseInt(m.group(4)), m.group(3), m.group(2), m, 5);
        }
        m = RFC850.matcher(v);
        if (m.matches()) {
            int yy = Integer.parseInt(m.group(4));
            int nowYear = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(nowMillis), ZoneOffset.UTC)
                    .getYear();
            int year = (nowYear / 100) * 100 + yy;
            if (year > nowYear + 50) {
                year -= 100;
            }
            return build(year, m.group(3), m.group(2), m, 5);
        }
        m = ASCTIME.matcher(v);
        if (m.matches()) {
            return build(Integer.parseInt(m.group(7)), m.group(2), m.group(3).strip(), m, 4);
        }
        return OptionalLong.empty();
    }

    private static OptionalLong build(int year, String month, String dayOfMonth, Matcher m, int timeGroup) {
        try {
            int monthIndex = monthIndex(month);
            LocalDateTime t = LocalDateTime.of(
                    year,
                    monthIndex + 1,
                    Integer.parseInt(dayOfMonth),
                    Integer.parseInt(m.group(timeGroup)),
                    Integer.parseInt(m.group(timeGroup + 1)),
                    Integer.parseInt(m.group(timeGroup + 2)));
            // The weekday (day) is redundant with the date; a wrong one is tolerated, as most caches do.
            return OptionalLong.of(t.toEpochSecond(ZoneOffset.UTC) * 1000);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static int monthIndex(String month) {
        String lower = month.toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            if (MONTHS[i].equals(lower)) {
                return i;
            }
        }
        throw new NumberFormatException(month);
    }
}
