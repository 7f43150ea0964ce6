package app.obzvon.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A fresh JVM the suite starts and watches: every line it prints comes with the moment it was read,
 * so a line can be timed from the process start. Closing it ends the process (only ever this one).
 */
final class ChildJvm implements AutoCloseable {

    /** A line of the child's output and when it arrived (System.nanoTime). */
    record Line(String text, long nanos) {
    }

    private static final Line END = new Line(null, 0);

    private final Process process;
    private final long startNanos;
    private final LinkedBlockingQueue<Line> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildJvm(Process process, long startNanos, Consumer<String> echo) {
        this.process = process;
        this.startNanos = startNanos;
        var reader = new Thread(() -> {
            try (var in = process.inputReader()) {
                for (String text = in.readLine(); text != null; text = in.readLine()) {
                    long now = System.nanoTime();
                    echo.accept(text);
                    lines.add(new Line(text, now));
                }
            } catch (IOException e) {
                // The process ended or was ended; END follows.
            }
            lines.add(END);
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The app's JVM options, as its launcher passes them: installer/jvm.options and the class-data
     * sharing archive the build dumped beside the jar. One place, so every figure that runs the app
     * runs it so.
     */
    static List<String> appJvmOptions(BenchConfig config) {
        return options(config, config.jvmOptions());
    }

    /** The command line's JVM options, as the README runs it (installer/cli.options), and the same archive. */
    static List<String> cliJvmOptions(BenchConfig config) {
        return options(config, config.jvmOptions().resolveSibling("cli.options"));
    }

    /** An options file, its relative archive path made absolute: the suite does not run in the project folder. */
    private static List<String> options(BenchConfig config, Path file) {
        var archive = config.jar().resolveSibling("obzvon.jsa");
        return List.of("@" + file, "-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classpath(Path... entries) {
        return String.join(File.pathSeparator, Arrays.stream(entries).map(Path::toString).toList());
    }

    /** Starts {@code command} with stderr folded into stdout; {@code echo} sees every line as it comes. */
    static ChildJvm start(List<String> command, Map<String, String> environment, Consumer<String> echo)
            throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        return new ChildJvm(builder.start(), started, echo);
    }

    /** The first line from now on that matches, or null when the process ends or the time runs out first. */
    Line await(Predicate<String> match, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            var line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null || line == END) {
                if (line == END) {
                    lines.add(END);
                }
                return null;
            }
            seen.add(line.text());
            if (match.test(line.text())) {
                return line;
            }
        }
    }

    /** Milliseconds from the process start to the line. */
    double millisTo(Line line) {
        return (line.nanos() - startNanos) / 1e6;
    }

    double millisSinceStart() {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** The process's resident memory now, from /proc (Linux), in MB; NaN elsewhere. */
    double residentMegabytes() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        for (var line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Waits for the process to exit and its output to be read; the exit code, or -1 on timeout. */
    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return -1;
        }
        await(line -> false, Duration.ofSeconds(5));
        return process.exitValue();
    }

    /** Everything read so far by {@link #await}, for a failure's message. */
    String output() {
        return String.join("\n", seen);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
