package jp.mynacard.web.representation;

import java.util.Map;
import java.util.Optional;

/**
 * The Japanese label of each column a table answer can have ({@code lang=ja} in CSV, the first header
 * row of an xlsx). ColumnLabelsTest fails when a row type has a column without one.
 */
public final class ColumnLabels {

    private static final Map<String, String> JAPANESE = Map.ofEntries(
            Map.entry("metric", "指標"),
            Map.entry("areaCode", "地域コード"),
            Map.entry("areaNameJa", "地域名"),
            Map.entry("areaNameEn", "地域名（英語）"),
            Map.entry("areaLevel", "地域の区分"),
            Map.entry("date", "基準日"),
            Map.entry("periodStart", "期間の初日"),
            Map.entry("periodKind", "期間の種類"),
            Map.entry("period", "期間（出典の表記）"),
            Map.entry("ageGroup", "年齢階級"),
            Map.entry("sex", "性別"),
            Map.entry("category", "区分"),
            Map.entry("value", "値"),
            Map.entry("unit", "単位"),
            Map.entry("precision", "精度"),
            Map.entry("numerator", "分子"),
            Map.entry("denominator", "分母（人口）"),
            Map.entry("basisDate", "人口の基準日"),
            Map.entry("source", "出典"),
            Map.entry("release", "リリース"),
            Map.entry("note", "注記"),
            Map.entry("rank", "順位"),
            Map.entry("nationalValue", "全国の値"),
            Map.entry("differenceFromNational", "全国との差"),
            Map.entry("nameJa", "名称"),
            Map.entry("nameEn", "名称（英語）"),
            Map.entry("rateMetric", "率の指標"),
            Map.entry("rate", "率"),
            Map.entry("rateDenominator", "率の分母（人口）"),
            Map.entry("rateBasisDate", "率の人口の基準日"),
            Map.entry("previousDate", "前回の基準日"),
            Map.entry("previousValue", "前回の値"),
            Map.entry("changeSincePrevious", "前回からの増減"),
            Map.entry("yearEarlierDate", "1年前の基準日"),
            Map.entry("yearEarlierValue", "1年前の値"),
            Map.entry("changeSinceYearEarlier", "1年前からの増減"),
            Map.entry("population", "人口"),
            Map.entry("cardsIssued", "交付枚数"),
            Map.entry("cardsIssuedRate", "人口に対する交付枚数率"),
            Map.entry("shareOfAllIssued", "交付枚数に占める割合"),
            Map.entry("valueFrom", "始めの値"),
            Map.entry("valueTo", "終わりの値"),
            Map.entry("change", "増減"),
            Map.entry("rankFrom", "始めの順位"),
            Map.entry("rankTo", "終わりの順位"),
            Map.entry("rankChange", "順位の変化（上昇が正）"),
            Map.entry("sourceFrom", "始めの出典"),
            Map.entry("sourceTo", "終わりの出典"),
            Map.entry("applications", "申請件数"),
            Map.entry("applicationsSource", "申請件数の出典"),
            Map.entry("cardsIssuedSource", "交付枚数の出典"),
            Map.entry("cardsHeld", "保有枚数"),
            Map.entry("cardsHeldSource", "保有枚数の出典"),
            Map.entry("applicationsAheadOfIssued", "申請件数と交付枚数の差"),
            Map.entry("issuedPerApplication", "申請1件あたりの交付枚数"),
            Map.entry("heldPerApplication", "申請1件あたりの保有枚数"),
            Map.entry("applicationsAdded", "前回からの申請件数の増加"),
            Map.entry("cardsIssuedAdded", "前回からの交付枚数の増加"));

    private ColumnLabels() {
    }

    public static Optional<String> japanese(String column) {
        return Optional.ofNullable(JAPANESE.get(column));
    }
}
