package dev.cdnx.model.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The usage the build rendered for a fast {@code cdnx --help} is the one picocli prints now. */
class QuickHelpTest {

    @Test
    void theBuildRenderedTheUsageAndItIsCurrent() {
        String rendered = QuickHelp.rendered();
        assertNotNull(rendered, "the build writes " + QuickHelp.RESOURCE + " beside QuickHelp (model/pom.xml)");
        assertEquals(QuickHelp.render(), rendered);
        assertTrue(rendered.contains("simulate"), rendered);
    }

    @Test
    void helpAloneIsAnsweredFromTheRenderedTextAndEqualsTheFullPath() {
        for (String[] args : new String[][] {{"--help"}, {"-h"}, {}}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            assertTrue(QuickHelp.answer(args, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
            ReplayCommandTest.Run full = ReplayCommandTest.run(args);
            assertEquals(0, full.code(), full.err());
            assertEquals(full.out(), bytes.toString(StandardCharsets.UTF_8), String.join(" ", args));
        }
    }

    @Test
    void anythingElseTakesTheFullPath() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertFalse(QuickHelp.answer(new String[] {"simulate", "--help"}, sink));
        assertFalse(QuickHelp.answer(new String[] {"-V"}, sink));
        assertFalse(QuickHelp.answer(new String[] {"--help", "validate"}, sink));
    }
}
