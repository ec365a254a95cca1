package dev.cdnx.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The one writer for every file the program writes (scenarios, autosaves, reports, exports, traces, CSV,
 * price sheets). A crash, a kill or a full disk mid-write leaves either the old file or the new one, never
 * half of one, because the target is never opened for writing:
 * <ol>
 * <li>a symbolic link is followed to its real file, so the link stays a link;</li>
 * <li>the bytes go to a temporary file with a unique name in the target's own folder (a rename across
 * file systems would not be atomic);</li>
 * <li>the temporary file gets the target's permissions (a new file gets the user's default ones);</li>
 * <li>it is flushed to the disk ({@code fsync}) and only then renamed over the target, and the folder is
 * synced so the rename itself survives a power cut.</li>
 * </ol>
 * When anything fails the temporary file is removed and the target is as it was.
 */
public final class AtomicFiles {

    /** Writes the bytes of one file to a stream; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Says whether an existing file may be replaced: a scenario save may replace a scenario, a trace
     * export a trace; a check that says no keeps a user's other work from being overwritten.
     */
    @FunctionalInterface
    public interface OverwriteCheck {
        /** Null when {@code existing} may be replaced, else why not (the caller's message names the fix). */
        String refusal(Path existing) throws IOException;

        /** Any file may be replaced (the user chose it, e.g. in a save dialog that asked). */
        OverwriteCheck ANY = existing -> null;
    }

    /** Thrown when a target exists and its {@link OverwriteCheck} refuses to replace it. */
    public static final class NotOursException extends IOException {
        private static final long serialVersionUID = 1L;

        public NotOursException(String message) {
            super(message);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {}

    /** Writes text as UTF-8, replacing any existing file. */
    public static void writeString(Path file, String text) throws IOException {
        write(file, OverwriteCheck.ANY, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes text as UTF-8 when {@code check} allows replacing what is there. */
    public static void writeString(Path file, String text, OverwriteCheck check) throws IOException {
        write(file, check, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Writes a file through a temporary file and a rename.
     *
     * @throws NotOursException when the target exists and {@code check} refuses it (nothing is written)
     */
    public static void write(Path file, OverwriteCheck check, Content content) throws IOException {
        Path target = realTarget(file);
        boolean exists = Files.exists(target);
        if (exists) {
            if (Files.isDirectory(target)) {
                throw new NotOursException(file + " is a folder; choose a file name");
            }
            String refusal = check.refusal(target);
            if (refusal != null) {
                throw new NotOursException(refusal);
            }
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = createTemp(dir, target.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            if (exists) {
                copyPermissions(target, tmp);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * The file a write really replaces: the path itself, or for a symbolic link (a chain of them) the file
     * it points to, so saving through a link updates the linked file and keeps the link.
     */
    static Path realTarget(Path file) throws IOException {
        Path p = file.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops > 40) {
                throw new IOException(file + " is a loop of symbolic links; point it at a real file");
            }
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).normalize();
        }
        return p;
    }

    /**
     * A new, empty temporary file beside the target. Created without explicit permissions, so it gets the
     * user's default ones (umask), as a new file written directly would.
     */
    private static Path createTemp(Path dir, String name) throws IOException {
        String base = "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".";
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(base + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
                        .close();
                return tmp;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> perms = view.readAttributes().permissions();
        Files.setPosixFilePermissions(to, perms);
    }

    /** Makes the rename durable; some systems cannot open a folder for syncing, which is harmless. */
    private static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Not every file system lets a folder be synced; the file itself already is.
        }
    }
}
