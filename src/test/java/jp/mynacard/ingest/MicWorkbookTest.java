package jp.mynacard.ingest;

import io.quarkus.test.junit.TestProfile;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.ContractValidation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * MIC's monthly workbook, published to a database that holds only what these tests publish: fixtures in
 * its layout rebuilt from real figures ({@link MicWorkbookFixture}).
 */
@ApiTest
@TestProfile(OfficialFilesProfile.class)
class MicWorkbookTest {

    private static final Path SET = Path.of("data/mic-c4j/20221231");
    private static final ContractValidation CONTRACT = new ContractValidation();
    private static final RestAssuredConfig DECIMALS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    private static final String WORKBOOK = "kofujokyo_2022-12-31_FIXTURE-rebuilt-from-real-figures.xlsx";

    @Test
    void everyMunicipalityFoundWithoutItsDistrictAndEveryFigureAsTheTableGaveIt() throws IOException {
        municipalitiesKnown();
        byte[] workbook = MicWorkbookFixture.issued20221231();
        String id = writer().multiPart("file", WORKBOOK, workbook).post("/api/v1/releases").then().statusCode(201)
                .body("created[0].name", equalTo("mic-xlsx-2022-12-31"))
                .body("created[0].byAreaLevel", equalTo(Map.of("municipality", 1741 * 2, "prefecture", 47 * 2, "nation", 2)))
                .body("created[0].ignored", equalTo(List.of("sheet row 2: a table headed '交付枚数（R4.12末時点）' without a "
                        + "都道府県 column (by municipality type?) is not read")))
                .extract().path("created[0].releaseId").toString();
        given().get("/api/v1/releases/feed").then().statusCode(200)
                .body(containsString("マイナンバーカード交付状況について（2022年12月31日時点、Excel）"));
        given().queryParam("limit", 1).get("/api/v1/releases/" + id + "/changes").then().statusCode(200)
                .body("data[0].change", equalTo("added")).body("data[0].source", equalTo("MIC_XLSX_20221231"));
        given().get("/api/v1/summary").then().statusCode(200)
                .body("tiles.find { it.metric == 'cards-issued' }.value", equalTo(71905789));
        assertEquals(ranking("C4J"), ranking("MIC_XLSX_20221231"));
        given().config(DECIMALS).queryParam("area", "013030").queryParam("metric", "cards-issued-rate")
                .queryParam("source", "MIC_XLSX_20221231").get("/api/v1/observations").then().statusCode(200)
                .body("data[0].areaNameJa", equalTo("石狩郡当別町")).body("data[0].value", equalTo(new BigDecimal("49.7")))
                .body("data[0].note", equalTo("published as the fraction 0.497"));
        writer().multiPart("file", WORKBOOK, workbook).post("/api/v1/releases").then().statusCode(200);
    }

    @Test
    void cardsHeldWithTheirPopulationBasisFromTheEraDatesOfTheHeader() throws IOException {
        municipalitiesKnown();
        writer().multiPart("file", "kofujokyo_2025-08_FIXTURE-one-quoted-row.xlsx", MicWorkbookFixture.yokosuka20250831("横須賀市"))
                .post("/api/v1/releases").then().log().ifValidationFails().statusCode(201).body("created[0].referenceDate", equalTo("2025-08-31"));
        given().config(DECIMALS).queryParam("area", "横須賀市").queryParam("metric", "cards-held,cards-held-rate")
                .queryParam("source", "MIC_XLSX_20250831").get("/api/v1/observations").then().statusCode(200)
                .body("data.value", equalTo(List.of(296127, new BigDecimal("78.13"))))
                .body("data.denominator", equalTo(List.of(379041, 379041)))
                .body("data.basisDate", equalTo(List.of("2025-01-01", "2025-01-01")));
        writer().multiPart("file", "broken.xlsx", MicWorkbookFixture.yokosuka20250831("横須賀町")).post("/api/v1/releases")
                .then().statusCode(422).body("problems", hasSize(1))
                .body("problems[0].file", equalTo("broken.xlsx")).body("problems[0].line", equalTo(3))
                .body("problems[0].column", equalTo(2)).body("problems[0].message", equalTo("no known municipality 横須賀町 in 神奈川県"));
    }

    /**
     * Municipalities come from MIC's CSV table sets (the registry of areas), which cite the source C4J of
     * sources.csv: 2021-07-01, the last to give 三宅村 and 八丈町 their codes, then 2022-12-31. Published
     * once, then known (200).
     */
    private static void municipalitiesKnown() throws IOException {
        writer().multiPart("file", Path.of("data/sources.csv").toFile()).post("/api/v1/releases").then()
                .log().ifValidationFails().statusCode(anyOf(equalTo(201), equalTo(200)));
        for (Path set : List.of(Path.of("data/mic-c4j/20210701"), SET)) {
            RequestSpecification upload = writer();
            try (var files = Files.list(set)) {
                files.sorted().forEach(f -> upload.multiPart("file", f.toFile()));
            }
            upload.post("/api/v1/releases").then().log().ifValidationFails().statusCode(anyOf(equalTo(201), equalTo(200)));
        }
    }

    private static List<List<Object>> ranking(String source) {
        List<Map<String, Object>> rows = given().config(DECIMALS).queryParam("level", "municipality").queryParam("date", "2022-12-31")
                .queryParam("source", source).queryParam("sort", "code").get("/api/v1/regional-rates").then().statusCode(200)
                .body("data", hasSize(1741)).extract().jsonPath().getList("data");
        return rows.stream().map(r -> List.of(r.get("areaCode"), r.get("value"), r.get("numerator"), r.get("denominator"),
                r.get("basisDate"))).toList();
    }

    private static RequestSpecification writer() {
        return given().header("Authorization", "Bearer " + OfficialFilesProfile.WRITER).filter(CONTRACT);
    }
}
