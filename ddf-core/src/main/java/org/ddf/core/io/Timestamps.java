package org.ddf.core.io;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Parses the timestamp notations of traffic data sets, recognised per value: ISO-8601 with offset or zone
 * ({@code 2018-01-01T06:00:00Z}, {@code ...+01:00}), ISO local date-time taken as UTC ({@code 2018-01-01T06:00},
 * a space instead of {@code T} is accepted as pandas writes it), epoch seconds ({@code 1514786400}, decimals
 * allowed) and SNDlib's {@code yyyyMMdd-HHmm} taken as UTC ({@code 20040301-0005}).
 */
public final class Timestamps {

    private static final Pattern SNDLIB = Pattern.compile("\\d{8}-\\d{4}");
    private static final Pattern EPOCH = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter SNDLIB_FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMdd-HHmm").withResolverStyle(ResolverStyle.STRICT);
    /** Year 5138 in seconds: anything larger is almost surely epoch milliseconds. */
    private static final BigDecimal MAX_EPOCH_SECONDS = BigDecimal.valueOf(100_000_000_000L);

    private Timestamps() {
    }

    /**
     * Parses one timestamp.
     *
     * @param text the cell text
     * @return the instant it denotes
     * @throws IllegalArgumentException when no supported notation matches; the message quotes the text
     */
    public static Instant parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        try {
            if (SNDLIB.matcher(s).matches()) {
                return LocalDateTime.parse(s, SNDLIB_FORMAT).toInstant(ZoneOffset.UTC);
            }
            if (EPOCH.matcher(s).matches()) {
                return fromEpochSeconds(new BigDecimal(s), s);
            }
            String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(iso, ZonedDateTime::from, LocalDateTime::from);
            return parsed instanceof ZonedDateTime z ? z.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("not a timestamp: '" + s + "' (expected ISO-8601, epoch seconds or yyyyMMdd-HHmm)");
        }
    }

    private static Instant fromEpochSeconds(BigDecimal seconds, String text) {
        if (seconds.abs().compareTo(MAX_EPOCH_SECONDS) > 0) {
            throw new IllegalArgumentException("epoch value '" + text + "' is too large for seconds (milliseconds are not accepted)");
        }
        long whole = seconds.longValue();
        long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole, nanos);
    }
}
