package jp.mynacard.observation;


import java.time.LocalDate;
import java.util.List;

/**
 * What to select from the figures, built by name ({@link #of}). A null breakdown (ageGroup, sex,
 * category) selects figures without that breakdown; {@link #ANY} selects every value of it. A null
 * vintage means the current figures.
 */
public record ObservationQuery(List<String> metrics, List<String> areaCodes, String level, String parentCode,
                               LocalDate from, LocalDate to, String ageGroup, String sex, String category,
                               String source, Cursor after, int limit, AsOf vintage) {

    public static final String ANY = "*";
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    /** A query of these metrics, everything else open until the builder narrows it. */
    public static Builder of(List<String> metrics) {
        return new Builder(metrics);
    }

    /** The same query at one reference date (null: any date). */
    public ObservationQuery at(LocalDate date) {
        return toBuilder().between(date, date).build();
    }

    public Builder toBuilder() {
        Builder b = new Builder(metrics);
        b.areaCodes = areaCodes;
        b.level = level;
        b.parentCode = parentCode;
        b.from = from;
        b.to = to;
        b.ageGroup = ageGroup;
        b.sex = sex;
        b.category = category;
        b.source = source;
        b.after = after;
        b.limit = limit;
        b.vintage = vintage;
        return b;
    }

    /** Where a page ended: the sort key of its last row. */
    public record Cursor(String metric, String areaCode, LocalDate date, long id) {
    }

    public static final class Builder {
        private final List<String> metrics;
        private List<String> areaCodes;
        private String level;
        private String parentCode;
        private LocalDate from;
        private LocalDate to;
        private String ageGroup;
        private String sex;
        private String category;
        private String source;
        private Cursor after;
        private int limit = NO_LIMIT;
        private AsOf vintage;

        private Builder(List<String> metrics) {
            this.metrics = metrics;
        }

        public Builder area(String code) {
            return areas(List.of(code));
        }

        public Builder areas(List<String> codes) {
            this.areaCodes = codes;
            return this;
        }

        public Builder level(String level) {
            this.level = level;
            return this;
        }

        public Builder parent(String code) {
            this.parentCode = code;
            return this;
        }

        /** Reference dates from {@code from} to {@code to}, both included; null leaves that end open. */
        public Builder between(LocalDate from, LocalDate to) {
            this.from = from;
            this.to = to;
            return this;
        }

        public Builder ageGroup(String ageGroup) {
            this.ageGroup = ageGroup;
            return this;
        }

        public Builder sex(String sex) {
            this.sex = sex;
            return this;
        }

        public Builder category(String category) {
            this.category = category;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder after(Cursor cursor) {
            this.after = cursor;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public Builder asOf(AsOf vintage) {
            this.vintage = vintage;
            return this;
        }

        public ObservationQuery build() {
            return new ObservationQuery(metrics, areaCodes, level, parentCode, from, to, ageGroup, sex, category, source,
                    after, limit, vintage);
        }
    }
}
