package jp.mynacard.area;

import io.vertx.mutiny.sqlclient.Row;

/** The nation, a prefecture or a municipality: a row of {@code area}, read by {@link AreaDirectory}. */
public record Area(String code, String level, String parentCode, String nameJa, String nameEn, String regionJa,
                   String regionEn) {

    /** The columns {@link #of} reads. */
    static final String COLUMNS = "code, level, parent_code, name_ja, name_en, region_ja, region_en";

    static Area of(Row row) {
        return new Area(row.getString("code"), row.getString("level"), row.getString("parent_code"),
                row.getString("name_ja"), row.getString("name_en"), row.getString("region_ja"), row.getString("region_en"));
    }
}
