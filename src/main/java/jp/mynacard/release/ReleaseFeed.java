package jp.mynacard.release;

import jp.mynacard.common.PublicLinks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;

/** The releases as an Atom feed (RFC 4287), newest first, for newsrooms and dashboards to subscribe to. */
final class ReleaseFeed {

    static final String MEDIA_TYPE = "application/atom+xml";

    private ReleaseFeed() {
    }

    /** Ids are URNs, the same whatever address the feed is read at; links follow {@link PublicLinks}. */
    static String render(PublicLinks links, Collection<Release> releases) {
        OffsetDateTime updated = releases.stream().map(ReleaseFeed::updated).max(Comparator.naturalOrder())
                .orElse(OffsetDateTime.now(ZoneOffset.UTC));
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
                  <title>mynacard-api releases: マイナンバーカード statistics</title>
                """);
        xml.append("  <id>urn:mynacard-api:releases</id>\n")
                .append("  <link rel=\"self\" href=\"").append(escape(links.to("/api/v1/releases/feed"))).append("\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <author><name>mynacard-api</name></author>\n");
        releases.stream().sorted(Comparator.comparingLong((Release r) -> r.id()).reversed()).forEach(r -> xml
                .append("  <entry>\n")
                .append("    <title>").append(escape((r.retractedAt() != null ? "[retracted] " : "") + r.title())).append("</title>\n")
                .append("    <id>urn:mynacard-api:release:").append(r.id()).append("</id>\n")
                .append("    <link href=\"").append(escape(links.to("/api/v1/releases/" + r.id()))).append("\"/>\n")
                .append("    <published>").append(r.importedAt()).append("</published>\n")
                .append("    <updated>").append(updated(r)).append("</updated>\n")
                .append("    <summary>").append(escape(summary(r))).append("</summary>\n")
                .append("  </entry>\n"));
        return xml.append("</feed>\n").toString();
    }

    private static OffsetDateTime updated(Release r) {
        return r.retractedAt() != null ? r.retractedAt() : r.importedAt();
    }

    private static String summary(Release r) {
        return r.observationCount() + " figures referring to " + r.referenceDate() + ", published by " + r.publisher()
                + (r.url() == null ? "" : " (" + r.url() + ")")
                + (r.retractedAt() == null ? "" : "; retracted: " + r.retractionReason());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
