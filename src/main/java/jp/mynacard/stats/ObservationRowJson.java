package jp.mynacard.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

import static jp.mynacard.web.JsonFields.date;
import static jp.mynacard.web.JsonFields.name;
import static jp.mynacard.web.JsonFields.number;
import static jp.mynacard.web.JsonFields.string;

/**
 * {@link ObservationRow} as JSON, field by field in declaration order (no reflection, no per-property
 * lookups): rows are most of the bytes of nearly every answer. A test keeps it in step with the record.
 */
public final class ObservationRowJson extends StdSerializer<ObservationRow> {

    private static final SerializedString METRIC = name("metric"), AREA_CODE = name("areaCode"),
            AREA_NAME_JA = name("areaNameJa"), AREA_NAME_EN = name("areaNameEn"), AREA_LEVEL = name("areaLevel"),
            DATE = name("date"), PERIOD_START = name("periodStart"), PERIOD_KIND = name("periodKind"),
            PERIOD = name("period"), AGE_GROUP = name("ageGroup"), SEX = name("sex"), CATEGORY = name("category"),
            VALUE = name("value"), UNIT = name("unit"), PRECISION = name("precision"), NUMERATOR = name("numerator"),
            DENOMINATOR = name("denominator"), BASIS_DATE = name("basisDate"), SOURCE = name("source"),
            RELEASE = name("release"), NOTE = name("note");

    public ObservationRowJson() {
        super(ObservationRow.class);
    }

    @Override
    public void serialize(ObservationRow r, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject(r);
        string(json, METRIC, r.metric());
        string(json, AREA_CODE, r.areaCode());
        string(json, AREA_NAME_JA, r.areaNameJa());
        string(json, AREA_NAME_EN, r.areaNameEn());
        string(json, AREA_LEVEL, r.areaLevel());
        date(json, DATE, r.date());
        date(json, PERIOD_START, r.periodStart());
        string(json, PERIOD_KIND, r.periodKind());
        string(json, PERIOD, r.period());
        string(json, AGE_GROUP, r.ageGroup());
        string(json, SEX, r.sex());
        string(json, CATEGORY, r.category());
        number(json, VALUE, r.value());
        string(json, UNIT, r.unit());
        string(json, PRECISION, r.precision());
        number(json, NUMERATOR, r.numerator());
        number(json, DENOMINATOR, r.denominator());
        date(json, BASIS_DATE, r.basisDate());
        string(json, SOURCE, r.source());
        number(json, RELEASE, r.release());
        string(json, NOTE, r.note());
        json.writeEndObject();
    }
}
