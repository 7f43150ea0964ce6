package app.obzvon.logs;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Logback's start-up configuration (found through {@code META-INF/services}): INFO and above is
 * logged, the console (standard error) shows warnings only, as before, so the command line's one-line
 * summaries stay alone on standard output. {@code -Dobzvon.console.level=info} shows more (the
 * benchmark suite reads the command line's "signed in" line).
 */
public final class ConsoleOnly extends ContextAwareBase implements Configurator {

    /**
     * For what the person has been told already in their own words (the command line's one-line
     * error): the log file keeps it with its stack trace, the console does not repeat it.
     */
    public static final org.slf4j.Marker FILE_ONLY = org.slf4j.MarkerFactory.getMarker("FILE_ONLY");

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        var encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%-5level %logger{0} - %msg%n");
        encoder.start();
        var threshold = new ThresholdFilter();
        threshold.setLevel(System.getProperty("obzvon.console.level", "WARN"));
        threshold.start();
        var console = new ConsoleAppender<ILoggingEvent>();
        console.setContext(context);
        console.setName("console");
        console.setTarget("System.err");
        console.setEncoder(encoder);
        console.addFilter(threshold);
        var toldAlready = new ch.qos.logback.core.filter.Filter<ILoggingEvent>() {
            @Override
            public ch.qos.logback.core.spi.FilterReply decide(ILoggingEvent event) {
                var markers = event.getMarkerList();
                return markers != null && markers.contains(FILE_ONLY) ? ch.qos.logback.core.spi.FilterReply.DENY
                        : ch.qos.logback.core.spi.FilterReply.NEUTRAL;
            }
        };
        toldAlready.start();
        console.addFilter(toldAlready);
        console.start();
        var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(console);
        root.setLevel(Level.INFO);
        // jOOQ's banner and tips are no news in a log.
        context.getLogger("org.jooq").setLevel(Level.WARN);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
