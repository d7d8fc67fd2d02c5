package jp.mynacard.stats.chart;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SVG charts as XML: one dot per figure the series endpoint serves, titled and captioned from the
 * catalog and the sources; .ci/checks/charts.mjs draws them in Chromium. Real figures: MIC's tables
 * (C4J), 47 dates of 沖縄県 and 宮崎県 from 2017-03-08 to 2022-12-31.
 */
@ApiTest
class ChartResourceTest {

    @Test
    void aLineChartHasADotForEveryFigureOfEveryArea() throws Exception {
        ExtractableResponse<Response> response = given().queryParam("area", "47,45").queryParam("source", "C4J")
                .get("/api/v1/charts/cards-issued-rate.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).header("ETag", startsWith("\"")).extract();
        Document svg = parse(response.asByteArray());
        Element root = svg.getDocumentElement();
        assertEquals("720", root.getAttribute("width"));
        assertTrue(root.getAttribute("font-family").startsWith("'Noto Sans CJK JP'"));
        assertEquals("人口に対する交付枚数率", svg.getElementsByTagName("title").item(0).getTextContent());
        List<String> dots = texts(svg, "circle");
        assertEquals(94, dots.size(), "47 dates for each of two prefectures");
        assertEquals("沖縄県 2022-12-31: 46.0", dots.get(46));
        assertEquals("宮崎県 2022-12-31: 71.6", dots.get(93));
        List<String> texts = texts(svg, "text");
        assertTrue(texts.containsAll(List.of("沖縄県", "宮崎県", "%", "2018", "2022")), texts.toString());
        assertTrue(texts.contains("出典: Code for Japan / 総務省 (MIC) (C4J); 基準日 2017-03-08 – 2022-12-31; mynacard-api"),
                texts.toString());
    }

    @Test
    void inEnglishAndRevalidatedLikeTheJson() throws Exception {
        ExtractableResponse<Response> response = given().queryParam("area", "47").queryParam("lang", "en")
                .queryParam("source", "C4J").get("/api/v1/charts/cards-issued-rate.svg").then().statusCode(200).extract();
        assertTrue(texts(parse(response.asByteArray()), "text").contains("Okinawa"));
        given().queryParam("area", "47").queryParam("lang", "en").queryParam("source", "C4J")
                .header("If-None-Match", response.header("ETag")).get("/api/v1/charts/cards-issued-rate.svg").then()
                .statusCode(304);
    }

    @Test
    void aSparklineSaysItsLatestFigure() throws Exception {
        byte[] body = given().queryParam("area", "47").queryParam("source", "C4J")
                .get("/api/v1/charts/cards-issued-rate/sparkline.svg").then().statusCode(200).extract().asByteArray();
        Document svg = parse(body);
        assertEquals("120", svg.getDocumentElement().getAttribute("width"));
        assertEquals("沖縄県 人口に対する交付枚数率: 46.0 % (2022-12-31). 出典: Code for Japan / 総務省 (MIC) (C4J); "
                + "基準日 2017-03-08 – 2022-12-31; mynacard-api", svg.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(47, svg.getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points")
                .getTextContent().split(" ").length);
    }

    @Test
    void badQuestionsAreProblems() {
        given().get("/api/v1/charts/nope.svg").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-metric"));
        given().queryParam("area", "01,02,03,04,05,06,07").get("/api/v1/charts/cards-issued-rate.svg").then()
                .statusCode(400).body("errors[0].parameter", equalTo("area")).body("detail", containsString("7 given"));
        given().queryParam("area", "47,45").get("/api/v1/charts/cards-issued-rate/sparkline.svg").then()
                .statusCode(400).body("errors[0].parameter", equalTo("area"));
        given().queryParam("area", "47").queryParam("from", "2030").get("/api/v1/charts/cards-issued-rate.svg").then()
                .statusCode(404).body("type", equalTo("/problems/no-data"));
    }

    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<String> texts(Document svg, String element) {
        NodeList nodes = svg.getElementsByTagName(element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
