package dev.cdnx.lab;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A node taken down refuses connections as soon as {@link LiveLab#setDown} returns. Closing a listening
 * socket while Jetty's acceptor thread is blocked in accept() leaves the socket listening until that
 * thread has left the call; a probe made at once could still be accepted (seen as a rare flake of
 * {@code LiveLabTest} under load). Many quick cycles make that window likely to be hit.
 */
class DownMeansClosedTest {

    @Test
    void aDownedNodeRefusesAtOnceEveryTime() throws Exception {
        try (LiveLab lab = LabFixtures.lab("hello-cdn.json", new AtomicLong(LabFixtures.START))) {
            int port = lab.node("edge-london").port();
            for (int cycle = 0; cycle < 200; cycle++) {
                lab.setDown("edge-london", true);
                int shown = cycle;
                assertThrows(
                        IOException.class,
                        () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
                        () -> "cycle " + shown + ": the downed port still accepted a connection");
                lab.setDown("edge-london", false);
            }
        }
    }
}
