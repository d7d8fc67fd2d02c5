package jp.mynacard.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Writes one JSON field each, leaving nulls out (as {@code @JsonInclude(NON_NULL)} does), for the
 * serializers of the rows that make up most of every answer. Names are pre-encoded once; dates, which
 * repeat in every row, are encoded once per day.
 */
public final class JsonFields {

    /** Encoded dates of 2000-01-01 to 2099-12-31 by day, filled as they are first written (a race writes equal values). */
    private static final long FIRST_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final SerializedString[] DATES = new SerializedString[(int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_DAY)];

    private JsonFields() {
    }

    public static SerializedString name(String name) {
        return new SerializedString(name);
    }

    public static void string(JsonGenerator json, SerializableString name, String value) throws IOException {
        field(json, name, value, JsonGenerator::writeString);
    }

    public static void date(JsonGenerator json, SerializableString name, LocalDate value) throws IOException {
        field(json, name, value, (out, day) -> out.writeString(encoded(day)));
    }

    private static SerializedString encoded(LocalDate day) {
        long index = day.toEpochDay() - FIRST_DAY;
        if (index < 0 || index >= DATES.length) {
            return new SerializedString(day.toString());
        }
        SerializedString encoded = DATES[(int) index];
        if (encoded == null) {
            encoded = new SerializedString(day.toString());
            DATES[(int) index] = encoded;
        }
        return encoded;
    }

    public static void number(JsonGenerator json, SerializableString name, BigDecimal value) throws IOException {
        field(json, name, value, JsonGenerator::writeNumber);
    }

    public static void number(JsonGenerator json, SerializableString name, Long value) throws IOException {
        field(json, name, value, JsonGenerator::writeNumber);
    }

    public static void number(JsonGenerator json, SerializableString name, long value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(value);
    }

    private interface ValueWriter<T> {
        void write(JsonGenerator json, T value) throws IOException;
    }

    private static <T> void field(JsonGenerator json, SerializableString name, T value, ValueWriter<T> writer) throws IOException {
        if (value != null) {
            json.writeFieldName(name);
            writer.write(json, value);
        }
    }
}
