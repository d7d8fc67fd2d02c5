package jp.mynacard.area;

import jp.mynacard.problem.ApiException;
import jp.mynacard.problem.ProblemType;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An immutable snapshot of all areas with the lookups the API offers: by code (prefecture "13",
 * municipality "131016", or "13101" without check digit) and by name (東京都, 東京, Tokyo, 札幌市).
 */
public final class AreaIndex {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(8);
    private static final int SUGGESTIONS = 3;
    /**
     * A town or village filed with its district (郡), as MIC's tables name it: 東国東郡姫島村 is also
     * found as 姫島村, the name people use. Cities are left alone (大和郡山市 is a city's own name).
     */
    private static final Pattern IN_DISTRICT = Pattern.compile(".+?郡(.+[町村])");

    private final List<Area> all;
    private final Map<String, Area> byCode = new HashMap<>();
    private final Map<String, List<Area>> byName = new HashMap<>();
    /** How many areas a level has ("municipality"), and a level under a parent ("municipality/13"). */
    private final Map<String, Integer> counts = new HashMap<>();

    AreaIndex(List<Area> areas) {
        this.all = List.copyOf(areas);
        for (Area area : areas) {
            byCode.put(area.code(), area);
            names(area).forEach(name -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(area));
            counts.merge(area.level(), 1, Integer::sum);
            counts.merge(area.level() + "/" + area.parentCode(), 1, Integer::sum);
        }
    }

    /** The number of areas of a level, under {@code parentCode} unless it is null. */
    public int count(String level, String parentCode) {
        return counts.getOrDefault(parentCode == null ? level : level + "/" + parentCode, 0);
    }

    public List<Area> all() {
        return all;
    }

    /** The area a user means by {@code query}, or an unknown-area problem with the closest matches. */
    public Area resolve(String query) {
        String q = query.strip();
        List<Area> matches = AreaCodes.isDigits(q) ? Stream.ofNullable(byCode.get(normaliseCode(q))).toList()
                : byName.getOrDefault(key(q), List.of());
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.size() > 1) {
            throw new ApiException(ProblemType.UNKNOWN_AREA, "The name '" + q + "' is ambiguous: "
                    + describe(matches) + ". Use the code.");
        }
        throw new ApiException(ProblemType.UNKNOWN_AREA, "No area has the code or name '" + q + "'."
                + suggestions(q).map(s -> " Did you mean " + s + "?").orElse(""));
    }

    private static String normaliseCode(String digits) {
        return switch (digits.length()) {
            case 1 -> "0" + digits;
            case 5 -> AreaCodes.withCheckDigit(digits);
            default -> digits;
        };
    }

    private Optional<String> suggestions(String query) {
        String q = key(query);
        List<Area> close = AreaCodes.isDigits(query)
                ? all.stream().filter(a -> a.code().length() == normaliseCode(query).length()
                        && a.code().startsWith(query.substring(0, Math.min(2, query.length())))).limit(SUGGESTIONS).toList()
                : byName.entrySet().stream()
                        .map(e -> Map.entry(e, DISTANCE.apply(q, e.getKey())))
                        .filter(e -> e.getValue() >= 0)
                        .sorted(Comparator.comparing((Map.Entry<Map.Entry<String, List<Area>>, Integer> e) -> e.getValue())
                                .thenComparing(e -> e.getKey().getKey()))
                        .flatMap(e -> e.getKey().getValue().stream()).distinct().limit(SUGGESTIONS).toList();
        return close.isEmpty() ? Optional.empty() : Optional.of(describe(close));
    }

    private static String describe(List<Area> areas) {
        return areas.stream().map(a -> a.nameJa() + (a.nameEn() == null ? "" : " (" + a.nameEn() + ")") + " = " + a.code())
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** Japanese name, the prefecture name without 都/府/県, and the English name in lower case. */
    private static Stream<String> names(Area area) {
        Stream.Builder<String> names = Stream.builder();
        names.add(key(area.nameJa()));
        if ("prefecture".equals(area.level()) && area.nameJa().length() > 2 && area.nameJa().matches(".*[都府県]")) {
            names.add(key(area.nameJa().substring(0, area.nameJa().length() - 1)));
        }
        Matcher inDistrict = IN_DISTRICT.matcher(area.nameJa());
        if ("municipality".equals(area.level()) && inDistrict.matches()) {
            names.add(key(inDistrict.group(1)));
        }
        if (area.nameEn() != null) {
            names.add(key(area.nameEn()));
        }
        return names.build();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
