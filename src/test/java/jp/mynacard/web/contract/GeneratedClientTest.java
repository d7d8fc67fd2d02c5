package jp.mynacard.web.contract;

import io.quarkus.test.common.http.TestHTTPResource;
import jp.mynacard.client.ApiClient;
import jp.mynacard.client.ApiException;
import jp.mynacard.client.api.AreasApi;
import jp.mynacard.client.api.CardsApi;
import jp.mynacard.client.api.DemographicsApi;
import jp.mynacard.client.api.MetricsApi;
import jp.mynacard.client.api.ObservationsApi;
import jp.mynacard.client.api.ProblemsApi;
import jp.mynacard.client.api.RegionsApi;
import jp.mynacard.client.api.ReleasesApi;
import jp.mynacard.client.api.ServiceUsageApi;
import jp.mynacard.client.api.SummaryApi;
import jp.mynacard.client.model.Demographic;
import jp.mynacard.client.model.Observation;
import jp.mynacard.client.model.RegionalRate;
import jp.mynacard.client.model.SeriesResponse;
import jp.mynacard.client.model.ServiceUsageResponse;
import jp.mynacard.client.model.SummaryTile;
import jp.mynacard.testsupport.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java client that openapi-generator makes from the committed openapi.yaml (validation on, in
 * generate-test-sources) calls every read operation of the running service and reads a real figure
 * from each answer, as a dashboard built on the generated client would.
 */
@ApiTest
class GeneratedClientTest {

    private static final LocalDate END_OF_2022 = LocalDate.parse("2022-12-31");

    @TestHTTPResource("/")
    URI base;

    private ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
    }

    @Test
    void summaryTilesAndTheNationalSeries() throws ApiException {
        SummaryTile held = new SummaryApi(client).getSummary(SummaryApi.APIGetSummaryRequest.newBuilder().build()).getTiles().stream()
                .filter(t -> "cards-held".equals(t.getMetric())).findFirst().orElseThrow();
        assertEquals(new BigDecimal("103856694"), held.getValue());
        assertEquals(LocalDate.parse("2026-06-30"), held.getDate());
        assertEquals("DA_CSV_LONG_20260731", held.getSource());

        CardsApi cards = new CardsApi(client);
        assertFirstPoint(cards.getIssuances(CardsApi.APIGetIssuancesRequest.newBuilder().build()), "cards-issued", "2016-03-27", "2040000");
        assertFirstPoint(cards.getApplications(CardsApi.APIGetApplicationsRequest.newBuilder().build()), "applications", "2016-03-27", "9420000");
        Observation sapporo = cards.getApplicationMethods(CardsApi.APIGetApplicationMethodsRequest.newBuilder().area("011002").build()).getData().get(0);
        assertEquals("pop-up-desk", sapporo.getCategory());
        assertEquals(new BigDecimal("110000"), sapporo.getValue());
    }

    @Test
    void regionsDemographicsAndServiceUsage() throws ApiException {
        RegionalRate first = new RegionsApi(client).getRegionalRates(RegionsApi.APIGetRegionalRatesRequest.newBuilder().build())
                .getData().get(0);
        assertEquals("宮崎県", first.getAreaNameJa());
        assertEquals(new BigDecimal("71.6"), first.getValue());

        Demographic total = new DemographicsApi(client).getDemographics(DemographicsApi.APIGetDemographicsRequest.newBuilder().build()).getData().stream()
                .filter(d -> "all".equals(d.getAgeGroup()) && Demographic.SexEnum.TOTAL == d.getSex()).findFirst().orElseThrow();
        assertEquals(71905789L, total.getCardsIssued().longValue());

        ServiceUsageApi usage = new ServiceUsageApi(client);
        assertHealthInsuranceRegistrations(usage.getServiceUsage(ServiceUsageApi.APIGetServiceUsageRequest.newBuilder().build()));
        assertHealthInsuranceRegistrations(usage.getServiceUsageOfService(
                ServiceUsageApi.APIGetServiceUsageOfServiceRequest.newBuilder().service("health-insurance").build()));
    }

    @Test
    void observationsAndAreaSeries() throws ApiException {
        ObservationsApi observations = new ObservationsApi(client);
        Observation tokyo = observations.queryObservations(ObservationsApi.APIQueryObservationsRequest.newBuilder()
                .metric("cards-issued").area("13").date("2022-12-31").limit(10).build()).getData().get(0);
        assertEquals(new BigDecimal("7985934"), tokyo.getValue());
        assertEquals(END_OF_2022, tokyo.getDate());
        SeriesResponse series = observations.getAreaSeries(ObservationsApi.APIGetAreaSeriesRequest.newBuilder()
                .code("13").metric("cards-issued").from("2022-12-31").to("2022-12-31").build());
        assertEquals(new BigDecimal("7985934"), series.getSeries().get(0).getPoints().get(0).getValue());
    }

    @Test
    void areasMetricsReleasesSourcesAndProblems() throws ApiException, IOException {
        AreasApi areas = new AreasApi(client);
        assertEquals(47, areas.listAreas(AreasApi.APIListAreasRequest.newBuilder().level("prefecture").build()).getData().size());
        assertEquals("札幌市", areas.getArea("011002").getNameJa());

        MetricsApi metrics = new MetricsApi(client);
        assertTrue(metrics.listMetrics(MetricsApi.APIListMetricsRequest.newBuilder().build()).getData().stream().anyMatch(m -> "cards-held".equals(m.getId())));
        assertEquals("保有枚数", metrics.getMetric("cards-held").getNameJa());

        ReleasesApi releases = new ReleasesApi(client);
        assertTrue(releases.listReleases(ReleasesApi.APIListReleasesRequest.newBuilder().build()).getData().stream().anyMatch(r -> "mic-2022-12-31".equals(r.getName())));
        assertEquals(3764, releases.getRelease(47).getObservationCount());
        assertEquals(3764, releases.getReleaseChanges(ReleasesApi.APIGetReleaseChangesRequest.newBuilder().id(47).since(46).limit(5000).build()).getAdded());
        // The Atom document arrives as a file, as the contract's binary string tells the generator.
        assertTrue(Files.readString(releases.getReleaseFeed().toPath()).contains("マイナンバーカード交付状況について（2022年12月31日時点）"));
        assertTrue(releases.listSources().getData().stream().anyMatch(s -> "C4J".equals(s.getId())));

        ProblemsApi problems = new ProblemsApi(client);
        assertTrue(problems.listProblemTypes().stream().anyMatch(p -> "/problems/unknown-area".equals(p.getType())));
        assertEquals(404, problems.getProblemType("unknown-area").getStatus());
    }

    private static void assertFirstPoint(SeriesResponse response, String metric, String date, String value) {
        Observation first = response.getSeries().stream().filter(s -> metric.equals(s.getMetric())).findFirst()
                .orElseThrow().getPoints().get(0);
        assertEquals(LocalDate.parse(date), first.getDate());
        assertEquals(new BigDecimal(value), first.getValue());
    }

    private static void assertHealthInsuranceRegistrations(ServiceUsageResponse response) {
        Observation first = response.getServices().get(0).getSeries().stream()
                .filter(s -> "health-insurance-registrations".equals(s.getMetric())).findFirst().orElseThrow()
                .getPoints().get(0);
        assertEquals(LocalDate.parse("2021-06-20"), first.getDate());
        assertEquals(new BigDecimal("4403000"), first.getValue());
    }
}
