package jp.mynacard.release;

import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import jp.mynacard.observation.MemoryObservationStore;
import jp.mynacard.observation.ObservationQuery;
import jp.mynacard.observation.ObservationRow;
import jp.mynacard.testsupport.ApiTest;
import jp.mynacard.testsupport.ContractValidation;
import jp.mynacard.testsupport.EventStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Operators publish and retract; readers see latest and asOf views, diffs and validators change with
 * them. Test uploads are crafted copies of real files, in this profile's own database.
 */
@ApiTest
@TestProfile(PublishingProfile.class)
class PublishingTest {

    private static final Path SET = Path.of("data/mic-c4j/20221231");
    private static final ContractValidation CONTRACT = new ContractValidation();
    private static final String TOKYO_2022_12_31 = "/api/v1/observations?metric=cards-issued&area=13&date=2022-12-31";
    private static final String OSAKA_2022_12_31 = "/api/v1/observations?metric=cards-issued&area=27&date=2022-12-31";

    @Inject
    Pool pool;

    @Inject
    MemoryObservationStore memory;

    @Test
    void authenticationMatrix() {
        given().multiPart("file", "x.csv", "a,b\n1,2\n".getBytes()).post("/api/v1/releases").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
        writer("wrong-key").multiPart("file", "x.csv", "a,b\n1,2\n".getBytes()).post("/api/v1/releases").then()
                .statusCode(401).body("type", equalTo("/problems/unauthorized"));
        writer(PublishingProfile.READER).multiPart("file", "x.csv", "a,b\n1,2\n".getBytes()).post("/api/v1/releases")
                .then().statusCode(403).body("type", equalTo("/problems/forbidden"));
        given().delete("/api/v1/releases/1").then().statusCode(401);
        writer(PublishingProfile.READER).delete("/api/v1/releases/1").then().statusCode(403);
        // A valid key gets past authentication to validation: this file is no known format.
        writer(PublishingProfile.WRITER).multiPart("file", "x.csv", "a,b\n1,2\n".getBytes()).post("/api/v1/releases")
                .then().statusCode(422).body("type", equalTo("/problems/invalid-data"))
                .body("problems[0].file", equalTo("x.csv")).body("problems[0].line", equalTo(1));
    }

    @Test
    void revisionUploadRetractAndVintages() throws IOException {
        long bundled = latestStandingRelease();
        long revision = newestRelease() + 1;
        String revisedPrefectures = Files.readString(SET.resolve("all_prefectures.csv"))
                .replace("13794933,7985934,57.9", "13794933,7985940,57.9");

        int osakaRelease = given().get(OSAKA_2022_12_31).then().extract().path("data[0].release");

        // Publish a revision of the 2022-12-31 table set: Tokyo's count changes, nothing else.
        String location = micSet(revisedPrefectures).post("/api/v1/releases").then().statusCode(201)
                .header("Location", endsWith("/api/v1/releases/" + revision))
                .body("created[0].name", equalTo("mic-2022-12-31"))
                .body("created[0].referenceDate", equalTo("2022-12-31"))
                .body("created[0].byAreaLevel.prefecture", equalTo(94))
                .body("created[0].byMetric.cards-issued", equalTo(1852))
                .extract().header("Location");
        given().get(TOKYO_2022_12_31).then().body("data[0].value", equalTo(7985940)).body("data[0].release", equalTo((int) revision));
        inMemoryAsIfReadAgain();
        given().get(TOKYO_2022_12_31 + "&asOf=" + bundled).then().body("data[0].value", equalTo(7985934));
        // A figure restated unchanged keeps the release that first published it.
        given().get(OSAKA_2022_12_31).then().body("data[0].release", equalTo(osakaRelease));

        // The diff lists exactly the revised value.
        given().queryParam("since", bundled).get("/api/v1/releases/" + revision + "/changes").then().statusCode(200)
                .body("since", equalTo((int) bundled)).body("added", equalTo(0)).body("removed", equalTo(0))
                .body("revised", equalTo(1)).body("data", hasSize(1))
                .body("data[0].metric", equalTo("cards-issued")).body("data[0].areaCode", equalTo("13"))
                .body("data[0].oldValue", equalTo(7985934)).body("data[0].newValue", equalTo(7985940));

        // The same files again: nothing new, pointed at the existing release.
        micSet(revisedPrefectures).post("/api/v1/releases").then().statusCode(200)
                .header("Location", equalTo(location)).body("created", hasSize(0));

        // Retract: gone from latest, still there for its own vintage, recorded.
        writer(PublishingProfile.WRITER).queryParam("reason", "test of retraction").delete("/api/v1/releases/" + revision)
                .then().statusCode(200).body("retractedAt", notNullValue()).body("retractionReason", equalTo("test of retraction"));
        given().get(TOKYO_2022_12_31).then().body("data[0].value", equalTo(7985934));
        inMemoryAsIfReadAgain();
        given().get(TOKYO_2022_12_31 + "&asOf=" + revision).then().body("data[0].value", equalTo(7985940));
        given().get("/api/v1/releases/feed").then().statusCode(200).contentType(containsString("application/atom+xml"))
                .body(containsString("[retracted] マイナンバーカード交付状況について（2022年12月31日時点）"));
        given().queryParam("asOf", bundled).get("/api/v1/releases").then().body("data[0].id", equalTo((int) bundled));
    }

    @Test
    void etagRevalidationAndANewEtagAfterARelease() {
        String etag = given().get("/api/v1/summary").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60")).header("Vary", containsString("Accept"))
                .header("Last-Modified", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/summary").then().statusCode(304)
                .header("ETag", equalTo(etag)).body(emptyString());
        given().header("If-None-Match", etag).head("/api/v1/summary").then().statusCode(304);
        given().header("If-None-Match", etag).queryParam("format", "csv").get("/api/v1/summary").then().statusCode(200);

        long published = publishOneFigure("2026-02-28,13,東京都,holders_rate_pct,77.7,BCN2026,test figure (test profile only)");
        String after = given().header("If-None-Match", etag).get("/api/v1/summary").then().statusCode(200)
                .extract().header("ETag");
        assertNotEquals(etag, after);
        given().queryParam("asOf", published).get("/api/v1/summary").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"));
        writer(PublishingProfile.WRITER).delete("/api/v1/releases/" + published).then().statusCode(200);
    }

    @Test
    void concurrentUploadsOfTheSameFilesMakeOneRelease() {
        byte[] csv = ("date,pref_code,pref_name_ja,metric,value,source_id,note\n"
                + "2026-02-28,27,大阪府,holders_rate_pct,66.6,BCN2026,test figure (test profile only)\n").getBytes(StandardCharsets.UTF_8);
        List<CompletableFuture<Integer>> burst = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(
                () -> writer(PublishingProfile.WRITER).multiPart("file", "prefecture_metrics_race.csv", csv)
                        .post("/api/v1/releases").then().extract().statusCode())).toList();
        assertEquals(List.of(200, 200, 200, 200, 200, 201), burst.stream().map(CompletableFuture::join).sorted().toList());
        List<Long> ids = given().get("/api/v1/releases").then().extract().jsonPath()
                .getList("data.findAll { it.name == 'curated-prefecture-metrics-race' }.id", Long.class);
        assertEquals(1, ids.size());
        writer(PublishingProfile.WRITER).delete("/api/v1/releases/" + ids.get(0)).then().statusCode(200);
    }

    @Test
    void theSameFiguresInAnotherEncodingAreTheSameRelease() throws IOException {
        byte[] shiftJisWithCrlf = Files.readString(Path.of("data/prefecture_issuance.csv")).replace("\n", "\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-31j"));
        List<Integer> bundled = given().get("/api/v1/releases").then().extract().jsonPath()
                .getList("data.findAll { it.name == 'curated-prefecture-issuance' }.id");
        assertEquals(1, bundled.size());
        writer(PublishingProfile.WRITER).multiPart("file", "prefecture_issuance.csv", shiftJisWithCrlf).post("/api/v1/releases")
                .then().statusCode(200).header("Location", endsWith("/api/v1/releases/" + bundled.get(0)))
                .body("created", hasSize(0)).body("unchanged[0].releaseId", equalTo(bundled.get(0)));
    }

    @Test
    void oversizedUploadIs413() {
        byte[] big = new byte[(int) PublishingProfile.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        writer(PublishingProfile.WRITER).multiPart("file", "big.csv", big).post("/api/v1/releases").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("/problems/payload-too-large"));
    }

    @Test
    void aFailedUploadLeavesEveryTableUnchanged() throws IOException {
        String before = tableCounts();
        String broken = Files.readString(SET.resolve("all_prefectures.csv")).replace(",2888648,", ",2888648x,");
        micSet(broken).post("/api/v1/releases").then().statusCode(422)
                .contentType("application/problem+json")
                .body("problems[0].file", equalTo("all_prefectures.csv"))
                .body("problems[0].line", equalTo(2)).body("problems[0].column", equalTo(4))
                .body("detail", not(containsString("Exception")));
        assertEquals(before, tableCounts());
    }

    @Test
    void aChangeAnnouncedByAnotherInstanceIsSeenHere() throws InterruptedException {
        given().get("/api/v1/releases").then().statusCode(200); // the catalog is now in memory
        long id = pool.query("""
                        INSERT INTO release (name, format, reference_date, publisher, title, checksum, files, observation_count)
                        VALUES ('peer-test', 'long-test', '2026-01-01', 'another instance', 'written by a peer', 'sha256:peer-test',
                                ARRAY['peer.csv'], 0) RETURNING id""")
                .execute().await().indefinitely().iterator().next().getLong(0);
        pool.query("SELECT pg_notify('" + PeerNotifications.CHANNEL + "', 'some-other-instance [" + id + "]')")
                .execute().await().indefinitely();
        boolean seen = false;
        for (int i = 0; i < 50 && !seen; i++) {
            Thread.sleep(100);
            seen = given().get("/api/v1/releases").then().extract().jsonPath().getList("data.name").contains("peer-test");
        }
        pool.query("UPDATE release SET retracted_at = now() WHERE id = " + id).execute().await().indefinitely();
        org.junit.jupiter.api.Assertions.assertTrue(seen, "the release written by the peer shows after its NOTIFY");
    }

    @Test
    void streamsAnnounceAPublishAndARetractionAndResumeAfterTheLastEventSeen() throws Exception {
        URI stream = URI.create(RestAssured.baseURI + ":" + RestAssured.port + ReleaseStreamResource.PATH);
        String readyId;
        long id;
        try (EventStream live = new EventStream(stream, null)) {
            assertEquals(200, live.status());
            EventStream.Event ready = live.next(Duration.ofSeconds(5));
            assertEquals("ready", ready.name());
            readyId = ready.id();
            assertEquals(readyId, JsonPath.from(ready.data()).getString("lastEventId"));

            id = publishOneFigure("2026-01-31,47,沖縄県,holders_rate_pct,70.7,BCN2026,test figure of the stream (test profile only)");
            EventStream.Event published = live.next(Duration.ofSeconds(5));
            assertEquals(new EventStream.Event("release-" + id, "release", published.data()), published);
            assertEquals(id, JsonPath.from(published.data()).getLong("id"));
            writer(PublishingProfile.WRITER).queryParam("reason", "test of the stream").delete("/api/v1/releases/" + id)
                    .then().statusCode(200);
            EventStream.Event retracted = live.next(Duration.ofSeconds(5));
            assertEquals("retraction-" + id, retracted.id());
            assertEquals("test of the stream", JsonPath.from(retracted.data()).getString("retractionReason"));
        }
        try (EventStream resumed = new EventStream(stream, readyId)) {
            assertEquals("release-" + id, resumed.next(Duration.ofSeconds(5)).id());
            assertEquals("retraction-" + id, resumed.next(Duration.ofSeconds(5)).id());
            assertNull(resumed.next(Duration.ofMillis(300)), "then nothing until the next change");
        }
        given().header("Last-Event-ID", "release-999999").get(ReleaseStreamResource.PATH).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("Last-Event-ID"));
        given().header("Last-Event-ID", "../etc").get(ReleaseStreamResource.PATH).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void streamsBeyondTheLimitAre503UntilOneCloses() throws Exception {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + ReleaseStreamResource.PATH);
        List<EventStream> open = new ArrayList<>();
        for (int i = 0; i < PublishingProfile.MAX_STREAMS; i++) {
            open.add(new EventStream(uri, null));
            assertEquals("ready", open.get(i).next(Duration.ofSeconds(5)).name());
        }
        given().get(ReleaseStreamResource.PATH).then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5").body("type", equalTo("/problems/too-many-streams"));
        open.remove(0).close();
        EventStream again = null;
        for (int i = 0; i < 50 && again == null; i++) {
            Thread.sleep(100);
            EventStream attempt = new EventStream(uri, null);
            if (attempt.status() == 200) {
                again = attempt;
                open.add(attempt);
            } else {
                attempt.close();
            }
        }
        for (EventStream stream : open) {
            stream.close();
        }
        assertNotNull(again, "a stream closed by its client frees its place");
    }

    /**
     * The figures in memory, changed after a publish or retraction from those in use by reading only the
     * figures it touched, are exactly (every column, release and id too) those a full read gives.
     */
    private void inMemoryAsIfReadAgain() {
        List<String> metrics = pool.query("SELECT id FROM metric").execute().await().indefinitely().stream()
                .map(row -> row.getString(0)).toList();
        ObservationQuery everything = ObservationQuery.of(metrics).ageGroup(ObservationQuery.ANY).sex(ObservationQuery.ANY)
                .category(ObservationQuery.ANY).limit(ObservationQuery.NO_LIMIT).build();
        List<ObservationRow> merged = memory.find(everything).await().indefinitely();
        memory.discard();
        List<ObservationRow> readAgain = memory.find(everything).await().indefinitely();
        assertEquals(readAgain.size(), merged.size());
        assertEquals(readAgain, merged);
    }

    private long publishOneFigure(String row) {
        String csv = "date,pref_code,pref_name_ja,metric,value,source_id,note\n" + row + "\n";
        String location = writer(PublishingProfile.WRITER)
                .multiPart("file", "prefecture_metrics_test.csv", csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/releases").then().statusCode(201).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private RequestSpecification micSet(String prefectures) throws IOException {
        return writer(PublishingProfile.WRITER)
                .multiPart("file", "all_prefectures.csv", prefectures.getBytes(StandardCharsets.UTF_8))
                .multiPart("file", "all_localgovs.csv", Files.readAllBytes(SET.resolve("all_localgovs.csv")))
                .multiPart("file", "summary_by_types.csv", Files.readAllBytes(SET.resolve("summary_by_types.csv")))
                .multiPart("file", "demographics.csv", Files.readAllBytes(SET.resolve("demographics.csv")));
    }

    private static RequestSpecification writer(String key) {
        return given().header("Authorization", "Bearer " + key).filter(CONTRACT);
    }

    /** Every write answered here (201, 200, 401, 403, 413, 422 and retractions) is as openapi.yaml says. */
    @AfterAll
    static void writesAnsweredAsTheContractSays() {
        assertEquals(List.of(), CONTRACT.violations());
    }

    private long latestStandingRelease() {
        return pool.query("SELECT max(id) FROM release WHERE retracted_at IS NULL").execute().await().indefinitely()
                .iterator().next().getLong(0);
    }

    private long newestRelease() {
        return pool.query("SELECT max(id) FROM release").execute().await().indefinitely().iterator().next().getLong(0);
    }

    private String tableCounts() {
        return pool.query("SELECT (SELECT count(*) FROM release) || '/' || (SELECT count(*) FROM observation) || '/' "
                        + "|| (SELECT count(*) FROM area) || '/' || (SELECT count(*) FROM observation WHERE is_current)")
                .execute().await().indefinitely().iterator().next().getString(0);
    }
}
