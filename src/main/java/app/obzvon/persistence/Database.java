package app.obzvon.persistence;

import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The base, on either engine: a local SQLite file ({@link FileDatabase}, the default: one PC) or a
 * team's PostgreSQL server ({@link ServerDatabase}, a pool of connections). What both share lives
 * here: jOOQ set up for the engine's dialect, every statement counted and shown to watchers, the
 * caller's round's prepared statements, and the rule that the work of a transaction gets a
 * {@link JooqTx} on the transaction's own connection and hands it to every repository. Transactions
 * do not nest: work inside one passes its Tx on.
 */
public abstract class Database implements Transactions, AutoCloseable {

    private final SQLDialect dialect;
    private final DSLContext dsl;
    private final AtomicLong statements = new AtomicLong();
    private final List<Consumer<Statement>> watchers = new CopyOnWriteArrayList<>();
    private final PreparedQueries queries;
    /** Whether this thread runs work of ours now: transactions do not nest, the work inside one has its Tx. */
    private final ThreadLocal<Boolean> working = new ThreadLocal<>();

    /**
     * @param connections where jOOQ's statements get their connection outside a transaction
     * @param keepStatements whether the round's statements are prepared once per connection (SQLite's
     *                       one connection) or each time (a pool's, whose driver keeps them itself)
     * @param translate      a failure in the person's words, where the engine knows them
     */
    Database(SQLDialect dialect, ConnectionProvider connections, boolean keepStatements,
             UnaryOperator<RuntimeException> translate) {
        this.dialect = dialect;
        var configuration = new DefaultConfiguration()
                .set(dialect)
                .set(connections)
                // Rendering is most of what a statement costs here: no logging, no quoting decisions per name.
                .set(new Settings().withExecuteLogging(false).withRenderQuotedNames(RenderQuotedNames.NEVER)
                        .withRenderCatalog(false).withRenderSchema(false))
                .set(new DefaultExecuteListenerProvider(new ExecuteListener() {
                    @Override
                    public void executeStart(ExecuteContext ctx) {
                        // Values may be null: no List.copyOf.
                        ran(ctx.sql(), ctx.query() == null ? List.of()
                                : Collections.unmodifiableList(new ArrayList<>(ctx.query().getBindValues())));
                    }

                    @Override
                    public void exception(ExecuteContext ctx) {
                        // The error path only: a read outside a transaction says what is wrong, not its SQL.
                        if (ctx.exception() != null) {
                            ctx.exception(translate.apply(ctx.exception()));
                        }
                    }
                }));
        this.dsl = DSL.using(configuration);
        this.queries = new PreparedQueries(this::ran, keepStatements);
    }

    /** Opens the base file, creating it if it is not there. */
    public static Database open(Path file) {
        return open(file, OpenMode.CREATE);
    }

    /**
     * Opens the base file as the mode says; a file or folder we may not write opens read-only. A
     * fault a person can act on is a {@link DatabaseFault}; anything else a {@link DatabaseUnavailableException}.
     */
    public static Database open(Path file, OpenMode mode) {
        return FileDatabase.openFile(file, mode);
    }

    /**
     * Connects to a team's base on a PostgreSQL server as the person's own role, and brings its
     * schema up to date. A server that cannot be reached or refuses the sign-in is a {@link ServerFault}.
     */
    public static Database open(ServerAddress address, String password) {
        return ServerDatabase.connect(address, password);
    }

    /**
     * Statements outside any transaction, each committed on its own: for tests and tools. The
     * repositories take theirs from the {@link Tx} of the work that calls them.
     */
    public DSLContext dsl() {
        return dsl;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** Whether this is a team's server rather than a file on this PC. */
    public boolean onServer() {
        return dialect.family() == SQLDialect.POSTGRES;
    }

    /**
     * One cheap statement: the base answers, or this fails as any step would (a server away: a
     * {@link ServerFault}). The window asks it every few seconds while a server does not answer.
     */
    public void ping() {
        read(tx -> JooqTx.dsl(tx).selectOne().fetch());
    }
    /** Who this session is to the base itself: nobody on a file; on a server, its owner or a person's own login. */
    public abstract app.obzvon.team.Logins logins();

    /** Backups of this base: a file's copies; on a server, the server's administrator keeps them. */
    public abstract app.obzvon.backup.BaseCopies copies();

    @Override
    public <T> T inTransaction(Function<Tx, T> work) {
        return inTransaction(work, (tx, result) -> true);
    }

    /** The caller's round's statements. */
    PreparedQueries queries() {
        return queries;
    }

    /** How many statements have run: the background's sign that the base has been quiet. */
    long statementCount() {
        return statements.get();
    }

    /** Marks this thread as running work of ours; refused when it already does (transactions do not nest). */
    final void enter() {
        if (working.get() != null) {
            throw new IllegalStateException("Work of a transaction opened another one: pass its Tx on instead");
        }
        working.set(Boolean.TRUE);
    }

    final void leave() {
        working.remove();
    }

    /** The work with a Tx on the configuration's connection, refused once the work returned. */
    static <T> T run(Configuration configuration, Function<Tx, T> work) {
        var tx = new JooqTx(DSL.using(configuration));
        try {
            return work.apply(tx);
        } finally {
            tx.end();
        }
    }

    private void ran(String sql, List<Object> binds) {
        statements.incrementAndGet();
        for (var watcher : watchers) {
            watcher.accept(new Statement(sql, binds));
        }
    }

    /** A statement run on the base, as the engine got it: its text with {@code ?} and the values bound to them. */
    public record Statement(String sql, List<Object> binds) {
    }

    /**
     * Hands the watcher each statement run until the returned handle is closed: tests read the
     * plans and count what one action costs.
     */
    public AutoCloseable watch(Consumer<Statement> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    @Override
    public abstract void close();
}
