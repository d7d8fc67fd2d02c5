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

/** {@link RegionalRateRow} as JSON, field by field in declaration order, like {@link ObservationRowJson}. */
public final class RegionalRateRowJson extends StdSerializer<RegionalRateRow> {

    private static final SerializedString RANK = name("rank"), AREA_CODE = name("areaCode"),
            AREA_NAME_JA = name("areaNameJa"), AREA_NAME_EN = name("areaNameEn"), METRIC = name("metric"),
            DATE = name("date"), VALUE = name("value"), UNIT = name("unit"), PRECISION = name("precision"),
            NUMERATOR = name("numerator"), DENOMINATOR = name("denominator"), BASIS_DATE = name("basisDate"),
            NATIONAL_VALUE = name("nationalValue"), DIFFERENCE = name("differenceFromNational"),
            SOURCE = name("source"), RELEASE = name("release");

    public RegionalRateRowJson() {
        super(RegionalRateRow.class);
    }

    @Override
    public void serialize(RegionalRateRow r, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject(r);
        number(json, RANK, r.rank());
        string(json, AREA_CODE, r.areaCode());
        string(json, AREA_NAME_JA, r.areaNameJa());
        string(json, AREA_NAME_EN, r.areaNameEn());
        string(json, METRIC, r.metric());
        date(json, DATE, r.date());
        number(json, VALUE, r.value());
        string(json, UNIT, r.unit());
        string(json, PRECISION, r.precision());
        number(json, NUMERATOR, r.numerator());
        number(json, DENOMINATOR, r.denominator());
        date(json, BASIS_DATE, r.basisDate());
        number(json, NATIONAL_VALUE, r.nationalValue());
        number(json, DIFFERENCE, r.differenceFromNational());
        string(json, SOURCE, r.source());
        number(json, RELEASE, r.release());
        json.writeEndObject();
    }
}
