package jp.mynacard.release;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@ApiTest
class ReleaseResourceTest {

    @Test
    void listsEveryMicTableSetAndCuratedFile() {
        given().get("/api/v1/releases").then().statusCode(200)
                .body("meta.count", equalTo(61))
                .body("data.name", hasItems("mic-2017-03-08", "mic-2022-04-01", "mic-2022-12-31",
                        "curated-national-timeseries", "curated-service-usage", "curated-da-dashboard-20260227", "curated-da-dashboard-20260731"))
                .body("data.find { it.name == 'mic-2022-12-31' }.title", equalTo("マイナンバーカード交付状況について（2022年12月31日時点）"))
                .body("data.find { it.name == 'mic-2022-12-31' }.referenceDate", equalTo("2022-12-31"))
                .body("data.find { it.name == 'mic-2022-12-31' }.url", equalTo("https://www.soumu.go.jp/kojinbango_card/kofujokyo.html"))
                .body("data.find { it.name == 'mic-2022-12-31' }.checksum", startsWith("sha256:"))
                .body("data.find { it.name == 'mic-2022-12-31' }.files", hasItem("mic-c4j/20221231/all_localgovs.csv"));
    }

    @Test
    void oneReleaseAndErrors() {
        given().get("/api/v1/releases/1").then().statusCode(200).body("name", equalTo("mic-2017-03-08"));
        given().get("/api/v1/releases/9999").then().statusCode(404).body("type", equalTo("/problems/unknown-release"));
        given().get("/api/v1/releases/abc").then().statusCode(400).body("errors[0].parameter", equalTo("id"));
    }

    @Test
    void sourcesAreServed() {
        given().get("/api/v1/sources").then().statusCode(200)
                .body("meta.count", equalTo(74))
                .body("data.find { it.id == 'C4J' }.publisher", equalTo("Code for Japan / 総務省 (MIC)"))
                .body("data.find { it.id == 'C4J' }.precedence", equalTo("official-table"))
                .body("data.find { it.id == 'DA_CSV_LONG_20260731' }.precedence", equalTo("official-dashboard"))
                .body("data.find { it.id == 'LIMO103819' }.precedence", equalTo("quoting-official"))
                .body("data.find { it.id == 'GHCODE_DA2026' }.precedence", equalTo("unverified"))
                .body("data.find { it.id == 'WIKIJA' }.precedence", equalTo("tertiary"));
    }
}
