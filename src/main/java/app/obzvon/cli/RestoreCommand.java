package app.obzvon.cli;

import app.obzvon.Services;
import app.obzvon.backup.BackupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code obzvon restore --as NAME [--db FILE] FILE}: the same restore as the Team menu's. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Puts a backup in the base's place, after checking it; the base as it was is kept in the "
                + "backups folder as <base>-before-restore-<time>.db.")
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    SupervisorOption supervisor;

    @ParentCommand
    ObzvonCommand parent;

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path backup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        database.requireFile("restores it there (pg_restore)");
        try (var services = Services.open(database.resolve(), Clock.systemDefaultZone())) {
            supervisor.signIn(services, parent::pin);
            try {
                var before = services.backups().restore(backup);
                spec.commandLine().getOut().printf("restored %s; the base as it was is %s%n", backup, before.file());
                return 0;
            } catch (BackupException e) {
                throw new IllegalArgumentException(switch (e.reason()) {
                    case NOT_FOUND -> "no such file: " + backup;
                    case NOT_A_BASE -> backup + " is not an Obzvon base; nothing was changed";
                    case DAMAGED -> backup + " is damaged (integrity check failed); nothing was changed";
                    case NEWER -> backup + " is from a newer Obzvon; nothing was changed";
                    case ON_SERVER -> "the base is on a server: restore it there (pg_restore); nothing was changed";
                });
            }
        }
    }
}
