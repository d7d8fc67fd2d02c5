package jp.mynacard.ingest;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The normalised keys of breakdown labels that MIC prints in Japanese (and that changed over time). */
final class Vocabulary {

    /** Key of the nation-wide row of the municipality-type table: not a category but the plain national figure. */
    static final String ALL_TYPES = "";

    private static final Map<String, String> MUNICIPALITY_TYPES = Map.of(
            "全国", ALL_TYPES,
            "特別区", "special-wards",
            "政令指定都市", "designated-cities",
            "指定都市", "designated-cities",
            "市（政令指定都市を除く）", "cities-excl-designated",
            "市（指定都市を除く）", "cities-excl-designated",
            // From 2022-06-01 MIC merges the special wards into the cities row.
            "特別区・市（指定都市を除く）", "special-wards-and-cities-excl-designated",
            "町村", "towns-villages");

    /** Survey metrics by pollster: the Cabinet Office draws a probability sample; the others poll web panels. */
    private static final String PROBABILITY_SAMPLE = "probability sample (Cabinet Office, face-to-face interviews)";
    private static final String WEB_PANEL = "web panel (non-probability; not an estimate of the population)";
    private static final Map<String, String> SURVEY_METHODS = Map.of(
            "cao_poll_", PROBABILITY_SAMPLE,
            "ksi_web_poll_", WEB_PANEL,
            "mmd_web_poll_", WEB_PANEL,
            "nippon_foundation_", WEB_PANEL,
            "neo_marketing_", WEB_PANEL);

    private static final Pattern AGE_RANGE = Pattern.compile("(\\d+)～(\\d+)(歳)?");
    private static final Pattern AGE_AND_OVER = Pattern.compile("(\\d+)歳以上");

    private Vocabulary() {
    }

    /** The category key of a MIC 区分 label; "" for 全国. */
    static Optional<String> municipalityType(String labelJa) {
        return Optional.ofNullable(MUNICIPALITY_TYPES.get(labelJa));
    }

    /** The method of a survey metric's poll, known by the name's pollster prefix; empty for other metrics. */
    static Optional<String> surveyMethod(String metricName) {
        return SURVEY_METHODS.entrySet().stream().filter(e -> metricName.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /** "全体" → "all", "0～4歳" and "5～9" → "0-4", "5-9", "90歳以上" → "90+". */
    static Optional<String> ageGroup(String labelJa) {
        if ("全体".equals(labelJa)) {
            return Optional.of("all");
        }
        Matcher m = AGE_RANGE.matcher(labelJa);
        if (m.matches()) {
            return Optional.of(m.group(1) + "-" + m.group(2));
        }
        m = AGE_AND_OVER.matcher(labelJa);
        return m.matches() ? Optional.of(m.group(1) + "+") : Optional.empty();
    }
}
