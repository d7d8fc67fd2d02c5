package jp.mynacard.release;

import io.vertx.mutiny.sqlclient.Row;
import jp.mynacard.problem.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * A position in the figure keys a diff walks (metric, area, date, period start, age group, sex,
 * category, source): a page holds the changes of the keys after one position up to the next. Opaque
 * to clients (base64url of the key), taken from a {@code next} link.
 */
record ChangeCursor(String metric, String area, LocalDate date, LocalDate periodStart, String ageGroup, String sex,
                    String category, String source) {

    /** Before every key: '' sorts first, and no key has an empty metric. */
    static final ChangeCursor START = new ChangeCursor("", "", LocalDate.of(1, 1, 1), LocalDate.of(1, 1, 1), "", "", "", "");
    private static final String SEPARATOR = "\u001f";

    static ChangeCursor of(Row row) {
        return new ChangeCursor(row.getString("metric_id"), row.getString("area_code"), row.getLocalDate("ref_date"),
                row.getLocalDate("period_start"), row.getString("age_group"), row.getString("sex"),
                row.getString("category"), row.getString("source_id"));
    }

    /** The key's values in the order of {@code ObservationKey} columns, for a row comparison in SQL. */
    List<Object> values() {
        return List.of(metric, area, date, periodStart, ageGroup, sex, category, source);
    }

    String encode() {
        String key = String.join(SEPARATOR, metric, area, date.toString(), periodStart.toString(), ageGroup, sex, category, source);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static ChangeCursor decode(String cursor) {
        if (cursor == null) {
            return START;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR, -1);
            return new ChangeCursor(parts[0], parts[1], LocalDate.parse(parts[2]), LocalDate.parse(parts[3]), parts[4],
                    parts[5], parts[6], parts[7]);
        } catch (RuntimeException e) {
            throw ApiException.invalidParameter("cursor", "is not a cursor from a 'next' link of this API");
        }
    }
}
