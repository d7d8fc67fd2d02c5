package jp.mynacard.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A table column's Japanese label ({@code lang=ja} in CSV, the first header row of an xlsx), on the
 * row record's component that is the column. ColumnLabelsTest fails when a column has none.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Label {

    String value();
}
