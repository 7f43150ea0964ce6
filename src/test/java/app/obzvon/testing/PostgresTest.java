package app.obzvon.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class that needs a PostgreSQL server ({@link PostgresServer}). A parameter of type
 * {@link PostgresDatabase} (of a test, a {@code @BeforeAll}/{@code @BeforeEach} method or the
 * constructor) is the class's own empty database, the same one for all its tests; annotated
 * {@link Fresh}, a new one for that test alone. Each is dropped when its class or test ends.
 * <p>
 * With no server, the class is skipped and the run says so once ("PostgreSQL tests skipped: …");
 * under {@code CI=true} it fails instead, so CI never passes without having run them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {

    /** On a {@link PostgresDatabase} parameter: a database of this test's own, not the class's. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Fresh {
    }
}
