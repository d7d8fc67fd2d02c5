package jp.mynacard.web;

import io.vertx.core.http.HttpServerRequest;

/** A request's parameters by name, as an {@link AnswerRoute} binds its query record from them. */
public interface RequestParameters {

    /** The first value of a query parameter, or null. */
    String query(String name);

    /** A path parameter of the route's template, decoded. */
    String path(String name);

    /** A request header, or null. */
    String header(String name);

    /** The request itself, for what an endpoint builds from its address (the next page's link). */
    HttpServerRequest request();
}
