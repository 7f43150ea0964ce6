package app.obzvon.cli;

import app.obzvon.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code obzvon backup --as NAME [--db FILE]}: "Back up now" from a script, e.g. before a nightly load.
 * A base on a server is refused: its administrator backs it up there.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copies the base into its backups folder (<base>-YYYY-MM-DD-HHmmss.db) while windows keep working.")
final class BackupCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    SupervisorOption supervisor;

    @ParentCommand
    ObzvonCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        database.requireFile("backs it up there (pg_dump)");
        try (var services = Services.open(database.resolve(), Clock.systemDefaultZone())) {
            supervisor.signIn(services, parent::pin);
            var made = services.backups().backUpNow();
            spec.commandLine().getOut().printf("backed up to %s (%d bytes)%n", made.file(), made.size());
            return 0;
        }
    }
}
