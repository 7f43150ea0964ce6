package app.obzvon.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.util.concurrent.atomic.AtomicBoolean;

/** What {@link PostgresTest} does: skips (or under CI fails) without a server, and hands out databases. */
public final class PostgresExtension implements ExecutionCondition, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);
    /** The skip is said once per run, not once per class. */
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        var found = PostgresServer.find();
        if (found.server() != null) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + found.server().address());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new ExtensionConfigurationException("PostgreSQL tests cannot run and CI=true: " + found.missing());
        }
        String line = "PostgreSQL tests skipped: " + found.missing();
        if (TOLD.compareAndSet(false, true)) {
            System.out.println(line);
        }
        return ConditionEvaluationResult.disabled(line);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        var server = PostgresServer.find().server();
        boolean fresh = parameter.isAnnotated(PostgresTest.Fresh.class);
        var owner = fresh ? context : classContext(context);
        String key = fresh ? "fresh-" + parameter.getIndex() : "class";
        String what = owner.getRequiredTestClass().getSimpleName()
                + (fresh ? "_" + context.getTestMethod().map(m -> m.getName()).orElse("") : "");
        // An AutoCloseable in the store is closed when its context ends: the database is dropped then.
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(key, k -> server.createDatabase(what), PostgresDatabase.class);
    }

    /** The test class's context (the one a class-wide database lives in), from a test's or the class's own. */
    private static ExtensionContext classContext(ExtensionContext context) {
        var c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }
}
