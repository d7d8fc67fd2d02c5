package jp.mynacard.stats.demographics;

import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.Csv;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static jp.mynacard.stats.series.CardResourceTest.DECIMALS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@ApiTest
class DemographicsResourceTest {

    @Test
    void latestTableByAgeAndSex() {
        given().get("/api/v1/demographics").then().statusCode(200)
                .body("date", equalTo("2022-12-31"))
                .body("data", hasSize(60))
                .body("data[0].ageGroup", equalTo("all")).body("data[2].sex", equalTo("total"))
                .body("data[2].cardsIssued", equalTo(71905789)).body("data[2].population", equalTo(125927902))
                .body("data.find { it.ageGroup == '0-4' && it.sex == 'male' }.cardsIssued", equalTo(991799))
                .body("data.find { it.ageGroup == '0-4' && it.sex == 'male' }.population", equalTo(2279668))
                .body("data.find { it.ageGroup == '0-4' && it.sex == 'male' }.cardsIssuedRate", equalTo(43.5f))
                .body("data.find { it.ageGroup == '0-4' && it.sex == 'male' }.shareOfAllIssued", equalTo(2.8f))
                .body("data.ageGroup", hasItems("90+"))
                .body("data.ageGroup", not(hasItems("100+")));
    }

    @Test
    void olderTablesKeepTheirOwnAgeGroups() {
        given().queryParam("date", "2022-03").get("/api/v1/demographics").then().statusCode(200)
                .body("date", equalTo("2022-03-01"))
                .body("data", hasSize(66))
                .body("data.ageGroup", hasItems("90-94", "95-99", "100+"));
    }

    @Test
    void csvEqualsJson() {
        List<Map<String, Object>> json = given().config(DECIMALS).get("/api/v1/demographics").then().extract()
                .jsonPath().getList("data");
        var csv = given().queryParam("format", "csv").get("/api/v1/demographics").then().statusCode(200).extract();
        assertEquals(Csv.asCells(json, Csv.header(csv)), Csv.rows(csv.asString()));
    }

    @Test
    void noTableAtTheFirstMicDate() {
        given().queryParam("date", "2017-03-08").get("/api/v1/demographics").then().statusCode(404)
                .body("type", equalTo("/problems/no-data"));
    }
}
