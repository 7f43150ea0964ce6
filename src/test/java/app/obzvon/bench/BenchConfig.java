package app.obzvon.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The suite's settings, from system properties (the POM's bench profile passes them on):
 * the scale, the rounds, which figures to run, and where the jar, the work folder and the cache are.
 */
record BenchConfig(int contacts, int calls, int rounds, int warmup, int startupRounds, int importRounds,
                   Set<String> only, Set<String> queues, String display, Path basedir, Path jar, Path testClasses,
                   Path jvmOptions,
                   Path work, Path cache) {

    /** The groups of figures -Dbench.only can name. */
    static final List<String> GROUPS = List.of("outcomes", "open", "startup", "import", "handover", "dashboard");
    /** The queue kinds the caller-screen figures run on; -Dbench.queues can name fewer. */
    static final List<String> QUEUES = List.of("whole", "narrow", "members");

    static BenchConfig fromSystem() {
        Path basedir = Path.of(System.getProperty("bench.basedir", System.getProperty("user.dir"))).toAbsolutePath();
        var groups = names("bench.only", GROUPS);
        var queues = names("bench.queues", QUEUES);
        String cacheVariable = System.getenv("OBZVON_BENCH_CACHE");
        Path cache = cacheVariable != null && !cacheVariable.isBlank() ? Path.of(cacheVariable)
                : Path.of(System.getProperty("user.home"), ".cache", "obzvon-bench");
        return new BenchConfig(
                intProperty("bench.contacts", 1_000_000),
                intProperty("bench.calls", 5_000_000),
                intProperty("bench.rounds", 2_000),
                intProperty("bench.warmup", 200),
                intProperty("bench.startupRounds", 5),
                intProperty("bench.importRounds", 3),
                groups,
                queues,
                System.getProperty("bench.display", "").isBlank() ? "auto" : System.getProperty("bench.display").strip(),
                basedir,
                path("bench.jar", basedir.resolve("target/obzvon.jar")),
                path("bench.testClasses", basedir.resolve("target/test-classes")),
                path("bench.jvmOptions", basedir.resolve("installer/jvm.options")),
                path("bench.work", basedir.resolve("target/bench")),
                cache.toAbsolutePath());
    }

    boolean wants(String group) {
        return only.contains(group);
    }

    /** Figures that work on the generated base (all but the import, which makes its own). */
    boolean needsBase() {
        return wants("outcomes") || wants("open") || wants("startup") || wants("handover") || wants("dashboard");
    }

    /** A comma-separated subset of {@code known}; all of them when the property is empty. */
    private static Set<String> names(String property, List<String> known) {
        String text = System.getProperty(property, "").strip();
        var names = text.isEmpty() ? Set.copyOf(known)
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (var name : names) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException(property + ": unknown " + name + ", known: " + known);
            }
        }
        return names;
    }

    private static int intProperty(String name, int fallback) {
        String text = System.getProperty(name, "").replace("_", "").strip();
        return text.isEmpty() ? fallback : Integer.parseInt(text);
    }

    private static Path path(String name, Path fallback) {
        String text = System.getProperty(name, "").strip();
        return (text.isEmpty() ? fallback : Path.of(text)).toAbsolutePath();
    }
}
