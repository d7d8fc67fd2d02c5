package jp.mynacard.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jp.mynacard.web.AnswerRoute;
import jp.mynacard.web.OutputFormat;

import java.util.List;

/**
 * The figure endpoints, answered by the front door without the REST layer: each binds its query
 * record from the request by name, exactly as its JAX-RS method declares it (FigureRoutesTest), and
 * calls that method. A new figure endpoint gets its line here.
 */
@ApplicationScoped
public class FigureRoutes implements AnswerRoute.Table {

    private final List<AnswerRoute> routes;

    FigureRoutes(SummaryResource summary, CardResource cards, ApplicationMethodResource methods, ServiceUsageResource usage,
                 RegionalRateResource rates, DemographicsResource demographics, AreaSeriesResource series,
                 ObservationResource observations, CompareResource compare,
                 ProjectionResource projections, StandingsResource standings, MoversResource movers,
                 BottleneckResource bottlenecks, ChartResource charts) {
        routes = List.of(
                new AnswerRoute("/api/v1/summary", r -> summary.summary(VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/applications", r -> cards.applications(CardResource.SeriesParameters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/issuances", r -> cards.issuances(CardResource.SeriesParameters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/application-methods", r -> methods.applicationMethods(r.query("area"), r.query("date"),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/service-usage", r -> usage.all(ServiceUsageResource.Filters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/service-usage/{service}", r -> usage.one(r.path("service"),
                        ServiceUsageResource.Filters.from(r), VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/regional-rates", r -> rates.ranking(RegionalRateResource.RankingParameters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/demographics", r -> demographics.demographics(r.query("date"),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/areas/{code}/series", r -> series.areaSeries(r.path("code"), r.query("metric"),
                        PeriodParameters.from(r), r.query("source"), VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/observations", r -> observations.observations(ObservationResource.Filters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r), r.request())),
                new AnswerRoute("/api/v1/compare", r -> compare.compare(CompareResource.Parameters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/projections", r -> projections.project(ProjectionResource.Parameters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/standings", r -> standings.standings(StandingsResource.Parameters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/movers", r -> movers.movers(MoversResource.Parameters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/bottlenecks", r -> bottlenecks.bottlenecks(BottleneckResource.Parameters.from(r),
                        VintageParameter.from(r), OutputFormat.from(r))),
                new AnswerRoute("/api/v1/charts/{metric}.svg", r -> charts.lineChart(r.path("metric"),
                        ChartResource.Parameters.from(r), VintageParameter.from(r))),
                new AnswerRoute("/api/v1/charts/{metric}/sparkline.svg", r -> charts.sparkline(r.path("metric"),
                        ChartResource.Parameters.from(r), VintageParameter.from(r))));
    }

    @Override
    public List<AnswerRoute> routes() {
        return routes;
    }
}
