package jp.mynacard.area;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An area as the API shows it. */
@JsonPropertyOrder({"code", "level", "parentCode", "nameJa", "nameEn", "regionJa", "regionEn"})
@Schema(name = "Area")
public record AreaView(
        @Schema(description = "'00' for the nation, JIS X 0401 two digits for a prefecture, 全国地方公共団体コード "
                + "(six digits with check digit) for a municipality.", examples = "011002") String code,
        @Schema(enumeration = {"nation", "prefecture", "municipality"}, examples = "municipality") String level,
        @Schema(nullable = true, description = "None for the nation.", examples = "01") String parentCode,
        @Schema(examples = "札幌市") String nameJa,
        @Schema(nullable = true, description = "English name, for the nation and prefectures. Null for municipalities: no "
                + "published English (or romanised) list of the 1,741 names was found on the package registries this project "
                + "can use (Japan Post's romanised postal data, KEN_ALL_ROME.CSV, is not among them), and a machine "
                + "romanisation would not be a published name. Search by the Japanese name.", examples = "Hokkaido") String nameEn,
        @Schema(nullable = true, description = "Region of a prefecture (8 traditional regions); none for the nation and municipalities.", examples = "北海道") String regionJa,
        @Schema(nullable = true, examples = "Hokkaido") String regionEn) {

    public static AreaView from(Area area) {
        return new AreaView(area.code(), area.level(), area.parentCode(), area.nameJa(), area.nameEn(), area.regionJa(), area.regionEn());
    }
}
