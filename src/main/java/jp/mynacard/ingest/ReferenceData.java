package jp.mynacard.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What parsers check codes and names against: areas, metric ids and aliases, source ids. Loaded from
 * the database before a parse; areas and sources that an import introduces are added as it goes,
 * so that later files of the same import may use them.
 */
public final class ReferenceData {

    public record Area(String code, String level, String parentCode, String nameJa) {
    }

    /** Where a figure is filed: a metric and the unit it is counted in. */
    public record Filed(String metricId, String unit) {
    }

    /**
     * Each metric's unit, and the figures published in another unit: filed under another metric, or
     * under the metric in its unit where the source states the equivalence (table metric_unit_variant).
     */
    public record Units(Map<String, String> byMetric, Map<Filed, Filed> variants) {
    }

    /** What a printed name may carry before the known one: its district or island (東国東郡, 三宅島). */
    private static final java.util.regex.Pattern DISTRICT_OR_ISLAND = java.util.regex.Pattern.compile(".+[郡島]");

    private final Map<String, Area> areasByCode = new HashMap<>();
    private final Map<String, String> prefectureCodesByName = new HashMap<>();
    private final Map<String, String> municipalityCodesByPrefectureAndName = new HashMap<>();
    private final Map<String, List<String>> municipalityCodesByName = new HashMap<>();
    private final Map<String, String> metricIdsByAlias;
    private final Set<String> sourceIds;
    private final Units units;

    public ReferenceData(List<Area> areas, Map<String, String> metricIdsByAlias, Set<String> sourceIds, Units units) {
        this.metricIdsByAlias = Map.copyOf(metricIdsByAlias);
        this.units = units;
        this.sourceIds = new HashSet<>(sourceIds);
        areas.forEach(this::addArea);
    }

    public void addArea(Area area) {
        Area previous = areasByCode.put(area.code(), area);
        if ("prefecture".equals(area.level())) {
            prefectureCodesByName.put(area.nameJa(), area.code());
        } else if ("municipality".equals(area.level())) {
            if (previous != null) {
                municipalityCodesByName.getOrDefault(previous.nameJa(), List.of()).remove(previous.code());
            }
            municipalityCodesByPrefectureAndName.put(area.parentCode() + "/" + area.nameJa(), area.code());
            municipalityCodesByName.computeIfAbsent(area.nameJa(), name -> new java.util.ArrayList<>()).add(area.code());
        }
    }

    public void addSource(String id) {
        sourceIds.add(id);
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(areasByCode.get(code));
    }

    public Optional<String> prefectureCode(String nameJa) {
        return Optional.ofNullable(prefectureCodesByName.get(nameJa));
    }

    /**
     * The municipality of that name in the prefecture; failing an exact match, the one municipality of
     * the prefecture whose known name differs from it only by a district or island before it. So a name
     * is found with or without its 郡 (姫島村, 東国東郡姫島村) and under the old and new island names (MIC
     * printed 三宅島三宅村 until 2021-07 and 三宅村 after).
     */
    public Optional<String> municipalityCode(String prefectureCode, String nameJa) {
        String exact = municipalityCodesByPrefectureAndName.get(prefectureCode + "/" + nameJa);
        if (exact != null) {
            return Optional.of(exact);
        }
        return onlyMunicipality(prefectureCode, a -> sameBesidesPrefix(a.nameJa(), nameJa) || sameBesidesPrefix(nameJa, a.nameJa()));
    }

    /** {@code longer} is {@code shorter} after a district or island (東国東郡 + 姫島村, 三宅島 + 三宅村; not 上 + 士幌町). */
    private static boolean sameBesidesPrefix(String longer, String shorter) {
        return longer.length() > shorter.length() && longer.endsWith(shorter)
                && DISTRICT_OR_ISLAND.matcher(longer.substring(0, longer.length() - shorter.length())).matches();
    }

    private Optional<String> onlyMunicipality(String prefectureCode, java.util.function.Predicate<Area> named) {
        List<String> codes = areasByCode.values().stream()
                .filter(a -> "municipality".equals(a.level()) && prefectureCode.equals(a.parentCode()) && named.test(a))
                .map(Area::code).toList();
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    /** Municipalities of that name anywhere in Japan (names such as 府中市 are not unique). */
    public List<String> municipalityCodes(String nameJa) {
        return List.copyOf(municipalityCodesByName.getOrDefault(nameJa, List.of()));
    }

    public Optional<String> metricId(String aliasOrId) {
        return Optional.ofNullable(metricIdsByAlias.get(aliasOrId));
    }

    /** Where a figure of {@code metricId} published in {@code unit} is filed; empty if that unit has no place. */
    public Optional<Filed> filed(String metricId, String unit) {
        Filed asPublished = new Filed(metricId, unit);
        if (unit.equals(units.byMetric().get(metricId))) {
            return Optional.of(asPublished);
        }
        return Optional.ofNullable(units.variants().get(asPublished));
    }

    public String unitOf(String metricId) {
        return units.byMetric().get(metricId);
    }

    public boolean hasSource(String id) {
        return sourceIds.contains(id);
    }
}
