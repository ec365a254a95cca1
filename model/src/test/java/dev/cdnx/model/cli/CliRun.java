package dev.cdnx.model.cli;

import dev.cdnx.model.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** One in-process run of the command line: its exit code and what it wrote to stdout and stderr. */
record CliRun(int code, String out, String err) {

    /** Runs {@code cdnx args…} with stdout and stderr captured (and put back afterwards). */
    static CliRun of(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            code = Cdnx.execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    /** The path of a shipped sample, for arguments. */
    static String sample(String name) {
        return SharedData.projectDir().resolve("samples").resolve(name).toString();
    }
}
