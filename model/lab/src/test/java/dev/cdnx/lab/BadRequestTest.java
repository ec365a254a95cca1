package dev.cdnx.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests a lab server must refuse with a 4xx, written byte for byte on a raw socket, each followed by
 * a good request on a new connection that must still be served.
 */
class BadRequestTest {

    private static LiveLab lab;
    private static int edgePort;

    @BeforeAll
    static void start() {
        lab = LabFixtures.lab("hello-cdn.json", new AtomicLong(LabFixtures.START));
        edgePort = lab.node("edge-london").port();
    }

    @AfterAll
    static void stop() {
        lab.close();
    }

    @Test
    void anOversizedHeaderGets431AndTheServerKeepsServing() throws IOException {
        String big = "x".repeat(LabLimits.defaults().maxHeaderBytes() + 100);
        String reply = exchange("GET /static/0 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + big + "\r\n\r\n");
        assertEquals(431, status(reply), reply);
        assertStillServing();
    }

    @Test
    void anAbsoluteUrlToAnotherHostGets421AndIsNeverFetched() throws IOException {
        String reply =
                exchange("GET http://example.com/secret HTTP/1.1\r\nHost: example.com\r\nConnection: close\r\n\r\n");
        assertEquals(421, status(reply), reply);
        assertTrue(reply.contains("not a proxy"), reply);
        assertStillServing();
    }

    @Test
    void aForeignHostFieldGets421() throws IOException {
        String reply = exchange("GET /static/0 HTTP/1.1\r\nHost: attacker.example:8400\r\nConnection: close\r\n\r\n");
        assertEquals(421, status(reply), reply);
        assertStillServing();
    }

    @Test
    void aMalformedRequestLineGets400AndTheServerKeepsServing() throws IOException {
        String reply = exchange("THIS IS NOT HTTP\r\n\r\n");
        assertEquals(400, status(reply), reply);
        assertStillServing();
    }

    @Test
    void anOversizedBodyGets413() throws IOException {
        int tooBig = LabLimits.defaults().maxBodyBytes() + 1;
        String reply = exchange("POST /static/0 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + tooBig
                + "\r\nConnection: close\r\n\r\nabc");
        assertEquals(413, status(reply), reply);
        assertStillServing();
    }

    private static void assertStillServing() throws IOException {
        String reply = exchange("GET /static/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertEquals(200, status(reply), reply);
    }

    /** Sends raw bytes and reads the reply head (up to the blank line, plus a little body). */
    private static String exchange(String raw) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), edgePort)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            int n;
            while (got.size() < 2048 && (n = in.read(buf)) > 0) {
                got.write(buf, 0, n);
                if (got.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && got.size() > 200) {
                    break;
                }
            }
            return got.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static int status(String reply) {
        String[] parts = reply.split(" ", 3);
        return parts.length < 2 ? -1 : Integer.parseInt(parts[1]);
    }
}
