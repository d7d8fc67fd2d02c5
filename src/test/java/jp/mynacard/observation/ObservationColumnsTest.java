package jp.mynacard.observation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ObservationRow's components are the figure's columns, and {@link ObservationRow#read} reads each in order. */
class ObservationColumnsTest {

    @Test
    void readAsksForEveryColumnInComponentOrderWithItsKind() {
        List<String> asked = new ArrayList<>();
        ObservationRow.read(new ObservationRow.Columns() {
            @Override
            public String text(int column) {
                asked.add(column + " TEXT");
                return null;
            }

            @Override
            public LocalDate date(int column) {
                asked.add(column + " DATE");
                return null;
            }

            @Override
            public BigDecimal decimal(int column) {
                asked.add(column + " DECIMAL");
                return null;
            }

            @Override
            public Long nullableNumber(int column) {
                asked.add(column + " NULLABLE_LONG");
                return null;
            }

            @Override
            public long number(int column) {
                asked.add(column + " LONG");
                return 0;
            }
        });
        assertEquals(ObservationColumns.ALL.stream().map(c -> c.position() + " " + c.kind()).toList(), asked);
    }

    @Test
    void everyColumnIsSelectedUnderItsName() {
        assertEquals(ObservationRow.class.getRecordComponents().length, ObservationColumns.ALL.size());
        ObservationColumns.ALL.forEach(c -> assertTrue(ObservationColumns.SELECT_LIST.contains(c.sql() + " AS \"" + c.name() + "\""), c.name()));
        assertEquals("NULLIF(o.age_group, '')", ObservationColumns.named("ageGroup").sql());
    }
}
