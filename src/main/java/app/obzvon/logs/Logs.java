package app.obzvon.logs;

import app.obzvon.common.OwnerOnly;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Where the log goes: {@code <the base's folder>/logs/obzvon.log}, a file a day, the last 14 kept.
 * Set up in code (no XML to parse while the window starts). Before {@link #toFolder} is called,
 * and in tests, warnings go to the console only ({@link ConsoleOnly}).
 */
public final class Logs {

    public static final String FILE_NAME = "obzvon.log";
    static final int DAYS_KEPT = 14;
    private static final String APPENDER = "file";
    private static final String PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

    private Logs() {
    }

    /** The log folder of a base: {@code logs} beside it. */
    public static Path folderOf(Path databaseFile) {
        var parent = databaseFile.toAbsolutePath().getParent();
        return parent.resolve("logs");
    }

    /**
     * Sends the log to the base's folder (again, for another base) and writes every uncaught
     * exception there with its stack trace, the FX thread's included (JavaFX hands an event
     * handler's exception to the thread's handler, which falls back to the default one).
     */
    public static synchronized void toFolder(Path databaseFile) {
        Thread.setDefaultUncaughtExceptionHandler(Logs::uncaught);
        Path folder;
        try {
            folder = OwnerOnly.folder(folderOf(databaseFile));
        } catch (RuntimeException e) {
            // No log file is no reason not to work: the console still has the warnings.
            LoggerFactory.getLogger(Logs.class).warn("No log file beside {}: {}", databaseFile, e.getMessage());
            return;
        }
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        close();
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        var appender = new OwnerOnlyFileAppender();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(folder.resolve(FILE_NAME).toString());
        appender.setEncoder(encoder);
        var policy = new TimeBasedRollingPolicy<ILoggingEvent>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(folder.resolve("obzvon.%d{yyyy-MM-dd}.log").toString());
        policy.setMaxHistory(DAYS_KEPT);
        policy.start();
        appender.setRollingPolicy(policy);
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.INFO);
    }

    /** Stops writing the log file (tests, whose folders go away). */
    public static synchronized void close() {
        var context = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var old = root.getAppender(APPENDER);
        if (old != null) {
            root.detachAppender(old);
            old.stop();
        }
    }

    private static void uncaught(Thread thread, Throwable error) {
        Logger log = LoggerFactory.getLogger(Logs.class);
        log.error("Uncaught exception on thread {}", thread.getName(), error);
    }
}
