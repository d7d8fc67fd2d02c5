package jp.mynacard.web.edge;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.inject.Singleton;

/**
 * Plain HTTP is HTTP/1.1 only: a client's {@code Upgrade: h2c} is ignored and answered over HTTP/1.1.
 * Java's HttpClient asks for that upgrade with the first request of each connection, and in 2 to 3 of
 * every 100 such requests for a REST answer ({@code /api/v1/releases}, {@code /api/v1/metrics}) the body
 * never came (docs/reliability.md); browsers never use h2c, and HTTP/2 over TLS is the proxy's in front.
 */
@Singleton
public class NoClearTextHttp2 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
