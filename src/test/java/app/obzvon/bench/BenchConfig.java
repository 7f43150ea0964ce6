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
                   Set<String> only, String display, Path basedir, Path jar, Path testClasses, Path jvmOptions,
                   Path work, Path cache) {

    /** The groups of figures -Dbench.only can name. */
    static final List<String> GROUPS = List.of("outcomes", "open", "startup", "import", "handover");

    static BenchConfig fromSystem() {
        Path basedir = Path.of(System.getProperty("bench.basedir", System.getProperty("user.dir"))).toAbsolutePath();
        String only = System.getProperty("bench.only", "").strip();
        var groups = only.isEmpty() ? Set.copyOf(GROUPS)
                : Arrays.stream(only.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        for (var group : groups) {
            if (!GROUPS.contains(group)) {
                throw new IllegalArgumentException("bench.only: unknown figure group " + group + ", known: " + GROUPS);
            }
        }
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
        return wants("outcomes") || wants("open") || wants("startup") || wants("handover");
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
