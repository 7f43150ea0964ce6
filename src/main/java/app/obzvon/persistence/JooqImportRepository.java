package app.obzvon.persistence;

import app.obzvon.common.Tx;
import app.obzvon.contact.PhoneNumbers;
import app.obzvon.importing.ImportRepository;
import app.obzvon.importing.ImportSummary;
import app.obzvon.importing.ImportWriter;
import app.obzvon.importing.ImportedContact;
import com.carrotsearch.hppc.LongHashSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_FIELDS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.DO_NOT_CALL;
import static app.obzvon.persistence.jooq.Tables.IMPORTS;
import static app.obzvon.persistence.jooq.Tables.QUEUE_MEMBERS;

/**
 * Imports through jOOQ: the inserts are rendered by jOOQ and run as JDBC batches with bound
 * values. A million rows through jOOQ's own batch API took about twice as long.
 */
public final class JooqImportRepository implements ImportRepository {

    private static final int BATCH_ROWS = 1_000;
    /**
     * SQLite's page cache while importing, in KiB: new numbers land all over the E.164 index, and
     * with the default 2 MB its pages go back and forth to disk (a million rows took 15-30% longer).
     */
    private static final int IMPORT_CACHE_KIB = 64 * 1024;

    @Override
    public LongHashSet doNotCall(Tx tx) {
        var dsl = JooqTx.dsl(tx);
        var numbers = new LongHashSet();
        dsl.select(DO_NOT_CALL.E164).from(DO_NOT_CALL).fetch(DO_NOT_CALL.E164)
                .forEach(e164 -> numbers.add(Long.parseLong(e164, 1, e164.length(), 10)));
        return numbers;
    }

    @Override
    public LongHashSet numbersInBase(Tx tx, PhoneNumbers phones) {
        var dsl = JooqTx.dsl(tx);
        var numbers = new LongHashSet();
        try (var rows = dsl.select(CONTACT_PHONES.E164, CONTACT_PHONES.NUMBER).from(CONTACT_PHONES)
                .fetchSize(BATCH_ROWS).fetchLazy()) {
            for (var row : rows) {
                String e164 = row.value1();
                if (e164 != null) {
                    numbers.add(Long.parseLong(e164, 1, e164.length(), 10));
                } else {
                    phones.read(row.value2()).forEach(phone -> numbers.add(phone.digits()));
                }
            }
        }
        return numbers;
    }

    @Override
    public ImportWriter start(Tx tx, String fileName, Instant startedAt, long callerId) {
        var dsl = JooqTx.dsl(tx);
        int importId = dsl.insertInto(IMPORTS)
                .set(IMPORTS.FILE_NAME, fit(IMPORTS.FILE_NAME, fileName))
                .set(IMPORTS.STARTED_AT, startedAt.toEpochMilli())
                .set(IMPORTS.CALLER_ID, (int) callerId)
                .returningResult(IMPORTS.ID).fetchSingle().value1();
        return new Writer(tx, importId, ids(dsl, CONTACTS), ids(dsl, CONTACT_PHONES), startedAt.toEpochMilli());
    }

    /**
     * The ids of a table's new rows, handed out here so a contact and its phones go into one batch.
     * SQLite: on from the highest (the import's record holds the write lock, so they stay free until
     * the commit). PostgreSQL: from the table's own counter, a block at a time, as other PCs write too.
     */
    private static java.util.function.IntSupplier ids(DSLContext dsl, org.jooq.Table<?> table) {
        Field<Integer> id = table.field("id", Integer.class);
        if (!JooqTx.onServer(dsl)) {
            int[] last = {dsl.fetchValue(DSL.select(DSL.coalesce(DSL.max(id), 0)).from(table))};
            return () -> ++last[0];
        }
        var block = new java.util.ArrayDeque<Integer>();
        return () -> {
            if (block.isEmpty()) {
                block.addAll(dsl.resultQuery("SELECT nextval(pg_get_serial_sequence({0}, 'id'))::integer"
                        + " FROM generate_series(1, {1})", DSL.inline(table.getName()), DSL.inline(ID_BLOCK))
                        .fetch(0, Integer.class));
            }
            return block.poll();
        };
    }

    /** Ids taken from a server's counter at once: one statement per this many rows. */
    private static final int ID_BLOCK = 1_000;

    /** SQLite's page cache, which a big import is given more of for its duration; none on a server. */
    private static int cacheSize(DSLContext dsl) {
        return JooqTx.onServer(dsl) ? 0 : ((Number) dsl.fetchValue("pragma cache_size")).intValue();
    }

    /** A pragma takes no bound values; the size is always a number of ours. */
    private static void cacheSize(DSLContext dsl, int size) {
        if (!JooqTx.onServer(dsl)) {
            dsl.execute("pragma cache_size = " + size);
        }
    }

    /** Cuts a text to its column's declared length, so the rows stay valid on a database that enforces it. */
    private static String fit(Field<String> column, String text) {
        int length = column.getDataType().length();
        return text == null || length == 0 || text.length() <= length ? text : text.substring(0, length);
    }

    /**
     * Hands out the ids itself, so that a contact and its phones go into the same batch. Lives in the
     * transaction that started it.
     */
    private static final class Writer implements ImportWriter {

        private final Tx tx;
        private final int importId;
        private final java.util.function.IntSupplier contactIds;
        private final java.util.function.IntSupplier phoneIds;
        private int firstContact;
        private final int cacheSize;
        private final long createdAt;
        private final Connection connection;
        private final PreparedStatement contacts;
        private final PreparedStatement phones;
        private final PreparedStatement fields;
        private int lastContact;
        private int batched;
        /** The zones of the contacts written, for the dispenser's list of zones in use. */
        private final java.util.Set<String> zones = new java.util.HashSet<>();

        Writer(Tx tx, int importId, java.util.function.IntSupplier contactIds, java.util.function.IntSupplier phoneIds,
               long createdAt) {
            this.tx = tx;
            this.importId = importId;
            this.contactIds = contactIds;
            this.phoneIds = phoneIds;
            this.createdAt = createdAt;
            var dsl = JooqTx.dsl(tx);
            cacheSize = cacheSize(dsl);
            connection = dsl.configuration().connectionProvider().acquire();
            cacheSize(dsl, -IMPORT_CACHE_KIB);
            try {
                contacts = prepare(CONTACTS, CONTACTS.ID, CONTACTS.COMPANY, CONTACTS.PERSON, CONTACTS.CITY,
                        CONTACTS.REGION, CONTACTS.TIME_ZONE, CONTACTS.SIZE, CONTACTS.CATEGORY, CONTACTS.SOURCE,
                        CONTACTS.TAX_ID, CONTACTS.EMAIL, CONTACTS.WEBSITE, CONTACTS.IMPORT_ID, CONTACTS.CREATED_AT);
                phones = prepare(CONTACT_PHONES, CONTACT_PHONES.ID, CONTACT_PHONES.CONTACT_ID,
                        CONTACT_PHONES.POSITION, CONTACT_PHONES.NUMBER, CONTACT_PHONES.E164,
                        CONTACT_PHONES.EXTENSION, CONTACT_PHONES.TIME_ZONE);
                fields = prepare(CONTACT_FIELDS, CONTACT_FIELDS.CONTACT_ID, CONTACT_FIELDS.POSITION,
                        CONTACT_FIELDS.NAME, CONTACT_FIELDS.VALUE);
            } catch (SQLException e) {
                close();
                throw failed(e);
            }
        }

        /** Binds in the order of the columns in the constructor. */
        @Override
        public void add(ImportedContact c) {
            try {
                int id = contactIds.getAsInt();
                if (firstContact == 0) {
                    firstContact = id;
                }
                lastContact = id;
                contacts.setInt(1, id);
                text(contacts, 2, CONTACTS.COMPANY, c.company());
                text(contacts, 3, CONTACTS.PERSON, c.person());
                text(contacts, 4, CONTACTS.CITY, c.city());
                text(contacts, 5, CONTACTS.REGION, c.region());
                var zone = c.timeZone();
                text(contacts, 6, CONTACTS.TIME_ZONE, zone);
                if (zone != null) {
                    zones.add(zone);
                }
                text(contacts, 7, CONTACTS.SIZE, c.size().name());
                text(contacts, 8, CONTACTS.CATEGORY, c.category());
                text(contacts, 9, CONTACTS.SOURCE, c.source());
                text(contacts, 10, CONTACTS.TAX_ID, c.taxId());
                text(contacts, 11, CONTACTS.EMAIL, c.email());
                text(contacts, 12, CONTACTS.WEBSITE, c.website());
                contacts.setInt(13, importId);
                contacts.setLong(14, createdAt);
                contacts.addBatch();
                int position = 0;
                for (var phone : c.phones()) {
                    phones.setInt(1, phoneIds.getAsInt());
                    phones.setInt(2, id);
                    phones.setInt(3, position++);
                    text(phones, 4, CONTACT_PHONES.NUMBER, phone.written());
                    text(phones, 5, CONTACT_PHONES.E164, phone.e164());
                    text(phones, 6, CONTACT_PHONES.EXTENSION, phone.extension());
                    text(phones, 7, CONTACT_PHONES.TIME_ZONE, phone.timeZone());
                    phones.addBatch();
                }
                position = 0;
                for (var extra : c.extras()) {
                    fields.setInt(1, id);
                    fields.setInt(2, position++);
                    text(fields, 3, CONTACT_FIELDS.NAME, extra.name());
                    text(fields, 4, CONTACT_FIELDS.VALUE, extra.value());
                    fields.addBatch();
                }
                if (++batched == BATCH_ROWS) {
                    flush();
                }
            } catch (SQLException e) {
                throw failed(e);
            }
        }

        @Override
        public long finish(ImportSummary summary, Long queueId) {
            var dsl = JooqTx.dsl(tx);
            try {
                flush();
            } catch (SQLException e) {
                throw failed(e);
            }
            TimeZonesInUse.add(dsl, zones);
            dsl.update(IMPORTS)
                    .set(IMPORTS.ROWS_READ, summary.rowsRead())
                    .set(IMPORTS.IMPORTED, summary.toImport())
                    .set(IMPORTS.DUPLICATES_IN_FILE, summary.duplicatesInFile())
                    .set(IMPORTS.DUPLICATES_IN_BASE, summary.duplicatesInBase())
                    .set(IMPORTS.REJECTED, summary.rejected())
                    .where(IMPORTS.ID.eq(importId))
                    .execute();
            if (queueId != null) {
                // The import's contacts have the ids handed out here: a range of the primary key (on
                // a server, other PCs' new contacts may fall between them: the import's own are marked).
                dsl.insertInto(QUEUE_MEMBERS, QUEUE_MEMBERS.QUEUE_ID, QUEUE_MEMBERS.CONTACT_ID)
                        .select(DSL.select(DSL.val(queueId.intValue()), CONTACTS.ID).from(CONTACTS)
                                .where(CONTACTS.ID.between(firstContact, lastContact))
                                .and(CONTACTS.IMPORT_ID.eq(importId)))
                        .execute();
            }
            return importId;
        }

        @Override
        public void close() {
            for (var statement : new PreparedStatement[] {contacts, phones, fields}) {
                try {
                    if (statement != null) {
                        statement.close();
                    }
                } catch (SQLException e) {
                    // The transaction decides what is kept; a statement that will not close changes nothing.
                }
            }
            var dsl = JooqTx.dsl(tx);
            cacheSize(dsl, cacheSize);
            dsl.configuration().connectionProvider().release(connection);
        }

        /** Contacts first: the phones and fields refer to them. */
        private void flush() throws SQLException {
            contacts.executeBatch();
            phones.executeBatch();
            fields.executeBatch();
            batched = 0;
        }

        private PreparedStatement prepare(Table<?> table, Field<?>... columns) throws SQLException {
            var dsl = JooqTx.dsl(tx);
            List<Object> values = Collections.nCopies(columns.length, null);
            return connection.prepareStatement(dsl.render(dsl.insertInto(table).columns(columns).values(values)));
        }

        private static void text(PreparedStatement statement, int index, Field<String> column, String value)
                throws SQLException {
            statement.setString(index, fit(column, value));
        }

        private static DataAccessException failed(SQLException e) {
            return new DataAccessException("Cannot store the imported contacts: " + e.getMessage(), e);
        }
    }
}
