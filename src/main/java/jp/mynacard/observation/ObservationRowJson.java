package jp.mynacard.observation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

import static jp.mynacard.common.JsonFields.date;
import static jp.mynacard.common.JsonFields.name;
import static jp.mynacard.common.JsonFields.number;
import static jp.mynacard.common.JsonFields.string;

/**
 * {@link ObservationRow} as JSON, field by field in declaration order (no reflection, no per-property
 * lookups): rows are most of the bytes of nearly every answer. A test keeps it in step with the record.
 */
public final class ObservationRowJson extends StdSerializer<ObservationRow> {

    /** Names the other row serializers share. */
    public static final SerializedString METRIC = name("metric"), DATE = name("date"), SOURCE = name("source"),
            RELEASE = name("release");
    private static final SerializedString VALUE = name("value"), UNIT = name("unit"), PRECISION = name("precision"),
            NUMERATOR = name("numerator"), DENOMINATOR = name("denominator"), BASIS_DATE = name("basisDate");
    private static final SerializedString AREA_CODE = name("areaCode"), AREA_NAME_JA = name("areaNameJa"),
            AREA_NAME_EN = name("areaNameEn"), AREA_LEVEL = name("areaLevel"), PERIOD_START = name("periodStart"),
            PERIOD_KIND = name("periodKind"), PERIOD = name("period"), AGE_GROUP = name("ageGroup"), SEX = name("sex"),
            CATEGORY = name("category"), NOTE = name("note");

    public ObservationRowJson() {
        super(ObservationRow.class);
    }

    @Override
    public void serialize(ObservationRow r, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject(r);
        string(json, METRIC, r.metric());
        area(json, r.areaCode(), r.areaNameJa(), r.areaNameEn());
        string(json, AREA_LEVEL, r.areaLevel());
        date(json, DATE, r.date());
        date(json, PERIOD_START, r.periodStart());
        string(json, PERIOD_KIND, r.periodKind());
        string(json, PERIOD, r.period());
        string(json, AGE_GROUP, r.ageGroup());
        string(json, SEX, r.sex());
        string(json, CATEGORY, r.category());
        figure(json, r.value(), r.unit(), r.precision(), r.numerator(), r.denominator(), r.basisDate());
        string(json, SOURCE, r.source());
        number(json, RELEASE, r.release());
        string(json, NOTE, r.note());
        json.writeEndObject();
    }

    /** The value as published, with its unit and precision and, for a rate, what it is computed from. */
    public static void figure(JsonGenerator json, BigDecimal value, String unit, String precision, BigDecimal numerator,
                       Long denominator, LocalDate basisDate) throws IOException {
        number(json, VALUE, value);
        string(json, UNIT, unit);
        string(json, PRECISION, precision);
        number(json, NUMERATOR, numerator);
        number(json, DENOMINATOR, denominator);
        date(json, BASIS_DATE, basisDate);
    }

    /** The area's code and names, as both kinds of row have them. */
    public static void area(JsonGenerator json, String code, String nameJa, String nameEn) throws IOException {
        string(json, AREA_CODE, code);
        string(json, AREA_NAME_JA, nameJa);
        string(json, AREA_NAME_EN, nameEn);
    }
}
