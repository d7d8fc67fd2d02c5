package jp.mynacard.testsupport;

import io.restassured.RestAssured;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Bytes no HTTP client would send (raw UTF-8, two requests at once, a body announced and never sent). */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends the request text as UTF-8 and reads until the server closes (or {@code timeout} passes without a byte). */
    public static String exchange(String request, Duration timeout) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
