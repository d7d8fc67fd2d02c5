package jp.mynacard.web.representation;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.mynacard.common.Label;
import jp.mynacard.observation.ObservationRow;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every column of every table answer has its Japanese label on it (CSV with lang=ja, the xlsx header):
 * a row type is a record with at least one {@link Label}, and then every column of it has one.
 */
class ColumnLabelsTest {

    @Test
    void everyColumnOfARowTypeHasItsJapaneseLabel() {
        List<Class<?>> rowTypes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.mynacard").stream().map(type -> (Class<?>) type.reflect()).filter(Class::isRecord)
                .filter(type -> Stream.of(type.getRecordComponents()).anyMatch(c -> c.isAnnotationPresent(Label.class)))
                .collect(Collectors.toList());
        assertTrue(rowTypes.size() >= 6, "row types: " + rowTypes);
        List<String> unlabelled = rowTypes.stream().map(type -> type.asSubclass(Record.class))
                .flatMap(type -> Representation.columns(type).stream()
                        .filter(column -> !column.isAnnotationPresent(Label.class))
                        .map(column -> type.getSimpleName() + "." + column.getName()))
                .toList();
        assertEquals(List.of(), unlabelled);
    }

    @Test
    void theLabelIsTheJapaneseHeaderOfItsColumn() {
        RecordComponent areaCode = Stream.of(ObservationRow.class.getRecordComponents())
                .filter(c -> c.getName().equals("areaCode")).findFirst().orElseThrow();
        assertEquals("地域コード", areaCode.getAnnotation(Label.class).value());
    }
}
