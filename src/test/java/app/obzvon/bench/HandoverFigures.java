package app.obzvon.bench;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Handing the base's qualified leads (100,000 and more) over to XLSX with the real command line,
 * in a child JVM started as the README starts the command line ({@code java @installer/cli.options
 * -jar target/obzvon.jar export ...}), on a fresh copy of the base: the command's time after
 * JVM start-up against the budget, the whole process as information. The file is read back, so a
 * fast export that wrote the wrong rows fails.
 */
final class HandoverFigures {

    static final double BUDGET_SECONDS = 3;
    static final double BUDGET_LEADS = 100_000;
    /** Opening the base and checking the PIN: the slow hash is most of it, and meant to be. */
    static final double SIGN_IN_BUDGET_SECONDS = 1;
    private static final Pattern RESULT = Pattern.compile(HandoverRun.RESULT + "seconds=([0-9.]+) exit=(\\d+)");
    private static final Pattern EXPORTED = Pattern.compile("exported (\\d+) leads to .*");

    private final BenchConfig config;
    private final BenchBase base;
    private final FigureTable table;

    HandoverFigures(BenchConfig config, BenchBase base, FigureTable table) {
        this.config = config;
        this.base = base;
        this.table = table;
    }

    void run() throws Exception {
        System.out.printf(Locale.ROOT, "%n[hand-over] copying the base%n");
        Path copy = base.copyTo(config.work(), "handover");
        Path out = config.work().resolve("leads.xlsx");
        Files.deleteIfExists(out);
        try {
            var command = Stream.of(List.of(ChildJvm.java()), ChildJvm.cliJvmOptions(config),
                    // The command's log says when the supervisor is signed in: the hand-over is timed from there.
                    List.of("-Dobzvon.console.level=info",
                            "-cp", ChildJvm.classpath(config.jar(), config.testClasses()), HandoverRun.class.getName(),
                            "export", "--as", "Анна Смирнова", "--db", copy.toString(), "--out", out.toString(),
                            "--format", "xlsx"))
                    .flatMap(List::stream).toList();
            int leads = -1;
            double seconds;
            double signIn;
            double whole;
            // As a nightly script runs it: the supervisor's PIN in the environment, checked by PBKDF2.
            try (var child = ChildJvm.start(command, Map.of("OBZVON_PIN", BaseGenerator.PIN),
                    line -> System.out.println("  | " + line))) {
                var signedIn = child.await(line -> line.contains("signed in as"), Duration.ofMinutes(1));
                var exported = child.await(line -> EXPORTED.matcher(line).matches() || line.startsWith(HandoverRun.RESULT),
                        Duration.ofMinutes(10));
                if (exported != null) {
                    var m = EXPORTED.matcher(exported.text());
                    if (m.matches()) {
                        leads = Integer.parseInt(m.group(1));
                    }
                }
                var result = leads < 0 ? exported : child.await(line -> line.startsWith(HandoverRun.RESULT),
                        Duration.ofMinutes(10));
                int exit = child.waitFor(Duration.ofMinutes(1));
                whole = child.millisSinceStart() / 1e3;
                var m = result == null ? null : RESULT.matcher(result.text());
                if (m == null || !m.matches() || exit != 0 || leads < 0 || signedIn == null) {
                    throw new IllegalStateException("the export failed (exit " + exit + "):\n" + child.output());
                }
                // Both ends as this process read the lines, so the two clocks are one.
                seconds = (child.millisTo(result) - child.millisTo(signedIn)) / 1e3;
                signIn = Double.parseDouble(m.group(1)) - seconds;
            }
            int rows = dataRows(out);
            if (rows != leads) {
                table.add(Figure.failed("hand-over to XLSX", "the file holds " + rows + " leads, the command said " + leads));
                return;
            }
            // The budget is 3 s for 100,000 leads; the base holds a few more, and the budget grows with them.
            table.add(Figure.budgeted(String.format(Locale.ROOT,
                    "hand-over %,d leads to XLSX (CLI, after start-up and sign-in)", leads), seconds, "s", 2,
                    BUDGET_SECONDS * leads / BUDGET_LEADS, "3 s per 100,000 leads"));
            table.add(Figure.budgeted("hand-over: the command's start and sign-in (PIN by PBKDF2, cold)", signIn, "s",
                    2, SIGN_IN_BUDGET_SECONDS, null));
            table.add(Figure.info("hand-over: whole process, JVM start included", whole, "s", 2));
        } finally {
            BenchBase.delete(copy);
            Files.deleteIfExists(out);
        }
    }

    /** The rows under the header in the file's first sheet. */
    private static int dataRows(Path xlsx) throws IOException {
        try (var in = Files.newInputStream(xlsx); var workbook = new ReadableWorkbook(in);
             var rows = workbook.getFirstSheet().openStream()) {
            return (int) rows.count() - 1;
        }
    }
}
