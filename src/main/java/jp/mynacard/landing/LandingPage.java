package jp.mynacard.landing;

import jp.mynacard.release.SourceView;
import jp.mynacard.stats.summary.SummaryResource;
import jp.mynacard.stats.summary.SummaryTile;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

/** The landing page's HTML: plain, self-contained (no script, no external asset), in Japanese and English. */
final class LandingPage {

    private static final String HEAD = """
            <!doctype html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>mynacard-api: マイナンバーカード statistics API</title>
            <style>
            body{font-family:system-ui,"Noto Sans CJK JP",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
            table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.4rem;text-align:left}
            td.value{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}small{color:#555}
            </style>
            </head>
            <body>
            <h1>mynacard-api</h1>
            <p>マイナンバーカードの申請・交付・保有の件数と率（全国・都道府県・市区町村）、申請方法、利用状況（健康保険証、コンビニ交付、e-Tax、公金受取口座、マイナポータル）を、出典と基準日つきで返す公開 REST/JSON API です。</p>
            <p>A public REST/JSON API for the statistics of Japan's My Number Card: applications, cards issued and held,
            rates by prefecture and municipality, application channels and card usage. Every figure carries its source
            and reference date. JSON by default; CSV with <code>format=csv</code>.</p>
            <h2>今日の主要指標 · Today's headline figures</h2>
            <table>
            <thead><tr><th>指標 · Metric</th><th>値 · Value</th><th>基準日 · Date</th><th>出典 · Source</th></tr></thead>
            <tbody>
            """;

    private static final String TAIL = """
            </tbody>
            </table>
            <p><small>%s</small></p>
            <h2>使い方 · Start here</h2>
            <ul>
            <li><a href="/q/swagger-ui/">Swagger UI</a>: every operation, with "Try it out"</li>
            <li><a href="/q/openapi">OpenAPI document</a> (<a href="/q/openapi?format=json">JSON</a>): generate a client from it</li>
            <li><a href="/api/v1/summary">/api/v1/summary</a> (the figures above as JSON; <a href="/api/v1/summary?format=csv">CSV</a>),
            <a href="/api/v1/regional-rates">/api/v1/regional-rates</a>, <a href="/api/v1/areas?level=prefecture">/api/v1/areas</a>,
            <a href="/api/v1/metrics">/api/v1/metrics</a></li>
            <li><a href="/api/v1/releases">Releases</a> (what was imported, when, from which publisher) and their
            <a href="/api/v1/releases/feed">Atom feed</a>; <a href="/api/v1/sources">sources</a> of every figure</li>
            <li><a href="https://github.com/mynacard/mynacard-api">Documentation and code</a> (MIT licence)</li>
            </ul>
            <h2>データの利用条件 · Data licence</h2>
            <p>The figures are the publishers' (総務省, デジタル庁 and the others listed at <a href="/api/v1/sources">/api/v1/sources</a>),
            reused under each publisher's terms; credit the source that each figure cites. Table extraction of the MIC PDFs:
            Code for Japan, mynumbercard_statistics (MIT licence). The API's code is MIT-licensed.</p>
            <p><small>%s</small></p>
            </body>
            </html>
            """;

    private LandingPage() {
    }

    static String render(SummaryResource.SummaryResponse summary) {
        Map<String, SourceView> sources = summary.meta().sources().stream()
                .collect(Collectors.toMap(SourceView::id, Function.identity(), (a, b) -> a));
        StringBuilder html = new StringBuilder(HEAD);
        for (SummaryTile tile : summary.tiles()) {
            SourceView source = sources.get(tile.source());
            html.append("<tr><td>").append(escapeHtml4(tile.nameJa())).append("<br><small>").append(escapeHtml4(tile.nameEn()))
                    .append("</small></td><td class=\"value\">").append(value(tile.value(), tile.unit()))
                    .append(tile.rate() == null ? "" : "<br><small>" + value(tile.rate(), "percent") + "</small>")
                    .append("</td><td>").append(tile.date())
                    .append("</td><td>").append(escapeHtml4(source == null ? tile.source() : source.publisher()))
                    .append("<br><small>").append(escapeHtml4(source == null ? "" : source.title())).append("</small></td></tr>\n");
        }
        return html.append(TAIL.formatted(escapeHtml4(Objects.toString(summary.meta().note(), "")), escapeHtml4(summary.meta().attribution())))
                .toString();
    }

    /** The value exactly as published (never rounded), grouped for reading: 100,029,804 cards; 81.2 %. */
    private static String value(BigDecimal value, String unit) {
        String number = String.format(Locale.ENGLISH, "%,." + Math.max(0, value.scale()) + "f", value);
        return "percent".equals(unit) ? number + " %" : number + " " + escapeHtml4(unit);
    }
}
