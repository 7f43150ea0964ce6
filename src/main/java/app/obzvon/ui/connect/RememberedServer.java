package app.obzvon.ui.connect;

import app.obzvon.common.OwnerOnly;
import app.obzvon.persistence.ServerAddress;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The last server the window connected to: host, port, base and user name, in a small file in the
 * user's config folder (owner-only), so the connection dialog opens filled in. Never a password: the
 * address has none, and nothing else is written. Without a file (tests), kept only while the window
 * is open. Read and written on the database thread.
 */
public final class RememberedServer {

    private final Path file;
    private ServerAddress inMemory;

    /** @param file where it is kept; null: in memory only */
    public RememberedServer(Path file) {
        this.file = file;
    }

    /** The last server connected to; empty when none was, or the file cannot be read. */
    public synchronized Optional<ServerAddress> last() {
        if (file == null) {
            return Optional.ofNullable(inMemory);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        var saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
            var host = saved.getProperty("host");
            var base = saved.getProperty("base");
            var user = saved.getProperty("user");
            if (host == null || host.isBlank() || base == null || base.isBlank() || user == null || user.isBlank()) {
                return Optional.empty();
            }
            return Optional.of(new ServerAddress(host, Integer.parseInt(saved.getProperty("port",
                    Integer.toString(ServerAddress.DEFAULT_PORT))), base, user));
        } catch (IOException | RuntimeException e) {
            // A file someone edited by hand: the dialog opens empty, as on a new PC.
            return Optional.empty();
        }
    }

    /** Keeps the server connected to, replacing the one before; the file is written whole or not at all. */
    public synchronized void remember(ServerAddress address) {
        if (file == null) {
            inMemory = address;
            return;
        }
        var saved = new Properties();
        saved.setProperty("host", address.host());
        saved.setProperty("port", Integer.toString(address.port()));
        saved.setProperty("base", address.database());
        saved.setProperty("user", address.user());
        try {
            var folder = file.toAbsolutePath().getParent();
            OwnerOnly.folder(folder);
            var written = folder.resolve(file.getFileName() + ".new");
            Files.deleteIfExists(written);
            OwnerOnly.createFile(written);
            try (Writer out = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
                saved.store(out, "Obzvon: the last server connected to (no password is ever kept here)");
            }
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
