package app.obzvon.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where the cold-start windows open: the session's DISPLAY when there is one; else an Xvfb the suite
 * starts (and stops) itself; else, without Xvfb, Monocle's headless platform, which renders in
 * software and is said so in the output.
 */
final class Display implements AutoCloseable {

    private final String description;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final List<Path> classpath;
    private final Process xvfb;

    private Display(String description, Map<String, String> environment, List<String> jvmOptions,
                    List<Path> classpath, Process xvfb) {
        this.description = description;
        this.environment = environment;
        this.jvmOptions = jvmOptions;
        this.classpath = classpath;
        this.xvfb = xvfb;
    }

    /** {@code -Dbench.display=monocle} forces Monocle; otherwise DISPLAY, then Xvfb, then Monocle. */
    static Display open(BenchConfig config) throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (!config.display().equals("monocle")) {
            if (display != null && !display.isBlank()) {
                return new Display("the session's display " + display, Map.of(), List.of(), List.of(), null);
            }
            var xvfb = onPath("Xvfb");
            if (xvfb != null) {
                return startXvfb(xvfb);
            }
        }
        var monocle = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).map(Path::of).findFirst()
                .orElseThrow(() -> new IOException("no DISPLAY, no Xvfb on the PATH and no openjfx-monocle jar"));
        String why = config.display().equals("monocle") ? "-Dbench.display=monocle" : "no X display and no Xvfb";
        return new Display("Monocle headless (" + why + "): software rendering, figures not comparable with"
                + " a real display", Map.of(),
                List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"),
                List.of(monocle), null);
    }

    private static Display startXvfb(Path xvfb) throws IOException, InterruptedException {
        int number = 90;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + number)) || Files.exists(Path.of("/tmp/.X" + number + "-lock"))) {
            number++;
        }
        var process = new ProcessBuilder(xvfb.toString(), ":" + number, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        for (int i = 0; i < 100 && !Files.exists(socket); i++) {
            if (!process.isAlive()) {
                throw new IOException("Xvfb :" + number + " exited with " + process.exitValue());
            }
            Thread.sleep(100);
        }
        if (!Files.exists(socket)) {
            process.destroy();
            throw new IOException("Xvfb :" + number + " did not start within 10 s");
        }
        return new Display("Xvfb :" + number + " (started by the suite)", Map.of("DISPLAY", ":" + number), List.of(),
                List.of(), process);
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(folder -> Path.of(folder, program))
                .filter(Files::isExecutable).findFirst().orElse(null);
    }

    String description() {
        return description;
    }

    Map<String, String> environment() {
        return environment;
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    /** Extra classpath entries the windows need (Monocle's jar), after the jar. */
    List<Path> classpath() {
        return classpath;
    }

    @Override
    public void close() throws InterruptedException {
        if (xvfb != null && xvfb.isAlive()) {
            xvfb.destroy();
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        }
    }
}
