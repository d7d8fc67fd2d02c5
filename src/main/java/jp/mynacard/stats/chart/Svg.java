package jp.mynacard.stats.chart;

import java.util.Locale;

/**
 * Writes SVG text. Styling is by presentation attributes only, never {@code <style>} or {@code style=},
 * so that the API's Content-Security-Policy (default-src 'none') leaves a chart opened on its own intact.
 */
final class Svg {

    /** Fonts that cover Japanese on Linux (Noto CJK), macOS (Hiragino) and Windows (Yu Gothic, Meiryo). */
    static final String FONTS = "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif";

    private final StringBuilder out = new StringBuilder(4096);

    Svg(int width, int height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" font-family=\"")
                .append(escape(FONTS)).append("\" role=\"img\">");
        element("title", title);
        element("desc", description);
    }

    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    Svg element(String name, String text) {
        out.append('<').append(name).append('>').append(escape(text)).append("</").append(name).append('>');
        return this;
    }

    /** A text at (x, y) with extra attributes (already escaped by the caller where they hold text). */
    Svg text(double x, double y, String attributes, String text) {
        out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" ").append(attributes)
                .append('>').append(escape(text)).append("</text>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
