package jp.mynacard.docs;

import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/data-dictionary.md is the metric catalog (/api/v1/metrics) as a page: this test renders it and
 * compares. After a change of the catalog, it writes target/data-dictionary.md: copy that over the page.
 */
@ApiTest
class DataDictionaryTest {

    private static final Path PAGE = Path.of("docs/data-dictionary.md");

    @Test
    void theDataDictionaryIsTheMetricCatalog() throws IOException {
        List<Map<String, String>> metrics = given().get("/api/v1/metrics").then().statusCode(200).extract().jsonPath().getList("data");
        String rendered = render(metrics);
        if (!rendered.equals(Files.readString(PAGE))) {
            Files.writeString(Path.of("target/data-dictionary.md"), rendered);
        }
        assertEquals(rendered, Files.readString(PAGE), "docs/data-dictionary.md differs from the catalog: cp target/data-dictionary.md docs/");
    }

    private static String render(List<Map<String, String>> metrics) {
        Map<String, StringBuilder> byCategory = new LinkedHashMap<>();
        for (Map<String, String> metric : metrics) {
            byCategory.computeIfAbsent(metric.get("category"), category -> new StringBuilder()
                            .append("\n## ").append(category).append("\n\n")
                            .append("| id | 名称 | name | unit | service | definition |\n|---|---|---|---|---|---|\n"))
                    .append("| `").append(metric.get("id")).append("` | ").append(cell(metric.get("nameJa")))
                    .append(" | ").append(cell(metric.get("nameEn"))).append(" | ").append(cell(metric.get("unit")))
                    .append(" | ").append(cell(metric.get("service"))).append(" | ").append(cell(metric.get("definition")))
                    .append(metric.get("definitionNotes") == null ? "" : " *" + cell(metric.get("definitionNotes")) + "*")
                    .append(" |\n");
        }
        StringBuilder page = new StringBuilder("""
                # Data dictionary

                Every metric the API serves (`GET /api/v1/metrics`, `GET /api/v1/metrics/{id}`), by category: its id
                (the `metric` parameter), names, unit, the service it measures where it is one, and its definition,
                with notes in italics where the meaning changed over time or differs between sources. Generated from
                the catalog and kept equal to it by `DataDictionaryTest`. %d metrics.
                """.formatted(metrics.size()));
        byCategory.values().forEach(page::append);
        return page.toString();
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
