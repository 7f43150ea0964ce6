package app.obzvon.importing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A million rows imported in ten seconds with a 256 MB heap. The POM's surefire argLine (-Xmx1g)
 * is configured explicitly, so -DargLine on the command line does not replace it: the benchmark
 * runs {@link ImportBenchmark} in a JVM of its own with -Xmx256m.
 * Run: {@code mvn verify -Dgroups=benchmark -Dbenchmarks.excluded=}
 */
@Tag("benchmark")
class ImportBenchmarkTest {

    private static final double LIMIT_SECONDS = 10;

    @TempDir
    Path folder;

    @Test
    void aMillionRowsInTenSecondsWithA256MegabyteHeap() throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Xmx256m", "-cp", classpath, ImportBenchmark.class.getName(),
                folder.toString()).redirectErrorStream(true).start();
        var output = new ArrayList<String>();
        try (var lines = process.inputReader()) {
            lines.lines().filter(line -> !line.contains(" INFO ")).forEach(line -> {
                System.out.println(line);
                output.add(line);
            });
        }
        assertEquals(0, process.waitFor(), String.join("\n", output));
        String result = output.stream().filter(line -> line.startsWith("RESULT")).findFirst().orElseThrow();
        double seconds = Double.parseDouble(result.replaceFirst(".*import=([0-9.]+) s.*", "$1"));
        assertTrue(seconds <= LIMIT_SECONDS, result);
    }
}
