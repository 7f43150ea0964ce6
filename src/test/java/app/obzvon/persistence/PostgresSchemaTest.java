package app.obzvon.persistence;

import app.obzvon.persistence.jooq.DefaultSchema;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static app.obzvon.persistence.jooq.Tables.AUDIT;
import static app.obzvon.persistence.jooq.Tables.CALLERS;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL's schema ({@code db/postgresql}) is SQLite's ({@code db/migration}) as the jOOQ classes know it:
 * the same tables and columns with types that bind to the same Java types, the same nullability,
 * defaults, keys, foreign keys, indexes (partial ones with the same conditions) and first rows; the
 * audit log append-only. SQLite's side is a base migrated here as the app migrates one.
 */
@PostgresTest
class PostgresSchemaTest {

    /** A partial index's condition, in the CREATE INDEX that SQLite keeps. */
    private static final Pattern PARTIAL = Pattern.compile("(?is).*\\sWHERE\\s(.*)");

    @TempDir
    static Path folder;

    private static Connection sqlite;
    private static Connection postgres;

    @BeforeAll
    static void migrateBoth(PostgresDatabase database) throws Exception {
        var file = folder.resolve("obzvon.db");
        var source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        sqlite = source.getConnection();
        Migrations.bringUpToDate(file, sqlite, source);

        Migrations.bringPostgresUpToDate(database.dataSource());
        postgres = database.connect();
    }

    @AfterAll
    static void close() throws SQLException {
        if (postgres != null) {
            postgres.close();
        }
        if (sqlite != null) {
            sqlite.close();
        }
    }

    @Test
    void anEmptyDatabaseIsMigratedToTheLatestVersionByItsOneFileAndAgainIsNothing(PostgresDatabase database)
            throws SQLException {
        assertEquals(Migrations.LATEST, Migrations.postgresAppliedVersion(postgres));
        var flyway = Migrations.postgresFlyway(database.dataSource());
        var applied = flyway.info().applied();
        assertEquals(Migrations.LATEST - 9, applied.length,
                "PostgreSQL starts at version 10 in one file, then one migration a version (its guard is 11)");
        assertEquals("10", applied[0].getVersion().getVersion());
        assertEquals(String.valueOf(Migrations.LATEST), applied[applied.length - 1].getVersion().getVersion());

        assertEquals(0, flyway.migrate().migrationsExecuted, "a second migrate does nothing");
        flyway.validate();
        Migrations.bringPostgresUpToDate(database.dataSource());
        assertEquals(Migrations.LATEST - 9, flyway.info().applied().length, "up to date: nothing more applied");
    }

    @Test
    void aNewDatabaseHasNoVersionAndANewerOneIsRefused(@PostgresTest.Fresh PostgresDatabase database) throws SQLException {
        try (var c = database.connect()) {
            assertEquals(-1, Migrations.postgresAppliedVersion(c));
        }
        Migrations.bringPostgresUpToDate(database.dataSource());
        try (var c = database.connect(); var s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                    + " installed_by, execution_time, success) VALUES (99, '" + (Migrations.LATEST + 1)
                    + "', 'from a newer Obzvon', 'SQL', 'V99__x.sql', 0, 'test', 0, TRUE)");
        }
        var refused = assertThrows(IllegalStateException.class,
                () -> Migrations.bringPostgresUpToDate(database.dataSource()));
        assertTrue(refused.getMessage().contains("newer Obzvon"), refused.getMessage());
    }

    /** Every table and column of the generated classes, with a PostgreSQL type that binds to the same Java type. */
    @Test
    void everyGeneratedColumnExistsWithItsTypeAndNullability() throws SQLException {
        var columns = new HashMap<String, Map<String, String>>();
        try (var s = postgres.prepareStatement("SELECT table_name, column_name, data_type, character_maximum_length,"
                + " is_nullable FROM information_schema.columns WHERE table_schema = current_schema()");
             var rows = s.executeQuery()) {
            while (rows.next()) {
                int length = rows.getInt(4);
                String size = rows.wasNull() ? "" : "(" + length + ")";
                columns.computeIfAbsent(rows.getString(1), t -> new TreeMap<>()).put(rows.getString(2),
                        rows.getString(3) + size
                                + ("YES".equals(rows.getString(5)) ? " NULL" : " NOT NULL"));
            }
        }
        var generated = new TreeSet<String>();
        for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            generated.add(table.getName());
            var expected = new TreeMap<String, String>();
            var key = table.getPrimaryKey() == null ? List.<Field<?>>of() : List.copyOf(table.getPrimaryKey().getFields());
            for (var field : table.fields()) {
                // SQLite lets a primary key column be NULL, so jOOQ calls it nullable; PostgreSQL does not.
                boolean nullable = field.getDataType().nullable() && !key.contains(field);
                expected.put(field.getName(), postgresType(field) + (nullable ? " NULL" : " NOT NULL"));
            }
            assertEquals(expected, columns.get(table.getName()), table.getName());
        }
        var tables = new TreeSet<>(columns.keySet());
        tables.remove("flyway_schema_history");
        assertEquals(generated, tables, "the same tables");

        // And what jOOQ reads back from PostgreSQL is of the generated Java types.
        var meta = DSL.using(postgres, SQLDialect.POSTGRES).meta().getSchemas().stream()
                .filter(s -> s.getName().equals(currentSchema())).findFirst().orElseThrow();
        for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            var read = meta.getTable(table.getName());
            for (var field : table.fields()) {
                assertEquals(field.getType(), read.field(field.getName()).getType(), table.getName() + "." + field.getName());
            }
        }
    }

    /** What a generated field's SQLite type is on PostgreSQL (db/postgresql/V10__obzvon.sql's header). */
    private static String postgresType(Field<?> field) {
        var type = field.getDataType();
        if (type.isLob()) {
            // SQLite's TEXT, jOOQ's CLOB (which tells its JDBC type as VARCHAR).
            return "text";
        }
        return switch (type.getSQLType()) {
            case Types.INTEGER -> "integer";
            case Types.BIGINT -> "bigint";
            case Types.BOOLEAN -> "boolean";
            case Types.VARCHAR -> "character varying(" + type.length() + ")";
            default -> throw new AssertionError("a type the PostgreSQL schema has no rule for: " + field + " " + type);
        };
    }

    @Test
    void theSameDefaults() throws SQLException {
        var onSqlite = new TreeMap<String, String>();
        for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            try (var s = sqlite.createStatement();
                 var rows = s.executeQuery("PRAGMA table_info(" + table.getName() + ")")) {
                while (rows.next()) {
                    if (rows.getString("dflt_value") != null) {
                        onSqlite.put(table.getName() + "." + rows.getString("name"), rows.getString("dflt_value"));
                    }
                }
            }
        }
        var onPostgres = new TreeMap<String, String>();
        try (var s = postgres.createStatement();
             var rows = s.executeQuery("SELECT table_name, column_name, column_default FROM information_schema.columns"
                     + " WHERE table_schema = current_schema() AND column_default IS NOT NULL"
                     + " AND table_name <> 'flyway_schema_history'")) {
            while (rows.next()) {
                // 'NEW'::character varying is 'NEW'.
                onPostgres.put(rows.getString(1) + "." + rows.getString(2), rows.getString(3).replaceFirst("::[a-z ]+$", ""));
            }
        }
        assertEquals(lowerCase(onSqlite), lowerCase(onPostgres));
    }

    @Test
    void theSamePrimaryAndUniqueKeys() throws SQLException {
        var onSqlite = new TreeSet<String>();
        for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            var key = new TreeMap<Integer, String>();
            try (var s = sqlite.createStatement();
                 var rows = s.executeQuery("PRAGMA table_info(" + table.getName() + ")")) {
                while (rows.next()) {
                    if (rows.getInt("pk") > 0) {
                        key.put(rows.getInt("pk"), rows.getString("name"));
                    }
                }
            }
            onSqlite.add("primary key " + table.getName() + "(" + String.join(",", key.values()) + ")");
            for (var index : sqliteIndexes(table.getName())) {
                if (index.origin().equals("u")) {
                    onSqlite.add("unique " + table.getName() + "(" + index.columns() + ")");
                }
            }
        }
        var onPostgres = new TreeSet<String>();
        for (var index : postgresIndexes().values()) {
            if (index.primary()) {
                onPostgres.add("primary key " + index.table() + "(" + index.columns() + ")");
            } else if (index.constraint()) {
                onPostgres.add("unique " + index.table() + "(" + index.columns() + ")");
            }
        }
        assertEquals(onSqlite, onPostgres);
    }

    @Test
    void theSameForeignKeysWithTheirOnDelete() throws SQLException {
        var onSqlite = new TreeSet<String>();
        for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            try (var s = sqlite.createStatement();
                 var rows = s.executeQuery("PRAGMA foreign_key_list(" + table.getName() + ")")) {
                while (rows.next()) {
                    String to = rows.getString("to") == null ? "id" : rows.getString("to");
                    onSqlite.add(table.getName() + "." + rows.getString("from") + " -> " + rows.getString("table") + "."
                            + to + " on delete " + rows.getString("on_delete"));
                }
            }
        }
        var onPostgres = new TreeSet<String>();
        try (var s = postgres.createStatement();
             var rows = s.executeQuery("SELECT k.table_name, k.column_name, u.table_name, u.column_name, r.delete_rule"
                     + " FROM information_schema.referential_constraints r"
                     + " JOIN information_schema.key_column_usage k"
                     + " ON k.constraint_schema = r.constraint_schema AND k.constraint_name = r.constraint_name"
                     + " JOIN information_schema.constraint_column_usage u"
                     + " ON u.constraint_schema = r.constraint_schema AND u.constraint_name = r.constraint_name"
                     + " WHERE r.constraint_schema = current_schema()")) {
            while (rows.next()) {
                onPostgres.add(rows.getString(1) + "." + rows.getString(2) + " -> " + rows.getString(3) + "."
                        + rows.getString(4) + " on delete " + rows.getString(5));
            }
        }
        assertFalse(onSqlite.isEmpty());
        assertEquals(onSqlite, onPostgres);
    }

    /** Every index SQLite's migrations name, by the same name, on the same columns, partial on the same condition. */
    @Test
    void theSameNamedIndexes() throws SQLException {
        var named = new ArrayList<String[]>();
        try (var s = sqlite.createStatement();
             var rows = s.executeQuery("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index'"
                     + " AND sql IS NOT NULL AND tbl_name <> 'flyway_schema_history'")) {
            while (rows.next()) {
                named.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        var onSqlite = new TreeMap<String, String>();
        for (var n : named) {
            var index = sqliteIndexes(n[1]).stream().filter(i -> i.name().equals(n[0])).findFirst().orElseThrow();
            var partial = PARTIAL.matcher(n[2]);
            onSqlite.put(n[0], describe(n[1], index.columns(), index.unique(), partial.matches() ? partial.group(1) : null));
        }
        var onPostgres = new TreeMap<String, String>();
        postgresIndexes().forEach((name, i) -> {
            if (!i.constraint()) {
                onPostgres.put(name, describe(i.table(), i.columns(), i.unique(), i.predicate()));
            }
        });
        assertTrue(onSqlite.containsKey("contacts_never_called"), onSqlite.keySet().toString());
        assertEquals(onSqlite, onPostgres);
    }

    private static String describe(String table, String columns, boolean unique, String predicate) {
        return (unique ? "unique " : "") + table + "(" + columns + ")"
                + (predicate == null ? "" : " where " + predicate.toLowerCase(Locale.ROOT)
                        .replaceAll("[()\"]", "").replaceAll("\\s+", " ").strip());
    }

    /** What the migrations put in a new base: the same rows, compared through the generated classes. */
    @Test
    void theSameFirstRows() {
        var fromSqlite = DSL.using(sqlite, SQLDialect.SQLITE);
        var fromPostgres = DSL.using(postgres, SQLDialect.POSTGRES);
        int rows = 0;
        for (var table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            var expected = allRows(fromSqlite, table);
            assertEquals(expected, allRows(fromPostgres, table), table.getName());
            rows += expected.size();
        }
        assertEquals(9, rows, "the first person and the eight outcomes");
    }

    private static List<List<Object>> allRows(DSLContext dsl, Table<?> table) {
        return dsl.selectFrom(table).orderBy(table.fields()).fetch().stream()
                .map(r -> r.intoList()).collect(Collectors.toList());
    }

    @Test
    void theAuditLogRefusesChangesAndDeletions(@PostgresTest.Fresh PostgresDatabase database) throws SQLException {
        Migrations.bringPostgresUpToDate(database.dataSource());
        try (var c = database.connect()) {
            var dsl = asTheAppDoes(c);
            dsl.insertInto(AUDIT).set(AUDIT.AT, 1L).set(AUDIT.CALLER_ID, 1).set(AUDIT.ACTION, "TEST")
                    .set(AUDIT.SUBJECT, "a row").set(AUDIT.COUNT, 1).execute();
            for (var change : List.<Runnable>of(
                    () -> dsl.update(AUDIT).set(AUDIT.SUBJECT, "changed").execute(),
                    () -> dsl.deleteFrom(AUDIT).execute(),
                    () -> dsl.truncate(AUDIT).execute())) {
                var refused = assertThrows(DataAccessException.class, change::run);
                assertTrue(refused.getMessage().contains("the audit log is append-only"), refused.getMessage());
            }
            assertEquals("a row", dsl.select(AUDIT.SUBJECT).from(AUDIT).fetchOne(AUDIT.SUBJECT));
        }
    }

    /** jOOQ on PostgreSQL, the app's settings, the generated classes: a contact and its phone go in and come back. */
    @Test
    void aContactWithAPhoneGoesInAndComesBackThroughTheGeneratedClasses(@PostgresTest.Fresh PostgresDatabase database)
            throws SQLException {
        Migrations.bringPostgresUpToDate(database.dataSource());
        try (var c = database.connect()) {
            var dsl = asTheAppDoes(c);
            int caller = dsl.insertInto(CALLERS).set(CALLERS.NAME, "Борис").set(CALLERS.CREATED_AT, 5L)
                    .returning(CALLERS.ID).fetchOne().getId();
            assertEquals(2, caller, "a new row's id comes after the seeded first person's");
            int id = dsl.insertInto(CONTACTS).set(CONTACTS.COMPANY, "ООО «Ромашка»").set(CONTACTS.CITY, "Новосибирск")
                    .set(CONTACTS.TIME_ZONE, "Asia/Novosibirsk").set(CONTACTS.DO_NOT_CALL, false)
                    .set(CONTACTS.OWNER_ID, caller).set(CONTACTS.NEXT_CALL_AT, 1_795_000_000_000L)
                    .set(CONTACTS.NEXT_CALL_KIND, "CALLBACK").set(CONTACTS.CREATED_AT, 1_790_000_000_000L)
                    .returning(CONTACTS.ID).fetchOne().getId();
            dsl.insertInto(CONTACT_PHONES).set(CONTACT_PHONES.CONTACT_ID, id).set(CONTACT_PHONES.POSITION, 1)
                    .set(CONTACT_PHONES.NUMBER, "8 (383) 123-45-67").set(CONTACT_PHONES.E164, "+73831234567")
                    .set(CONTACT_PHONES.TIME_ZONE, "Asia/Novosibirsk").execute();

            var contact = dsl.selectFrom(CONTACTS).where(CONTACTS.ID.eq(id)).fetchOne();
            assertEquals("ООО «Ромашка»", contact.getCompany());
            assertEquals("NEW", contact.getStatus(), "the defaults");
            assertEquals("UNKNOWN", contact.getSize());
            assertEquals(0, contact.getAttempts());
            assertEquals(0, contact.getVersion());
            assertEquals(Boolean.FALSE, contact.getDoNotCall());
            assertEquals(1_795_000_000_000L, contact.getNextCallAt());
            assertEquals(caller, contact.getOwnerId());

            var phone = dsl.select(CONTACT_PHONES.NUMBER, CONTACT_PHONES.E164, CONTACTS.COMPANY)
                    .from(CONTACT_PHONES).join(CONTACTS).on(CONTACTS.ID.eq(CONTACT_PHONES.CONTACT_ID))
                    .where(CONTACT_PHONES.E164.eq("+73831234567")).and(CONTACTS.DO_NOT_CALL.isFalse())
                    .fetchOne();
            assertEquals("8 (383) 123-45-67", phone.value1());
            assertEquals("ООО «Ромашка»", phone.value3());
        }
    }

    /** Text sorts by code point on both (SQLite's BINARY, PostgreSQL's "C"), whatever the server's locale. */
    @Test
    void namesSortAlikeOnBoth(@PostgresTest.Fresh PostgresDatabase database) throws SQLException {
        var names = List.of("ромашка", "Ромашка", "Ёлка", "ёлка", "Zeta", "alpha", "Яблоко", "10 лет", "Альфа");
        var file = folder.resolve("sorting.db");
        var source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        List<String> sqliteOrder;
        try (var c = source.getConnection()) {
            Migrations.bringUpToDate(file, c, source);
            sqliteOrder = sorted(DSL.using(c, SQLDialect.SQLITE), names);
        }
        Migrations.bringPostgresUpToDate(database.dataSource());
        try (var c = database.connect()) {
            assertEquals(sqliteOrder, sorted(asTheAppDoes(c), names));
        }
    }

    private static List<String> sorted(DSLContext dsl, List<String> names) {
        for (var name : names) {
            dsl.insertInto(CONTACTS).set(CONTACTS.COMPANY, name).set(CONTACTS.CREATED_AT, 0L).execute();
        }
        return dsl.select(CONTACTS.COMPANY).from(CONTACTS).orderBy(CONTACTS.COMPANY).fetch(CONTACTS.COMPANY);
    }

    /** The dialect and rendering settings of {@code Database}, on PostgreSQL. */
    private static DSLContext asTheAppDoes(Connection c) {
        return DSL.using(c, SQLDialect.POSTGRES, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderCatalog(false).withRenderSchema(false));
    }

    private record SqliteIndex(String name, String origin, boolean unique, String columns) {
    }

    private static List<SqliteIndex> sqliteIndexes(String table) throws SQLException {
        var indexes = new ArrayList<SqliteIndex>();
        try (var s = sqlite.createStatement(); var rows = s.executeQuery("PRAGMA index_list(" + table + ")")) {
            while (rows.next()) {
                indexes.add(new SqliteIndex(rows.getString("name"), rows.getString("origin"), rows.getInt("unique") == 1, null));
            }
        }
        var withColumns = new ArrayList<SqliteIndex>();
        for (var index : indexes) {
            var columns = new ArrayList<String>();
            try (var s = sqlite.createStatement();
                 var rows = s.executeQuery("PRAGMA index_info(" + index.name() + ")")) {
                while (rows.next()) {
                    columns.add(rows.getString("name"));
                }
            }
            withColumns.add(new SqliteIndex(index.name(), index.origin(), index.unique(), String.join(",", columns)));
        }
        return withColumns;
    }

    private record PostgresIndex(String table, boolean unique, boolean primary, boolean constraint, String predicate,
                                 String columns) {
    }

    private static Map<String, PostgresIndex> postgresIndexes() throws SQLException {
        var indexes = new TreeMap<String, PostgresIndex>();
        try (var s = postgres.createStatement();
             var rows = s.executeQuery("SELECT i.relname, t.relname, x.indisunique, x.indisprimary,"
                     + " EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid),"
                     + " pg_get_expr(x.indpred, x.indrelid),"
                     + " (SELECT string_agg(pg_get_indexdef(x.indexrelid, n, true), ',' ORDER BY n)"
                     + "  FROM generate_series(1, x.indnatts) n)"
                     + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                     + " WHERE t.relnamespace = current_schema()::regnamespace AND t.relname <> 'flyway_schema_history'")) {
            while (rows.next()) {
                indexes.put(rows.getString(1), new PostgresIndex(rows.getString(2), rows.getBoolean(3), rows.getBoolean(4),
                        rows.getBoolean(5), rows.getString(6), rows.getString(7).replace("\"", "")));
            }
        }
        return indexes;
    }

    private static String currentSchema() {
        return DSL.using(postgres, SQLDialect.POSTGRES).fetchValue(DSL.field("current_schema()", String.class));
    }

    private static Map<String, String> lowerCase(Map<String, String> map) {
        var lower = new TreeMap<String, String>();
        map.forEach((k, v) -> lower.put(k, v.toLowerCase(Locale.ROOT)));
        return lower;
    }
}
