package jp.mynacard.stats.ranking;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import jp.mynacard.observation.ObservationRowJson;

import java.io.IOException;

import static jp.mynacard.common.JsonFields.date;
import static jp.mynacard.common.JsonFields.name;
import static jp.mynacard.common.JsonFields.number;
import static jp.mynacard.common.JsonFields.string;
import static jp.mynacard.observation.ObservationRowJson.DATE;
import static jp.mynacard.observation.ObservationRowJson.METRIC;
import static jp.mynacard.observation.ObservationRowJson.RELEASE;
import static jp.mynacard.observation.ObservationRowJson.SOURCE;

/** {@link RegionalRateRow} as JSON, field by field in declaration order, like {@link ObservationRowJson}. */
public final class RegionalRateRowJson extends StdSerializer<RegionalRateRow> {

    private static final SerializedString RANK = name("rank"), NATIONAL_VALUE = name("nationalValue"),
            DIFFERENCE = name("differenceFromNational");

    public RegionalRateRowJson() {
        super(RegionalRateRow.class);
    }

    @Override
    public void serialize(RegionalRateRow r, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject(r);
        number(json, RANK, r.rank());
        ObservationRowJson.area(json, r.areaCode(), r.areaNameJa(), r.areaNameEn());
        string(json, METRIC, r.metric());
        date(json, DATE, r.date());
        ObservationRowJson.figure(json, r.value(), r.unit(), r.precision(), r.numerator(), r.denominator(), r.basisDate());
        number(json, NATIONAL_VALUE, r.nationalValue());
        number(json, DIFFERENCE, r.differenceFromNational());
        string(json, SOURCE, r.source());
        number(json, RELEASE, r.release());
        json.writeEndObject();
    }
}
