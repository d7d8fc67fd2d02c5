package jp.mynacard.stats.demographics;

import jp.mynacard.stats.Figures2022;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static jp.mynacard.stats.Figures2022.demographic;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** MIC's age and sex table of 2022-12-31 rebuilt from its figures: one row per group, "all" first. */
class DemographicsTableTest {

    @Test
    void pivotsTheFiguresOfAGroupIntoOneRowInTheTablesOrder() {
        List<DemographicRow> table = DemographicsTable.of(List.of(
                demographic("cards-issued-rate", "0-4", "female", "43.7", null),
                demographic("cards-issued", "0-4", "female", "948300", 2171048L),
                demographic("cards-issued", "all", "total", "71905789", 125927902L),
                demographic("cards-issued-share", "0-4", "female", "2.6", null),
                demographic("cards-issued", "0-4", "male", "991799", 2279668L),
                demographic("cards-issued-rate", "all", "total", "57.1", null)));
        assertEquals(List.of("all total", "0-4 male", "0-4 female"),
                table.stream().map(r -> r.ageGroup() + " " + r.sex()).toList());
        DemographicRow girls = table.get(2);
        assertEquals(2171048L, girls.population());
        assertEquals(new BigDecimal("948300"), girls.cardsIssued());
        assertEquals(new BigDecimal("43.7"), girls.cardsIssuedRate());
        assertEquals(new BigDecimal("2.6"), girls.shareOfAllIssued());
        assertEquals(Figures2022.BASIS, girls.basisDate());
        assertEquals(new BigDecimal("57.1"), table.get(0).cardsIssuedRate());
    }
}
