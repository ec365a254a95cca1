package dev.cdnx.model.traffic;

/**
 * Parses the time stamps of access logs into seconds since the Unix epoch by reading digits in place.
 * Each method returns NaN for text that is not the expected shape, so a bad stamp is a bad line, never
 * an exception.
 */
final class LogTimes {

    private LogTimes() {}

    /** {@code 2019-12-04} and {@code 21:02:31} (CloudFront: UTC). */
    static double dateAndTime(String line, int dateFrom, int dateTo, int timeFrom, int timeTo) {
        if (dateTo - dateFrom != 10 || timeTo - timeFrom < 8) {
            return Double.NaN;
        }
        int y = digits(line, dateFrom, 4);
        int m = digits(line, dateFrom + 5, 2);
        int d = digits(line, dateFrom + 8, 2);
        int hh = digits(line, timeFrom, 2);
        int mm = digits(line, timeFrom + 3, 2);
        int ss = digits(line, timeFrom + 6, 2);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31 || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0
                || ss > 60) {
            return Double.NaN;
        }
        return epochDay(y, m, d) * 86400.0 + hh * 3600 + mm * 60 + ss;
    }

    private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /** nginx {@code $time_local}: {@code 10/Oct/2000:13:55:36 -0700}. */
    static double local(String line, int from, int to) {
        if (to - from < 20) {
            return Double.NaN;
        }
        int d = digits(line, from, 2);
        int m = MONTHS.indexOf(line.substring(from + 3, from + 6));
        int y = digits(line, from + 7, 4);
        int hh = digits(line, from + 12, 2);
        int mm = digits(line, from + 15, 2);
        int ss = digits(line, from + 18, 2);
        if (d < 1 || m < 0 || m % 3 != 0 || y < 0 || hh < 0 || mm < 0 || ss < 0) {
            return Double.NaN;
        }
        double t = epochDay(y, m / 3 + 1, d) * 86400.0 + hh * 3600 + mm * 60 + ss;
        if (to - from >= 26 && line.charAt(from + 20) == ' ') {
            char sign = line.charAt(from + 21);
            int oh = digits(line, from + 22, 2);
            int om = digits(line, from + 24, 2);
            if ((sign == '+' || sign == '-') && oh >= 0 && om >= 0) {
                int offset = oh * 3600 + om * 60;
                t -= sign == '+' ? offset : -offset;
            }
        }
        return t;
    }

    /**
     * A JSON time: a number of seconds, milliseconds, microseconds or nanoseconds since the epoch (told
     * apart by magnitude), or an RFC 3339 string.
     */
    static double fromNumberOrText(double number, String text) {
        if (text != null) {
            try {
                return java.time.OffsetDateTime.parse(text).toInstant().toEpochMilli() / 1000.0;
            } catch (java.time.format.DateTimeParseException e) {
                return Double.NaN;
            }
        }
        if (Double.isNaN(number) || number < 0) {
            return Double.NaN;
        }
        if (number > 1e17) {
            return number / 1e9;
        }
        if (number > 1e14) {
            return number / 1e6;
        }
        if (number > 1e11) {
            return number / 1e3;
        }
        return number;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    static long epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097L + doe - 719468;
    }

    /** The value of {@code n} decimal digits at {@code from}, or -1 when one of them is not a digit. */
    static int digits(String s, int from, int n) {
        if (from + n > s.length()) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A non-negative whole number in {@code s[from, to)}, or -1 when it is not one (or "-"). */
    static long number(String s, int from, int to) {
        if (from >= to || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
