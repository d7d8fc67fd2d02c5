package jp.mynacard.observation;

import com.github.benmanes.caffeine.cache.Cache;
import io.vertx.mutiny.sqlclient.Row;
import jp.mynacard.common.LocalCaches;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every current figure in memory, answering the same queries as the SQL of {@link SqlObservationStore}
 * in the same order (metric, area code, date, id) without a round trip.
 * <p>
 * The figures are held as primitives (strings as dictionary ids, dates as epoch days, decimals as
 * unscaled longs and scales), in that order, and become {@link ObservationRow}s only when a query
 * selects them. The figures take a few arrays instead of millions of objects, so that a full garbage
 * collection has almost nothing to trace or move.
 */
final class ObservationIndex {

    /**
     * Where each of {@link ObservationColumns#ALL} is held: text and dates in an int (dictionary id or epoch
     * day, NONE for null), decimals as an unscaled long and an int scale, longs in a long (NONE for null).
     * After them, one int more: the figure's area slot.
     */
    private static final int[] INT_AT = new int[ObservationColumns.ALL.size()];
    private static final int[] LONG_AT = new int[ObservationColumns.ALL.size()];
    private static final int AREA;
    private static final int INT_COLUMNS;
    private static final int LONG_COLUMNS;

    static {
        int ints = 0;
        int longs = 0;
        for (ObservationColumns.Definition column : ObservationColumns.ALL) {
            switch (column.kind()) {
                case TEXT, DATE -> INT_AT[column.position()] = ints++;
                case DECIMAL -> {
                    INT_AT[column.position()] = ints++;
                    LONG_AT[column.position()] = longs++;
                }
                case NULLABLE_LONG, LONG -> LONG_AT[column.position()] = longs++;
            }
        }
        AREA = ints++;
        INT_COLUMNS = ints;
        LONG_COLUMNS = longs;
    }

    /** The columns the queries filter and order on. */
    private static final int METRIC = intAt("metric"), DATE = intAt("date"),
            AGE_GROUP = intAt("ageGroup"), SEX = intAt("sex"), CATEGORY = intAt("category"), SOURCE = intAt("source"),
            ID = LONG_AT[ObservationColumns.named("id").position()];
    private static final int NONE = Integer.MIN_VALUE;
    /** The scale of a decimal too large for a long: its value is in {@code largeDecimals}. */
    private static final int LARGE = Integer.MAX_VALUE;
    /** Dictionary id of a string no figure holds: a filter on it matches nothing. */
    private static final int ABSENT = -1;
    private static final int ANY = -2;

    /** Row-major: a figure's ints and its longs each sit together, so a row costs a few cache lines. */
    private int[] ints;
    private long[] longs;
    private int size;
    private final Map<Long, BigDecimal> largeDecimals = new HashMap<>();
    /** One LocalDate per day from the earliest to the latest date held, so that rows share them. */
    private LocalDate[] days;
    private int firstDay;

    private final List<String> loadedStrings = new ArrayList<>();
    /** The dictionary: a string's id is its index. */
    private String[] strings;
    private final Map<String, Integer> stringIds = new HashMap<>();
    private final List<AreaInfo> areaSlots = new ArrayList<>();
    private final Map<String, Integer> areaIds = new HashMap<>();

    /** Per metric id: its areas in code order, each with its range of figures. */
    private final Map<String, MetricAreas> byMetric = new HashMap<>();
    /** The run being loaded: area slot, start, end; and its metric. */
    private int[] run;
    private String runMetric;
    /** Date coverage per query (few distinct ones: metric, level or parent, breakdown). */
    private final Cache<ObservationQuery, List<ObservationStore.DateCoverage>> coverage =
            LocalCaches.builder().maximumSize(2_000).build();

    /** The column of the loading query, beyond the figure's, that gives its area's parent. */
    static final String PARENT_CODE = "areaParentCode";
    /** The figure columns that come from the area table (names, level): an import may rename an area. */
    static final List<ObservationColumns.Definition> AREA_COLUMNS =
            ObservationColumns.ALL.stream().filter(c -> c.sql().startsWith("a.")).toList();

    ObservationIndex() {
        this(1024);
    }

    private ObservationIndex(int capacity) {
        ints = new int[INT_COLUMNS * Math.max(capacity, 1)];
        longs = new long[LONG_COLUMNS * Math.max(capacity, 1)];
    }

    /**
     * The index after a change, made from the one in use without reading it all again: its figures
     * except the {@code replaced} ids (sorted), with the {@code changed} figures (rows of the loading
     * query, in the index order) merged in, and every area's columns as {@code areas} (rows of
     * {@link #AREA_COLUMNS} and {@link #PARENT_CODE} by area code) now give them. It starts from the
     * old index's dictionary and area slots, so that the figures between two changed ones are copied
     * as they are, a run at a time.
     */
    static ObservationIndex merged(ObservationIndex old, long[] replaced, List<Row> changed, Map<String, Row> areas) {
        ObservationIndex merged = new ObservationIndex(old.size + changed.size());
        merged.loadedStrings.addAll(Arrays.asList(old.strings));
        merged.stringIds.putAll(old.stringIds);
        merged.areaSlots.addAll(old.areaSlots);
        merged.areaIds.putAll(old.areaIds);
        int i = 0;
        int j = 0;
        while (i < old.size || j < changed.size()) {
            Row next = j < changed.size() ? changed.get(j) : null;
            int from = i;
            while (i < old.size && Arrays.binarySearch(replaced, old.longAt(i, ID)) < 0 && (next == null || old.compareTo(i, next) < 0)) {
                i++;
            }
            merged.copy(old, from, i);
            if (i < old.size && Arrays.binarySearch(replaced, old.longAt(i, ID)) >= 0) {
                i++;
            } else if (next != null) {
                merged.add(next);
                j++;
            }
        }
        merged.renameAreas(areas);
        return merged.complete();
    }

    /** The index order of figure {@code i} against a row: metric, area code, date, id. */
    private int compareTo(int i, Row r) {
        int c = string(METRIC, i).compareTo(r.getString("metric"));
        if (c == 0) {
            c = areaSlots.get(at(i, AREA)).code().compareTo(r.getString("areaCode"));
        }
        if (c == 0) {
            c = Integer.compare(day(i), epochDay(r.getLocalDate("date")));
        }
        return c != 0 ? c : Long.compare(longAt(i, ID), r.getLong("id"));
    }

    /** What the queries filter areas by. */
    private record AreaInfo(String code, String level, String parentCode) {
    }

    /** The areas of one metric in code order, each with its range of figures [start, end). */
    private static final class MetricAreas {
        private final List<int[]> runs = new ArrayList<>(); // slot, start, end while loading
        int[] slots;
        int[] start;
        int[] end;
        /** Position of each area slot in {@code slots}, or -1. */
        int[] positionBySlot;
        /** Positions by level and by parent code, for rankings without a full scan. */
        final Map<String, List<Integer>> byLevel = new HashMap<>();
        final Map<String, List<Integer>> byParent = new HashMap<>();

        void complete(List<AreaInfo> areaSlots) {
            slots = runs.stream().mapToInt(run -> run[0]).toArray();
            start = runs.stream().mapToInt(run -> run[1]).toArray();
            end = runs.stream().mapToInt(run -> run[2]).toArray();
            runs.clear();
            positionBySlot = new int[areaSlots.size()];
            Arrays.fill(positionBySlot, -1);
            for (int k = 0; k < slots.length; k++) {
                positionBySlot[slots[k]] = k;
                AreaInfo info = areaSlots.get(slots[k]);
                byLevel.computeIfAbsent(info.level(), g -> new ArrayList<>()).add(k);
                if (info.parentCode() != null) {
                    byParent.computeIfAbsent(info.parentCode(), g -> new ArrayList<>()).add(k);
                }
            }
        }
    }

    /**
     * Adds a row of {@link ObservationColumns#SELECT_LIST} and the area's parent code; rows must come in the
     * index order (metric and area code in code-point order, then date and id), which the loading query
     * asks for.
     */
    void add(Row r) {
        int i = next();
        for (ObservationColumns.Definition column : ObservationColumns.ALL) {
            int k = column.position();
            switch (column.kind()) {
                case TEXT -> set(i, INT_AT[k], id(r.getString(column.name())));
                case DATE -> set(i, INT_AT[k], epochDay(r.getLocalDate(column.name())));
                case DECIMAL -> putDecimal(i, LONG_AT[k], INT_AT[k], r.getBigDecimal(column.name()));
                case NULLABLE_LONG, LONG -> {
                    Long value = r.getLong(column.name());
                    setLong(i, LONG_AT[k], value == null ? NONE : value);
                }
            }
        }
        placed(i, r.getString("metric"), area(r));
    }

    /** Adds figures [start, end) of an index whose dictionary and area slots this one extends. */
    private void copy(ObservationIndex from, int start, int end) {
        if (start == end) {
            return;
        }
        int at = size;
        while ((size + end - start) * INT_COLUMNS > ints.length) {
            grow();
        }
        System.arraycopy(from.ints, start * INT_COLUMNS, ints, at * INT_COLUMNS, (end - start) * INT_COLUMNS);
        System.arraycopy(from.longs, start * LONG_COLUMNS, longs, at * LONG_COLUMNS, (end - start) * LONG_COLUMNS);
        from.largeDecimals.forEach((key, value) -> {
            int i = (int) (long) key;
            if (i >= start && i < end) {
                largeDecimals.put((key & 0xFFFF_FFFF_0000_0000L) | (i - start + at), value);
            }
        });
        for (int i = start; i < end; i++) {
            int k = next();
            placed(k, loadedStrings.get(at(k, METRIC)), at(k, AREA));
        }
    }

    /** Gives every figure its area's columns and every area slot its level and parent as {@code areas} say. */
    private void renameAreas(Map<String, Row> areas) {
        int[][] wanted = new int[areaSlots.size()][];
        for (int slot = 0; slot < areaSlots.size(); slot++) {
            String code = areaSlots.get(slot).code();
            Row area = areas.get(code);
            if (area != null) {
                areaSlots.set(slot, new AreaInfo(code, area.getString("areaLevel"), area.getString(PARENT_CODE)));
                wanted[slot] = AREA_COLUMNS.stream().mapToInt(c -> id(area.getString(c.name()))).toArray();
            }
        }
        for (int i = 0; i < size; i++) {
            int[] columns = wanted[at(i, AREA)];
            for (int c = 0; columns != null && c < columns.length; c++) {
                set(i, INT_AT[AREA_COLUMNS.get(c).position()], columns[c]);
            }
        }
    }

    /** The slot of the next figure. */
    private int next() {
        if (size * INT_COLUMNS == ints.length) {
            grow();
        }
        return size++;
    }

    /** Files figure {@code i} under its area and its (metric, area) run. */
    private void placed(int i, String metric, int area) {
        set(i, AREA, area);
        if (run == null || run[0] != area || !metric.equals(runMetric)) {
            startRun(metric, area, i);
        }
        run[2] = size;
    }

    /** A new (metric, area) run of figures; it must sort after the previous one. */
    private void startRun(String metric, int area, int i) {
        String code = areaSlots.get(area).code();
        if (run != null) {
            int order = runMetric.compareTo(metric);
            if (order > 0 || order == 0 && areaSlots.get(run[0]).code().compareTo(code) >= 0) {
                throw new IllegalStateException("Figures out of order at " + metric + " " + code);
            }
        }
        run = new int[] {area, i, i};
        runMetric = metric;
        byMetric.computeIfAbsent(metric, m -> new MetricAreas()).runs.add(run);
    }

    /**
     * Ends loading: trims the columns if more than an eighth of them is unused (after a load, whose
     * arrays grew by doubling; not after a merge, whose few spare rows are not worth another 20 MB
     * of copies at a change), and indexes each metric's areas.
     */
    ObservationIndex complete() {
        if (size * INT_COLUMNS < ints.length - ints.length / 8) {
            ints = Arrays.copyOf(ints, size * INT_COLUMNS);
            longs = Arrays.copyOf(longs, size * LONG_COLUMNS);
        }
        byMetric.values().forEach(areas -> areas.complete(areaSlots));
        strings = loadedStrings.toArray(String[]::new);
        loadedStrings.clear();
        int[] dateColumns = ObservationColumns.ALL.stream().filter(c -> c.kind() == ObservationColumns.Kind.DATE)
                .mapToInt(c -> INT_AT[c.position()]).toArray();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < size; i++) {
            for (int c : dateColumns) {
                int day = at(i, c);
                if (day != NONE) {
                    first = Math.min(first, day);
                    last = Math.max(last, day);
                }
            }
        }
        firstDay = first > last ? 0 : first;
        days = new LocalDate[first > last ? 0 : last - first + 1];
        for (int i = 0; i < size; i++) {
            for (int c : dateColumns) {
                int day = at(i, c);
                if (day != NONE && days[day - firstDay] == null) {
                    days[day - firstDay] = LocalDate.ofEpochDay(day);
                }
            }
        }
        return this;
    }

    int size() {
        return size;
    }

    /** Ordered by metric, area code, date and id, after the cursor, at most the limit. */
    List<ObservationRow> find(ObservationQuery q) {
        List<ObservationRow> found = new ArrayList<>();
        Filter filter = new Filter(q);
        At at = new At();
        for (String metric : new TreeSet<>(q.metrics())) {
            MetricAreas areas = byMetric.get(metric);
            for (int position : positions(q, areas)) {
                int end = areas.end[position];
                for (int i = firstOnOrAfter(filter.from, areas.start[position], end); i < end && day(i) <= filter.to; i++) {
                    if (filter.matches(i) && after(q.after(), i)) {
                        found.add(at.row(i));
                        if (found.size() == q.limit()) {
                            return found;
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Works out the date coverage that {@code previous} was asked for, so that the first requests after
     * a change do not scan the figures for it on an event loop.
     */
    void coverSameQueriesAs(ObservationIndex previous) {
        previous.coverage.asMap().keySet().forEach(this::dates);
    }

    /** Dates with figures for the query (its from/to ignored), newest first, with their number of areas. */
    List<ObservationStore.DateCoverage> dates(ObservationQuery q) {
        return coverage.get(q.at(null), this::coverage);
    }

    private List<ObservationStore.DateCoverage> coverage(ObservationQuery anyDate) {
        Filter filter = new Filter(anyDate);
        // Distinct areas per day: an area with figures of several metrics on a day counts once.
        Map<Integer, BitSet> areasByDay = new TreeMap<>(Comparator.reverseOrder());
        for (String metric : anyDate.metrics().stream().distinct().toList()) {
            MetricAreas areas = byMetric.get(metric);
            for (int position : positions(anyDate, areas)) {
                for (int i = areas.start[position]; i < areas.end[position]; i++) {
                    if (filter.matches(i)) {
                        areasByDay.computeIfAbsent(day(i), d -> new BitSet()).set(at(i, AREA));
                    }
                }
            }
        }
        return areasByDay.entrySet().stream()
                .map(e -> new ObservationStore.DateCoverage(LocalDate.ofEpochDay(e.getKey()), e.getValue().cardinality())).toList();
    }

    /** The first figure in [start, end), a run in date order, dated {@code from} or later (end if none). */
    private int firstOnOrAfter(int from, int start, int end) {
        int low = start;
        int high = end;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (day(middle) < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private int day(int i) {
        return at(i, DATE);
    }

    /** Column {@code column} of figure {@code i}, in the row-major arrays. */
    private int at(int i, int column) {
        return ints[i * INT_COLUMNS + column];
    }

    private long longAt(int i, int column) {
        return longs[i * LONG_COLUMNS + column];
    }

    private void set(int i, int column, int value) {
        ints[i * INT_COLUMNS + column] = value;
    }

    private void setLong(int i, int column, long value) {
        longs[i * LONG_COLUMNS + column] = value;
    }

    /** Positions (in {@code areas}) of the areas the query can match, in area code order. */
    private List<Integer> positions(ObservationQuery q, MetricAreas areas) {
        if (areas == null) {
            return List.of();
        }
        if (q.areaCodes() != null) {
            List<Integer> positions = new ArrayList<>();
            for (String code : new TreeSet<>(q.areaCodes())) {
                Integer slot = areaIds.get(code);
                int position = slot == null ? -1 : areas.positionBySlot[slot];
                if (position >= 0) {
                    positions.add(position);
                }
            }
            return positions;
        }
        if (q.parentCode() != null) {
            return areas.byParent.getOrDefault(q.parentCode(), List.of());
        }
        if (q.level() != null) {
            return areas.byLevel.getOrDefault(q.level(), List.of());
        }
        List<Integer> all = new ArrayList<>(areas.slots.length);
        for (int k = 0; k < areas.slots.length; k++) {
            all.add(k);
        }
        return all;
    }

    /** A query's conditions as dictionary ids and epoch days, resolved once per query. */
    private final class Filter {
        final String level;
        final String parentCode;
        final int from;
        final int to;
        final int ageGroup;
        final int sex;
        final int category;
        final int source;

        Filter(ObservationQuery q) {
            level = q.level();
            parentCode = q.parentCode();
            from = q.from() == null ? Integer.MIN_VALUE : (int) q.from().toEpochDay();
            to = q.to() == null ? Integer.MAX_VALUE : (int) q.to().toEpochDay();
            ageGroup = breakdown(q.ageGroup());
            sex = breakdown(q.sex());
            category = breakdown(q.category());
            source = q.source() == null ? ANY : stringIds.getOrDefault(q.source(), ABSENT);
        }

        /** Null asks for "not broken down" (NONE), {@link ObservationQuery#ANY} for every value. */
        private int breakdown(String wanted) {
            return wanted == null ? NONE : ObservationQuery.ANY.equals(wanted) ? ANY : stringIds.getOrDefault(wanted, ABSENT);
        }

        boolean matches(int i) {
            int date = day(i);
            AreaInfo area = areaSlots.get(at(i, AREA));
            return date >= from && date <= to
                    && is(at(i, AGE_GROUP), ageGroup) && is(at(i, SEX), sex) && is(at(i, CATEGORY), category)
                    && is(at(i, SOURCE), source)
                    && (level == null || level.equals(area.level()))
                    && (parentCode == null || parentCode.equals(area.parentCode()));
        }

        private static boolean is(int value, int wanted) {
            return wanted == ANY || value == wanted;
        }
    }

    private boolean after(ObservationQuery.Cursor cursor, int i) {
        if (cursor == null) {
            return true;
        }
        int c = string(METRIC, i).compareTo(cursor.metric());
        if (c == 0) {
            c = areaSlots.get(at(i, AREA)).code().compareTo(cursor.areaCode());
        }
        if (c == 0) {
            c = Long.compare(day(i), cursor.date().toEpochDay());
        }
        return c > 0 || (c == 0 && longAt(i, ID) > cursor.id());
    }

    /** The columns of one figure of the index, for {@link ObservationRow#read}; moved from figure to figure. */
    private final class At implements ObservationRow.Columns {
        private int i;

        ObservationRow row(int figure) {
            i = figure;
            return ObservationRow.read(this);
        }

        @Override
        public String text(int column) {
            return string(INT_AT[column], i);
        }

        @Override
        public LocalDate date(int column) {
            return ObservationIndex.this.date(INT_AT[column], i);
        }

        @Override
        public BigDecimal decimal(int column) {
            return ObservationIndex.this.decimal(i, LONG_AT[column], INT_AT[column]);
        }

        @Override
        public Long nullableNumber(int column) {
            long value = longAt(i, LONG_AT[column]);
            return value == NONE ? null : value;
        }

        @Override
        public long number(int column) {
            return longAt(i, LONG_AT[column]);
        }
    }

    private void grow() {
        ints = Arrays.copyOf(ints, ints.length * 2);
        longs = Arrays.copyOf(longs, longs.length * 2);
    }

    private int area(Row r) {
        return areaIds.computeIfAbsent(r.getString("areaCode"), code -> {
            areaSlots.add(new AreaInfo(code, r.getString("areaLevel"), r.getString(PARENT_CODE)));
            return areaSlots.size() - 1;
        });
    }

    private static int intAt(String column) {
        return INT_AT[ObservationColumns.named(column).position()];
    }

    private int id(String value) {
        if (value == null) {
            return NONE;
        }
        return stringIds.computeIfAbsent(value, v -> {
            loadedStrings.add(v);
            return loadedStrings.size() - 1;
        });
    }

    private String string(int column, int i) {
        int id = at(i, column);
        return id == NONE ? null : strings[id];
    }

    private static int epochDay(LocalDate date) {
        return date == null ? NONE : (int) date.toEpochDay();
    }

    private LocalDate date(int column, int i) {
        int day = at(i, column);
        return day == NONE ? null : days[day - firstDay];
    }

    private void putDecimal(int i, int unscaledColumn, int scaleColumn, BigDecimal value) {
        if (value == null) {
            set(i, scaleColumn, NONE);
        } else if (value.unscaledValue().bitLength() < Long.SIZE) {
            setLong(i, unscaledColumn, value.unscaledValue().longValue());
            set(i, scaleColumn, value.scale());
        } else {
            set(i, scaleColumn, LARGE);
            largeDecimals.put(((long) unscaledColumn << 32) | i, value);
        }
    }

    private BigDecimal decimal(int i, int unscaledColumn, int scaleColumn) {
        int scale = at(i, scaleColumn);
        return switch (scale) {
            case NONE -> null;
            case LARGE -> largeDecimals.get(((long) unscaledColumn << 32) | i);
            default -> BigDecimal.valueOf(longAt(i, unscaledColumn), scale);
        };
    }
}
