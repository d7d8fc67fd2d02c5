package jp.mynacard.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.util.Optional;

/**
 * The links the service writes into answers (next pages, Location, the feed): absolute from the
 * configured public address ({@code mynacard.public-base-url}, e.g. https://api.example.org), or
 * relative without one. Never from the request's Host or X-Forwarded-* headers: an answer is kept and
 * served to everyone, so a link taken from one request's Host would reach every client.
 */
@ApplicationScoped
public class PublicLinks {

    private final String base;

    @Inject
    public PublicLinks(PublicLinksConfig config) {
        this(config.publicBaseUrl());
    }

    public PublicLinks(Optional<URI> base) {
        this.base = base.map(PublicLinks::checked).orElse("");
    }

    /** A link to an absolute path (with its query) of this service. */
    public String to(String pathAndQuery) {
        return base + pathAndQuery;
    }

    /** The Link header that points at the next page. */
    public static String nextPage(String link) {
        return "<" + link + ">; rel=\"next\"";
    }

    private static String checked(URI uri) {
        if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("mynacard.public-base-url must be an http(s) URL without query: " + uri);
        }
        String text = uri.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
