package dev.cdnx.model.problem;

/**
 * One thing wrong with a scenario, said so a person can act on it: where (file, line, column, JSON path
 * such as {@code topology.nodes[3].cache.capacity}), what is wrong, and how to fix it. Line and column
 * are 1-based, 0 when unknown.
 */
public record Problem(
        Severity severity,
        String file,
        int line,
        int column,
        String path,
        String message,
        String fix,
        String nodeName) {

    /** How bad a problem is: an error stops a run, a warning does not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public static Problem error(String path, String message, String fix) {
        return new Problem(Severity.ERROR, null, 0, 0, path, message, fix, null);
    }

    public static Problem warning(String path, String message, String fix) {
        return new Problem(Severity.WARNING, null, 0, 0, path, message, fix, null);
    }

    /** The same problem about a node (so the canvas can outline it). */
    public Problem aboutNode(String name) {
        return new Problem(severity, file, line, column, path, message, fix, name);
    }

    public Problem at(String fileName, int atLine, int atColumn) {
        return new Problem(severity, fileName, atLine, atColumn, path, message, fix, nodeName);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: path: message. Fix: fix} — the form compilers use, one line. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line).append(':').append(column);
            }
            sb.append(": ");
        }
        sb.append(severity == Severity.ERROR ? "error: " : "warning: ");
        if (path != null && !path.isEmpty()) {
            sb.append(path).append(": ");
        }
        sb.append(message);
        if (fix != null && !fix.isEmpty()) {
            sb.append(". Fix: ").append(fix);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
