package jp.mynacard.web.representation;

import jp.mynacard.figure.ObservationRow;
import jp.mynacard.stats.demographics.DemographicRow;
import jp.mynacard.stats.ranking.RegionalRateRow;
import jp.mynacard.stats.summary.SummaryTile;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every column of every table answer has a Japanese label (CSV with lang=ja, the xlsx header). */
class ColumnLabelsTest {

    @Test
    void everyTableColumnHasAJapaneseLabel() {
        List<String> unlabelled = Stream.of(ObservationRow.class, RegionalRateRow.class, SummaryTile.class, DemographicRow.class)
                .flatMap(type -> Representation.columns(type).stream().map(RecordComponent::getName))
                .filter(name -> ColumnLabels.japanese(name).isEmpty()).distinct().toList();
        assertEquals(List.of(), unlabelled);
    }
}
