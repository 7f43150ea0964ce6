package app.obzvon.cli;

import app.obzvon.persistence.BaseTransfer;
import app.obzvon.persistence.TransferEnd;
import app.obzvon.persistence.ServerAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code obzvon migrate --from FILE.db --to postgresql://host/base}: moves a local base to the team's
 * server, or the other way (a backup, an offline laptop). Everything or nothing: the copy is one
 * transaction on the target, committed only when both sides count and checksum the same.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Copies a whole base between a file and a PostgreSQL server, either way, and checks both sides.",
                "Refuses a target that already holds work. The server's password comes from PGPASSWORD or ~/.pgpass."})
final class MigrateCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE|postgresql://…",
            description = "The base to copy: an Obzvon file or postgresql://[user@]host[:port]/base.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "FILE|postgresql://…",
            description = "Where to: a new file, or an empty database on the server.")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        if (ServerAddress.isServer(from) == ServerAddress.isServer(to)) {
            throw new IllegalArgumentException("copy a file to a server or a server to a file: --from and --to are "
                    + (ServerAddress.isServer(from) ? "both servers" : "both files"));
        }
        try (var source = open(from, false); var target = open(to, true)) {
            out.printf("copying %s into %s%n", source.name(), target.name());
            var report = BaseTransfer.copy(source, target, table -> { });
            for (var table : report.tables()) {
                out.printf(Locale.ROOT, "  %-18s %,10d → %,10d  %s%n", table.table(), table.sourceRows(),
                        table.targetRows(), table.same() ? "same" : "DIFFERENT");
            }
            if (!report.same()) {
                spec.commandLine().getErr().println("obzvon migrate: the copy differs from its source; nothing was "
                        + "written (the target is as it was)");
                return 1;
            }
            out.printf(Locale.ROOT, "done: %,d rows in %d tables, counts and checksums the same on both sides%n",
                    report.rows(), report.tables().size());
            return 0;
        }
    }

    private static TransferEnd open(String location, boolean target) throws java.sql.SQLException {
        if (ServerAddress.isServer(location)) {
            return TransferEnd.server(ServerAddress.parse(location), System.getenv("PGPASSWORD"));
        }
        var file = Path.of(location);
        if (!target && !java.nio.file.Files.exists(file)) {
            throw new IllegalArgumentException("there is no base at " + file);
        }
        return TransferEnd.file(file, target);
    }
}
