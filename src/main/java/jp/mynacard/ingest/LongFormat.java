package jp.mynacard.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The curated long-format files of data/ (see data/README.md and data/2023-2026/README.md), each known by its header. */
public enum LongFormat {
    SOURCES("source_id,title,publisher,url,reliability,notes,rows_citing"),
    PREFECTURES("pref_code,name_ja,name_en,region_ja,region_en,population,population_basis,population_date,source_id"),
    POPULATION_BASES("basis_date,pref_code,pref_name_ja,population,source_id"),
    NATIONAL_TIMESERIES("date,date_kind,metric,value,unit,precision,population_basis_date,source_id,note"),
    NATIONAL_BY_MUNICIPALITY_TYPE("date,category_ja,category,population,population_basis_date,issued_cumulative,"
            + "issued_rate_pct,holders_rate_pct,source_id"),
    NATIONAL_BY_AGE_SEX("date,age_group_ja,sex,population,population_basis_date,issued_cumulative,issued_rate_pct,"
            + "share_of_all_issued_pct,source_id"),
    PREFECTURE_ISSUANCE("date,pref_code,pref_name_ja,population,population_basis_date,issued_cumulative,"
            + "issued_rate_pct,source_id"),
    MUNICIPALITY_ISSUANCE("date,lg_code,pref_code,pref_name_ja,municipality_name_ja,population,"
            + "population_basis_date,issued_cumulative,issued_rate_pct,source_id"),
    PREFECTURE_METRICS("date,pref_code,pref_name_ja,metric,value,source_id,note"),
    MUNICIPALITY_METRICS("date,lg_code,pref_name_ja,municipality_name_ja,metric,value,source_id,note"),
    SERVICE_USAGE("period,period_kind,service,metric,value,unit,precision,source_id,note"),
    APPLICATION_METHODS("period,period_kind,scope,area_name_ja,metric,unit,value,precision,source_id,note"),
    DA_DASHBOARD_MONTHLY("month,area,metric,value,unit,precision,source_id,official_csv_url,note"),
    QUOTED_POINTS("period,period_kind,area,metric,value,unit,precision,source_url,quoted_text_or_note,source_id");

    private final List<String> header;

    LongFormat(String header) {
        this.header = List.of(header.split(","));
    }

    public List<String> header() {
        return header;
    }

    /** The format whose header the file starts with, if any. */
    public static Optional<LongFormat> detect(SourceFile file) {
        String firstLine = file.firstLine().strip().replace("\"", "");
        return Arrays.stream(values()).filter(f -> String.join(",", f.header).equals(firstLine)).findFirst();
    }
}
