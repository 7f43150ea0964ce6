package app.obzvon.persistence;

import app.obzvon.persistence.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Copies a whole base, table by table, from one engine to another (a file to the team's server, or
 * the server to a file): every table of the schema, in an order where each row's references are
 * there before it, as one transaction on the target. Then reads both sides again and compares each
 * table's rows and content checksum. Both schemas must be at the same version; the target must hold
 * no work yet (only what its migrations put there, which the source's rows replace).
 */
public final class BaseTransfer {

    /** Rows per batch: big enough to keep round trips to a server few, small enough for memory. */
    private static final int BATCH = 1_000;

    /** One table on both sides after the copy. */
    public record TableCheck(String table, long sourceRows, long targetRows, String sourceChecksum,
                             String targetChecksum) {

        public boolean same() {
            return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
        }
    }

    /** What was copied, table by table, checked on both sides. */
    public record Report(List<TableCheck> tables) {

        public boolean same() {
            return tables.stream().allMatch(TableCheck::same);
        }

        public long rows() {
            return tables.stream().mapToLong(TableCheck::targetRows).sum();
        }
    }

    /** The target already holds work: nothing is written over it. */
    public static final class TargetNotEmptyException extends RuntimeException {
        public TargetNotEmptyException(String what) {
            super("the target base is not empty (" + what + "): Obzvon copies a base only into a new, empty one");
        }
    }

    /** Tables that say whether a base holds work: anything here is someone's. */
    private static final List<Table<?>> WORK = List.of(app.obzvon.persistence.jooq.Tables.CONTACTS,
            app.obzvon.persistence.jooq.Tables.CALLS, app.obzvon.persistence.jooq.Tables.SCRIPTS,
            app.obzvon.persistence.jooq.Tables.AUDIT);

    private final DSLContext source;
    private final DSLContext target;
    private final Connection targetConnection;
    private final SQLDialect targetDialect;

    public BaseTransfer(Connection source, SQLDialect sourceDialect, Connection target, SQLDialect targetDialect) {
        this.source = using(source, sourceDialect);
        this.target = using(target, targetDialect);
        this.targetConnection = target;
        this.targetDialect = targetDialect;
    }

    private static DSLContext using(Connection connection, SQLDialect dialect) {
        return DSL.using(connection, dialect, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderSchema(false).withRenderCatalog(false).withExecuteLogging(false));
    }

    /** The schema's tables, each after the tables it refers to. */
    static List<Table<?>> inReferenceOrder() {
        var ordered = new LinkedHashSet<Table<?>>();
        var left = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        while (!left.isEmpty()) {
            boolean progressed = false;
            for (var it = left.iterator(); it.hasNext(); ) {
                var table = it.next();
                if (table.getReferences().stream().map(ForeignKey::getKey).map(k -> k.getTable())
                        .allMatch(referred -> referred.equals(table) || ordered.contains(referred))) {
                    ordered.add(table);
                    it.remove();
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("tables that refer to each other in a circle: " + left);
            }
        }
        return List.copyOf(ordered);
    }

    /** Refuses a target that holds work. */
    public void requireEmptyTarget() {
        for (var table : WORK) {
            if (target.fetchExists(table)) {
                throw new TargetNotEmptyException(table.getName() + " has rows");
            }
        }
        // A new base has one person, the first supervisor to be, with no PIN yet.
        var callers = app.obzvon.persistence.jooq.Tables.CALLERS;
        if (target.fetchExists(callers, callers.PIN_HASH.isNotNull())) {
            throw new TargetNotEmptyException("someone can sign in to it");
        }
    }

    /**
     * Copies every table and checks both sides; the target's transaction commits only when every
     * table matches. {@code progress} is told each table as it is done.
     */
    public Report copy(Consumer<String> progress) throws SQLException {
        requireEmptyTarget();
        var tables = inReferenceOrder();
        boolean auto = targetConnection.getAutoCommit();
        targetConnection.setAutoCommit(false);
        try {
            // What the target's migrations seeded (outcomes, settings, queues…) gives way to the source's rows.
            var reversed = new ArrayList<>(tables);
            Collections.reverse(reversed);
            for (var table : reversed) {
                target.deleteFrom(table).execute();
            }
            for (var table : tables) {
                copyTable(table);
                progress.accept(table.getName());
            }
            if (targetDialect.family() == SQLDialect.POSTGRES) {
                restartIdentities(tables);
            }
            var checks = new ArrayList<TableCheck>();
            for (var table : tables) {
                var from = Summary.of(source, table);
                var to = Summary.of(target, table);
                checks.add(new TableCheck(table.getName(), from.rows, to.rows, from.checksum, to.checksum));
            }
            var report = new Report(List.copyOf(checks));
            if (!report.same()) {
                targetConnection.rollback();
                return report;
            }
            targetConnection.commit();
            return report;
        } catch (SQLException | RuntimeException e) {
            targetConnection.rollback();
            throw e;
        } finally {
            targetConnection.setAutoCommit(auto);
        }
    }

    private void copyTable(Table<?> table) {
        var fields = table.fields();
        Object[] none = new Object[fields.length];
        var insert = target.insertInto(table).columns(fields).values(none);
        var batch = target.batch(insert);
        int pending = 0;
        try (var rows = source.select(fields).from(table).fetchSize(BATCH).fetchLazy()) {
            for (Record row : rows) {
                batch = batch.bind(row.intoArray());
                if (++pending == BATCH) {
                    batch.execute();
                    batch = target.batch(insert);
                    pending = 0;
                }
            }
        }
        if (pending > 0) {
            batch.execute();
        }
    }

    /** Identity columns go on from the highest id copied, so the next row added gets a new one. */
    private void restartIdentities(List<Table<?>> tables) {
        for (var table : tables) {
            var id = table.field("id");
            if (id == null) {
                continue;
            }
            target.resultQuery("SELECT setval(pg_get_serial_sequence({0}, 'id'), coalesce(max(id), 0) + 1, false) "
                            + "FROM {1} WHERE pg_get_serial_sequence({0}, 'id') IS NOT NULL",
                    DSL.inline(table.getName()), table).fetch();
        }
    }

    /** A table's rows and a checksum of its content that does not depend on the order rows come in. */
    record Summary(long rows, String checksum) {

        static Summary of(DSLContext ctx, Table<?> table) {
            long rows = 0;
            long sum = 0;
            var fields = table.fields();
            try (var cursor = ctx.select(fields).from(table).fetchSize(BATCH).fetchLazy()) {
                for (Record row : cursor) {
                    rows++;
                    sum += rowHash(row, fields);
                }
            }
            return new Summary(rows, Long.toHexString(sum));
        }

        private static long rowHash(Record row, Field<?>[] fields) {
            var text = new StringBuilder();
            for (int i = 0; i < fields.length; i++) {
                var value = row.get(i);
                // A unit separator between values and a marker for NULL: "a" + "bc" is not "ab" + "c".
                text.append(value == null ? "\u0000" : text(value)).append('\u001f');
            }
            var digest = sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8));
            long hash = 0;
            for (int i = 0; i < 8; i++) {
                hash = hash << 8 | (digest[i] & 0xff);
            }
            return hash;
        }

        /** The same value reads the same from either engine: numbers without trailing zeros, bytes as hex. */
        private static String text(Object value) {
            if (value instanceof java.math.BigDecimal decimal) {
                return decimal.stripTrailingZeros().toPlainString();
            }
            if (value instanceof byte[] bytes) {
                return java.util.HexFormat.of().formatHex(bytes);
            }
            return value.toString();
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Copies {@code from} into {@code to}: see {@link #copy(Consumer)}. */
    public static Report copy(TransferEnd from, TransferEnd to, Consumer<String> progress) throws SQLException {
        from.asSource();
        return new BaseTransfer(from.connection(), from.dialect(), to.connection(), to.dialect()).copy(progress);
    }

    /** The names of the tables copied, in their order: for the command's help and its tests. */
    static Set<String> tableNames() {
        var names = new LinkedHashSet<String>();
        inReferenceOrder().forEach(t -> names.add(t.getName()));
        return names;
    }
}
