package jp.mynacard.web.representation;

import jp.mynacard.testsupport.ApiTest;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spreadsheet-ready tables: xlsx with codes as text and two header rows, and CSV headers in Japanese. */
@ApiTest
class SpreadsheetTest {

    private static final String MUNICIPALITIES = "/api/v1/regional-rates?level=municipality&date=2022-12-31&sort=code";

    @Test
    void allMunicipalitiesAsAWorkbookKeepTheirCodesAndNames() throws IOException {
        byte[] xlsx = given().get(MUNICIPALITIES + "&format=xlsx").then().statusCode(200)
                .contentType(equalTo(Representation.XLSX))
                .header("Content-Disposition", equalTo("attachment; filename=\"regional-rates-cards-issued-rate-2022-12-31.xlsx\""))
                .extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.findSheet("data").orElseThrow().read();
            assertEquals(2 + 1741, rows.size(), "two header rows and the 1,741 municipalities");
            assertEquals("順位", rows.get(0).getCellText(0));
            assertEquals("地域コード", rows.get(0).getCellText(1));
            assertEquals("rank", rows.get(1).getCellText(0));
            assertEquals("areaCode", rows.get(1).getCellText(1));
            Row sapporo = rows.get(2);
            assertEquals(CellType.STRING, sapporo.getCell(1).getType());
            assertEquals("011002", sapporo.getCellText(1));
            assertEquals("札幌市", sapporo.getCellText(2));
            // As published in MIC's table of 2022-12-31: 1,113,718 cards, 56.8 % of 1,960,668.
            int value = columnOf(rows.get(1), "value");
            assertEquals(CellType.NUMBER, sapporo.getCell(value).getType());
            assertEquals(new BigDecimal("56.8"), sapporo.getCell(value).asNumber());
            assertEquals(new BigDecimal("1113718"), sapporo.getCell(columnOf(rows.get(1), "numerator")).asNumber());

            List<Row> sources = workbook.findSheet("sources").orElseThrow().read();
            assertTrue(sources.stream().anyMatch(r -> "C4J".equals(r.getCellText(0))), "the cited source is listed");
            assertTrue(sources.stream().anyMatch(r -> "cards-issued-rate".equals(r.getCellText(0))), "the metric is defined");
        }
    }

    @Test
    void csvHeadersInJapaneseWithTheSameColumnsAndValues() {
        String japanese = given().get("/api/v1/summary?format=csv&lang=ja").then().statusCode(200).extract().asString();
        String english = given().get("/api/v1/summary?format=csv").then().statusCode(200).extract().asString();
        assertTrue(japanese.startsWith("指標,名称,名称（英語）,基準日,期間（出典の表記）,値,単位,精度,"), japanese.lines().findFirst().orElse(""));
        assertTrue(english.startsWith("metric,nameJa,nameEn,date,period,value,unit,precision,"));
        assertEquals(english.substring(english.indexOf('\n')), japanese.substring(japanese.indexOf('\n')));
        given().get("/api/v1/summary?format=csv&lang=fr").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].parameter", equalTo("lang"));
    }

    private static int columnOf(Row header, String name) {
        for (int c = 0; c < header.getCellCount(); c++) {
            if (name.equals(header.getCellText(c))) {
                return c;
            }
        }
        throw new AssertionError("no column " + name);
    }
}
