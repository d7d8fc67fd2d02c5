package jp.mynacard.ingest;

import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.ContractValidation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Digital Agency dashboard's CSV in both generations, published to a database that holds nothing
 * else: fixtures in the official layouts rebuilt from the real figures of data/2023-2026 (their names
 * and first rows say so).
 */
@ApiTest
@TestProfile(OfficialFilesProfile.class)
class DashboardCsvTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/da-dashboard");
    static final String WIDE = "20260227_resources_govdashboard_mynumber-penetration-rate_table_01_FIXTURE-rebuilt-from-real-figures.csv";
    static final String LONG = "20260731_mynumber_card_penetration_usage_table_01_FIXTURE-rebuilt-from-real-figures.csv";
    private static final ContractValidation CONTRACT = new ContractValidation();

    @Inject
    Importer importer;

    @Test
    void theWideGenerationInShiftJisWithThousandsSeparatorsAndPercentSigns() throws IOException {
        byte[] cp932 = Files.readAllBytes(FIXTURES.resolve(WIDE));
        String id = writer().multiPart("file", WIDE, cp932).post("/api/v1/releases").then().statusCode(201)
                .body("created[0].name", equalTo("da-dashboard-2026-02-27"))
                .body("created[0].referenceDate", equalTo("2026-01-31"))
                .body("created[0].observationCount", equalTo(48))
                .body("created[0].byMetric", equalTo(Map.of("cards-held", 12, "cards-held-rate", 12,
                        "health-insurance-registrations", 12, "health-insurance-registration-rate", 12)))
                .extract().path("created[0].releaseId").toString();
        // The official file's name carries its publication date.
        given().get("/api/v1/releases/" + id).then().body("publishedOn", equalTo("2026-02-27"));
        given().queryParam("source", "DA_CSV_WIDE_20260227").queryParam("metric", "cards-held,cards-held-rate")
                .queryParam("date", "2025-02-28").get("/api/v1/observations").then().statusCode(200)
                .body("data.value", equalTo(List.of(97373965, 78.0f)))
                .body("data.period", equalTo(List.of("2025-02", "2025-02")))
                .body("data.periodKind", equalTo(List.of("month-end", "month-end")));
        given().get("/api/v1/sources").then().body("data.find { it.id == 'DA_CSV_WIDE_20260227' }.precedence",
                equalTo("official-dashboard"));
        // The same file again, and the same text in UTF-8 with a byte-order mark: the existing release.
        writer().multiPart("file", WIDE, cp932).post("/api/v1/releases").then().statusCode(200)
                .body("unchanged[0].name", equalTo("da-dashboard-2026-02-27"));
        byte[] utf8 = ("\uFEFF" + new String(cp932, Charset.forName("windows-31j"))).getBytes(StandardCharsets.UTF_8);
        writer().multiPart("file", WIDE, utf8).post("/api/v1/releases").then().statusCode(200);
    }

    @Test
    void theLongGenerationWithItsRateAsAFraction() {
        String id = writer().multiPart("file", FIXTURES.resolve(LONG).toFile()).post("/api/v1/releases").then().statusCode(201)
                .body("created[0].name", equalTo("da-dashboard-2026-07-31"))
                .body("created[0].observationCount", equalTo(24 + 14 + 12))
                .extract().path("created[0].releaseId").toString();
        given().queryParam("source", "DA_CSV_LONG_20260731").queryParam("metric", "health-insurance-registration-rate")
                .queryParam("date", "2025-02-28").get("/api/v1/observations").then().statusCode(200)
                .body("data[0].value", equalTo(84.5f)).body("data[0].unit", equalTo("percent"))
                .body("data[0].note", equalTo("published as the fraction 0.845"));
        // The newest month end is the headline, with the same file's previous and year-earlier months.
        given().get("/api/v1/summary").then().statusCode(200)
                .body("tiles[0].metric", equalTo("cards-held")).body("tiles[0].value", equalTo(103856694))
                .body("tiles[0].date", equalTo("2026-06-30")).body("tiles[0].source", equalTo("DA_CSV_LONG_20260731"))
                .body("tiles[0].yearEarlierValue", equalTo(98336161));
        given().get("/api/v1/releases/" + id + "/changes").then().statusCode(200)
                .body("data.findAll { it.metric == 'cards-held' && it.date == '2026-06-30' }", hasSize(1));
        given().get("/api/v1/releases/feed").then().statusCode(200)
                .body(containsString("マイナンバーカードの普及に関するダッシュボード CSV（2026年7月31日付）"));
        given().queryParam("metric", "cards-held").get("/api/v1/issuances").then().statusCode(200)
                .body("series[0].points.date", hasItem("2024-07-31"));
    }

    @Test
    void anIndicatorNoMetricTakesIsReportedByNameAndBadCellsByPosition() throws IOException {
        String renamed = Files.readString(FIXTURES.resolve(LONG)).replace("マイナ保険証_利用登録件数", "マイナ保険証_利用登録件数（新定義）");
        ReleaseDraft draft = parse(LONG, renamed.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("指標名 'マイナ保険証_利用登録件数（新定義）' (14 rows): no metric takes this indicator"), draft.ignored());
        assertEquals(24 + 12, draft.observations().size());

        String text = new String(Files.readAllBytes(FIXTURES.resolve(WIDE)), Charset.forName("windows-31j"));
        ImportRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(ImportRejectedException.class,
                () -> parse(WIDE, text.replace("\"97,373,965\"", "\"97,373,96x\"").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(WIDE + ":4:4: not a number: '97,373,96x'"), e.problems().stream().map(Object::toString).toList());
    }

    private ReleaseDraft parse(String name, byte[] bytes) {
        ReferenceData reference = importer.loadReferenceData().await().indefinitely();
        return new ImportParser(reference).parse(ImportInput.longFormat(SourceFile.of(name, bytes)));
    }

    private static RequestSpecification writer() {
        return given().header("Authorization", "Bearer " + OfficialFilesProfile.WRITER).filter(CONTRACT);
    }
}
