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

    private final Map<String, Area> areasByCode = new HashMap<>();
    private final Map<String, String> prefectureCodesByName = new HashMap<>();
    private final Map<String, String> municipalityCodesByPrefectureAndName = new HashMap<>();
    private final Map<String, List<String>> municipalityCodesByName = new HashMap<>();
    private final Map<String, String> metricIdsByAlias;
    private final Set<String> sourceIds;

    public ReferenceData(List<Area> areas, Map<String, String> metricIdsByAlias, Set<String> sourceIds) {
        this.metricIdsByAlias = Map.copyOf(metricIdsByAlias);
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
     * the prefecture whose known name ends with it (MIC printed 三宅島三宅村 until 2021-07 and 三宅村 after).
     */
    public Optional<String> municipalityCode(String prefectureCode, String nameJa) {
        String exact = municipalityCodesByPrefectureAndName.get(prefectureCode + "/" + nameJa);
        if (exact != null) {
            return Optional.of(exact);
        }
        List<String> bySuffix = areasByCode.values().stream()
                .filter(a -> "municipality".equals(a.level()) && prefectureCode.equals(a.parentCode())
                        && a.nameJa().endsWith(nameJa))
                .map(Area::code).toList();
        return bySuffix.size() == 1 ? Optional.of(bySuffix.get(0)) : Optional.empty();
    }

    /** Municipalities of that name anywhere in Japan (names such as 府中市 are not unique). */
    public List<String> municipalityCodes(String nameJa) {
        return List.copyOf(municipalityCodesByName.getOrDefault(nameJa, List.of()));
    }

    public Optional<String> metricId(String aliasOrId) {
        return Optional.ofNullable(metricIdsByAlias.get(aliasOrId));
    }

    public boolean hasSource(String id) {
        return sourceIds.contains(id);
    }
}
