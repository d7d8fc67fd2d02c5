package jp.mynacard.observation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a column of {@link ObservationRow} comes from: its SQL expression over the figure ({@code o}),
 * its area ({@code a}) and its numerator ({@code n}) in {@link SqlObservationStore#FROM}.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
@interface Column {
    String value();
}
