package jp.mynacard.release;

import io.restassured.path.json.JsonPath;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The changes between two vintages come a bounded page at a time, and `since` must name an earlier release. */
@ApiTest
class ReleaseChangesTest {

    @Test
    void walksEveryChangeOfAReleaseAPageAtATime() {
        // Release 47 (MIC's tables of 2022-12-31) added 3,764 figures over release 46.
        String next = "/api/v1/releases/47/changes?since=46&limit=1000";
        int pages = 0;
        int added = 0;
        Set<List<Object>> seen = new HashSet<>();
        while (next != null) {
            JsonPath page = given().get(next).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> rows = page.getList("data");
            assertTrue(rows.size() <= 1000, "a page holds at most limit changes");
            rows.forEach(r -> assertTrue(seen.add(List.of(r.get("metric"), r.get("areaCode"), r.get("date"),
                    String.valueOf(r.get("ageGroup")), String.valueOf(r.get("sex")), String.valueOf(r.get("category")))), "no row twice"));
            added += page.getInt("added");
            next = page.getString("links.next");
            pages++;
        }
        assertEquals(3764, added);
        assertEquals(3764, seen.size());
        assertEquals(4, pages);
    }

    @Test
    void sinceMustBeAnExistingEarlierRelease() {
        for (String since : new String[] {"0", "-0", "47", "48", "99999", "x", "1.5"}) {
            given().get("/api/v1/releases/47/changes?since=" + since).then().statusCode(400)
                    .body("type", equalTo("/problems/invalid-parameter")).body("errors[0].parameter", equalTo("since"));
        }
        given().get("/api/v1/releases/47/changes?limit=5001").then().statusCode(400).body("errors[0].parameter", equalTo("limit"));
        given().get("/api/v1/releases/47/changes?cursor=nope").then().statusCode(400).body("errors[0].parameter", equalTo("cursor"));
    }

    @Test
    void theWholeDatasetSinceTheFirstReleaseIsBoundedToo() {
        // since=1 over the newest release used to build a 35-85 MB answer; now a page of 1,000 keys at most.
        JsonPath page = given().get("/api/v1/releases/58/changes?since=1").then().statusCode(200).extract().jsonPath();
        assertTrue(page.getList("data").size() <= 1000);
        assertTrue(page.getString("links.next").startsWith("/api/v1/releases/58/changes?since=1&cursor="));
    }
}
