package jp.mynacard.stats.observation;

import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.problem.ApiException;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/** Opaque page cursors: the sort key of the last row, base64url-encoded. */
final class CursorCodec {

    private static final String SEPARATOR = "\u001f";

    private CursorCodec() {
    }

    static String encode(ObservationRow last) {
        String key = String.join(SEPARATOR, last.metric(), last.areaCode(), last.date().toString(), Long.toString(last.id()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static ObservationQuery.Cursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(SEPARATOR);
            return new ObservationQuery.Cursor(parts[0], parts[1], LocalDate.parse(parts[2]), Long.parseLong(parts[3]));
        } catch (RuntimeException e) {
            throw ApiException.invalidParameter("cursor", "is not a cursor from a 'next' link of this API");
        }
    }
}
