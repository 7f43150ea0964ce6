package app.obzvon.backup;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.FileSaves;
import app.obzvon.common.OwnerOnly;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.team.PersonRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of the base in {@code <the base's folder>/backups/}: one each day, taken at the first start
 * of the day and kept for a week, "Back up now" and "Restore…" for supervisors. The names are
 * {@code <base>-YYYY-MM-DD.db} (daily), {@code <base>-YYYY-MM-DD-HHmmss.db} (by hand) and
 * {@code <base>-before-restore-YYYY-MM-DD-HHmmss.db}; what offers the last backup after a fault
 * reads the same folder, so they must not change. A copy appears under its name only once whole.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    static final int DAILY_KEPT = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final String BEFORE_RESTORE = "before-restore-";

    private final Path databaseFile;
    private final BaseCopies copies;
    private final Transactions transactions;
    private final PersonRepository people;
    private final Access access;
    private final Audit audit;
    private final Clock clock;
    private final Consumer<Tx> forgetCached;

    /**
     * {@code forgetCached}: what this set of services keeps of the base (the rules, the queue's cursor),
     * dropped after a restore, in the transaction that audits it.
     */
    public Backups(Path databaseFile, BaseCopies copies, Transactions transactions, PersonRepository people,
                   Access access, Audit audit, Clock clock, Consumer<Tx> forgetCached) {
        // None on a team's server: its backups are the server's.
        this.databaseFile = databaseFile == null ? null : databaseFile.toAbsolutePath();
        this.copies = copies;
        this.transactions = transactions;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.forgetCached = forgetCached;
    }

    /**
     * The day's backup, unless one was taken today already (by this window or another), and the
     * daily ones older than the last {@value #DAILY_KEPT} deleted. Anyone's start takes it, before
     * anybody signs in; it changes nothing in the base, so it is not audited.
     */
    public Optional<Backup> daily() {
        if (databaseFile == null) {
            return Optional.empty();
        }
        var file = folder().resolve(stem() + "-" + LocalDate.now(clock).format(DAY) + ".db");
        if (Files.exists(file)) {
            return Optional.empty();
        }
        var made = copy(file, Backup.Kind.DAILY);
        var daily = listed().stream().filter(b -> b.kind() == Backup.Kind.DAILY).toList();
        daily.stream().skip(DAILY_KEPT).forEach(old -> FileSaves.deleteQuietly(old.file()));
        return Optional.of(made);
    }

    /** "Back up now": a copy named by the moment, audited. */
    public Backup backUpNow() {
        access.requireSupervisor();
        requireFile();
        var made = copy(folder().resolve(stem() + "-" + now().format(MOMENT) + ".db"), Backup.Kind.MANUAL);
        transactions.inTransaction(tx -> {
            audit.record(tx, AuditAction.BACKUP_MADE, made.name(), null);
            return null;
        });
        return made;
    }

    /** The base's backups, newest first. */
    public List<Backup> list() {
        access.requireSupervisor();
        if (databaseFile == null) {
            return List.of();
        }
        return listed();
    }

    /**
     * Puts a backup in the base's place: checked whole first ({@code PRAGMA integrity_check}), the
     * base as it is now kept as {@code <base>-before-restore-<time>.db}, then the backup written into
     * the live base through SQLite's backup API, so windows with the base open keep a sound file and
     * see the restored data at their next step. Audited in the restored base.
     *
     * @return the copy of the base as it was before
     * @throws BackupException when the file is not a sound Obzvon base this version can read
     */
    public Backup restore(Path backup) {
        var me = access.requireSupervisor();
        requireFile();
        if (!Files.isRegularFile(backup)) {
            throw new BackupException(BackupException.Reason.NOT_FOUND, "no backup " + backup);
        }
        copies.check(backup);
        var before = copy(folder().resolve(stem() + "-" + BEFORE_RESTORE + now().format(MOMENT) + ".db"),
                Backup.Kind.BEFORE_RESTORE);
        copies.restoreFrom(backup);
        var subject = backup.getFileName().toString();
        transactions.inTransaction(tx -> {
            forgetCached.accept(tx);
            // The restored base may be from before this supervisor was added: then the row names them.
            if (people.find(tx, me.id()).isPresent()) {
                audit.record(tx, AuditAction.BACKUP_RESTORED, subject, null);
            } else {
                audit.recordFor(tx, null, AuditAction.BACKUP_RESTORED, subject + " (" + me.name() + ")", null);
            }
            return null;
        });
        return before;
    }

    /** {@code <the base's folder>/backups}, made 700 if it is new. */
    private Path folder() {
        return OwnerOnly.folder(databaseFile.getParent().resolve(FOLDER));
    }

    private List<Backup> listed() {
        var found = new ArrayList<Backup>();
        var folder = databaseFile.getParent().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return found;
        }
        var names = Pattern.compile(Pattern.quote(stem() + "-") + "(" + BEFORE_RESTORE + ")?"
                + "(\\d{4}-\\d{2}-\\d{2})(-\\d{6})?\\.db");
        try (Stream<Path> files = Files.list(folder)) {
            for (var file : (Iterable<Path>) files::iterator) {
                var name = names.matcher(file.getFileName().toString());
                if (!name.matches() || (name.group(1) != null && name.group(3) == null)) {
                    continue;
                }
                var kind = name.group(1) != null ? Backup.Kind.BEFORE_RESTORE
                        : name.group(3) != null ? Backup.Kind.MANUAL : Backup.Kind.DAILY;
                var at = name.group(3) == null ? LocalDate.parse(name.group(2), DAY).atStartOfDay()
                        : LocalDateTime.parse(name.group(2) + name.group(3), MOMENT);
                found.add(new Backup(file, at, Files.size(file), kind));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
        found.sort(Comparator.comparing(Backup::at).thenComparing(Backup::name).reversed());
        return found;
    }

    /** Written beside its name and moved there once whole, so a half-made copy is never offered. */
    private void requireFile() {
        if (databaseFile == null) {
            throw new BackupException(BackupException.Reason.ON_SERVER,
                    "a base on a server is backed up on the server (pg_dump), not from a window");
        }
    }

    private Backup copy(Path file, Backup.Kind kind) {
        var temp = FileSaves.tempBeside(file);
        try {
            copies.copyTo(temp);
            OwnerOnly.restrict(temp);
            FileSaves.moveIntoPlace(temp, file);
            return new Backup(file, kind == Backup.Kind.DAILY ? LocalDate.now(clock).atStartOfDay() : now(),
                    Files.size(file), kind);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot back up to " + file, e);
        } finally {
            FileSaves.deleteQuietly(temp);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    /** The base's file name without {@code .db}. */
    private String stem() {
        var name = databaseFile.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }
}
