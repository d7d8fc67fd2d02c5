package jp.mynacard.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes one JSON field each, leaving nulls out (as {@code @JsonInclude(NON_NULL)} does), for the
 * serializers of the rows that make up most of every answer. Names are pre-encoded once; dates, which
 * repeat in every row, are encoded once per day.
 */
public final class JsonFields {

    private static final Cache<LocalDate, SerializedString> DATES = Caffeine.newBuilder().maximumSize(20_000).build();

    private JsonFields() {
    }

    public static SerializedString name(String name) {
        return new SerializedString(name);
    }

    public static void string(JsonGenerator json, SerializableString name, String value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            json.writeString(value);
        }
    }

    public static void date(JsonGenerator json, SerializableString name, LocalDate value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            json.writeString(DATES.get(value, day -> new SerializedString(day.toString())));
        }
    }

    public static void number(JsonGenerator json, SerializableString name, BigDecimal value) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            json.writeNumber(value);
        }
    }

    public static void number(JsonGenerator json, SerializableString name, Long value) throws IOException {
        if (value != null) {
            number(json, name, value.longValue());
        }
    }

    public static void number(JsonGenerator json, SerializableString name, long value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(value);
    }
}
