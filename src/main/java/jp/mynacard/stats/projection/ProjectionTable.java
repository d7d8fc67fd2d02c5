package jp.mynacard.stats.projection;

import jp.mynacard.web.representation.Representation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A projection as a spreadsheet wants it: one row per fit, each with the question and the window it answers. */
final class ProjectionTable {

    private static final List<String> HEADER = List.of("areaCode", "metric", "target", "reachedOn", "windowFrom",
            "windowTo", "points", "method", "pacePerYear", "paceUnit", "rSquared", "reachesOn", "earliest", "latest", "note");
    private static final List<String> JAPANESE = List.of("地域コード", "指標", "目標", "達成日", "期間の初日", "期間の末日",
            "点数", "方法", "年あたりの伸び", "伸びの単位", "決定係数", "到達予測日", "95%範囲の最早", "95%範囲の最遅", "注記");

    private ProjectionTable() {
    }

    static Representation.Table of(ProjectionResponse body) {
        List<List<Object>> cells = new ArrayList<>(body.projections().size());
        for (ProjectionResponse.Projection p : body.projections()) {
            cells.add(Arrays.asList(body.area().code(), body.metric(), body.target(), body.reachedOn(), body.window().from(),
                    body.window().to(), body.window().points(), p.method(), p.pacePerYear(), p.paceUnit(), p.rSquared(),
                    p.reachesOn(), p.earliest(), p.latest(), p.note()));
        }
        return new Representation.Table(HEADER, JAPANESE, cells);
    }
}
