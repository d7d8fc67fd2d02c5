package jp.mynacard.stats.ranking;

import jp.mynacard.observation.ObservationRow;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static jp.mynacard.stats.Figures2022.rate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Competition ranking of MIC's 2022-12-31 prefecture rates, where 神奈川県 and 島根県 tie at 58.7 %. */
class RankingTest {

    private static final List<ObservationRow> PREFECTURES = List.of(
            rate("21", "岐阜県", "58.6", 1170746, 1996682),
            rate("32", "島根県", "58.7", 391154, 666331),
            rate("45", "宮崎県", "71.6", 772045, 1078313),
            rate("14", "神奈川県", "58.7", 5412420, 9215210),
            rate("31", "鳥取県", "58.9", 324828, 551806));
    private static final List<ObservationRow> NATION = List.of(rate("00", "全国", "57.1", 71905789, 125927902));

    @Test
    void ranksHighestFirstWithSharedRanksForTies() {
        List<RegionalRateRow> ranked = Ranking.rank(PREFECTURES, NATION);
        assertEquals(List.of("45", "31", "14", "32", "21"), ranked.stream().map(RegionalRateRow::areaCode).toList());
        assertEquals(List.of(1, 2, 3, 3, 5), ranked.stream().map(RegionalRateRow::rank).toList());
        assertEquals(new BigDecimal("14.5"), ranked.get(0).differenceFromNational());
        assertEquals(new BigDecimal("57.1"), ranked.get(0).nationalValue());
        assertEquals(new BigDecimal("772045"), ranked.get(0).numerator());
    }

    @Test
    void withoutTheNationsFigureTheDifferenceIsAbsent() {
        RegionalRateRow top = Ranking.rank(PREFECTURES, List.of()).get(0);
        assertNull(top.nationalValue());
        assertNull(top.differenceFromNational());
    }

    @Test
    void ordersByRankCodeOrNameEitherWay() {
        List<RegionalRateRow> ranked = Ranking.rank(PREFECTURES, NATION);
        assertEquals(List.of("21", "32", "14", "31", "45"), sorted(ranked, null, "desc"));
        assertEquals(List.of("14", "21", "31", "32", "45"), sorted(ranked, "code", null));
        assertEquals(List.of("45", "32", "31", "21", "14"), sorted(ranked, "code", "desc"));
        assertEquals(List.of("45", "21", "32", "14", "31"), sorted(ranked, "name", "asc")); // by code point: 宮 岐 島 神 鳥
    }

    private static List<String> sorted(List<RegionalRateRow> rows, String sort, String order) {
        return rows.stream().sorted(Ranking.order(sort, order)).map(RegionalRateRow::areaCode).toList();
    }
}
