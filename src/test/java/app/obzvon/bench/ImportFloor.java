package app.obzvon.bench;

import app.obzvon.importing.ImportedContact;
import app.obzvon.persistence.Database;
import org.sqlite.SQLiteConfig;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The import's floor: SQLite writing the same contacts, phones and extra fields into the same
 * schema (a fresh base migrated by the app) with plain JDBC batches in one transaction, with the
 * app's pragmas and the page cache its import sets. The rows are made on another thread, as the
 * import parses beside its writer, so the floor is the writing alone.
 */
final class ImportFloor {

    private static final int BATCH = 1_000;
    private static final int CACHE_KIB = 64 * 1024;
    private static final List<ImportedContact> END = List.of();

    private ImportFloor() {
    }

    /** Writes the contacts of the CSV's first {@code rows} rows; returns the seconds it took. */
    static double write(Path database, String fileName, int rows) throws Exception {
        Database.open(database).close();
        var config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(10_000);
        config.enforceForeignKeys(true);
        BlockingQueue<List<ImportedContact>> batches = new ArrayBlockingQueue<>(16);
        var maker = new Thread(() -> make(fileName, rows, batches), "floor-rows");
        maker.setDaemon(true);
        long started = System.nanoTime();
        maker.start();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath(),
                config.toProperties())) {
            try (var pragma = c.createStatement()) {
                pragma.execute("PRAGMA cache_size = -" + CACHE_KIB);
            }
            c.setAutoCommit(false);
            try (var imports = c.createStatement()) {
                imports.execute("INSERT INTO imports (id, file_name, started_at, caller_id) VALUES (1, '" + fileName
                        + "', " + System.currentTimeMillis() + ", 1)");
            }
            try (var contacts = c.prepareStatement("INSERT INTO contacts (id, company, person, city, region, time_zone,"
                    + " size, category, source, tax_id, email, website, import_id, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)");
                 var phones = c.prepareStatement("INSERT INTO contact_phones (id, contact_id, position, number, e164,"
                         + " extension, time_zone) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 var fields = c.prepareStatement("INSERT INTO contact_fields (contact_id, position, name, value)"
                         + " VALUES (?, ?, ?, ?)")) {
                int contactId = 0;
                int phoneId = 0;
                long now = System.currentTimeMillis();
                for (var batch = batches.take(); batch != END; batch = batches.take()) {
                    for (var contact : batch) {
                        contactId++;
                        bindContact(contacts, contactId, contact, now);
                        int position = 0;
                        for (var phone : contact.phones()) {
                            phones.setInt(1, ++phoneId);
                            phones.setInt(2, contactId);
                            phones.setInt(3, position++);
                            phones.setString(4, phone.written());
                            phones.setString(5, phone.e164());
                            phones.setString(6, phone.extension());
                            phones.setString(7, phone.timeZone());
                            phones.addBatch();
                        }
                        position = 0;
                        for (var extra : contact.extras()) {
                            fields.setInt(1, contactId);
                            fields.setInt(2, position++);
                            fields.setString(3, extra.name());
                            fields.setString(4, extra.value());
                            fields.addBatch();
                        }
                    }
                    contacts.executeBatch();
                    phones.executeBatch();
                    fields.executeBatch();
                }
            }
            c.commit();
        } finally {
            maker.interrupt();
        }
        return Stats.secondsSince(started);
    }

    private static void bindContact(PreparedStatement s, int id, ImportedContact c, long now) throws SQLException {
        s.setInt(1, id);
        s.setString(2, c.company());
        s.setString(3, c.person());
        s.setString(4, c.city());
        s.setString(5, c.region());
        s.setString(6, c.timeZone());
        s.setString(7, c.size().name());
        s.setString(8, c.category());
        s.setString(9, c.source());
        s.setString(10, c.taxId());
        s.setString(11, c.email());
        s.setString(12, c.website());
        s.setLong(13, now);
        s.addBatch();
    }

    /** The rows' contacts in batches, in file order, leaving out the rows the import leaves out. */
    private static void make(String fileName, int rows, BlockingQueue<List<ImportedContact>> batches) {
        try {
            var batch = new ArrayList<ImportedContact>(BATCH);
            for (int i = 0; i < rows; i++) {
                var contact = BaseCsv.row(i, fileName).contact();
                if (contact != null) {
                    batch.add(contact);
                    if (batch.size() == BATCH) {
                        batches.put(batch);
                        batch = new ArrayList<>(BATCH);
                    }
                }
            }
            if (!batch.isEmpty()) {
                batches.put(batch);
            }
            batches.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
