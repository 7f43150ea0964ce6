package app.obzvon.cli;

import app.obzvon.handoff.StageResultsSummary;
import app.obzvon.handoff.StageResultsSummary.Reason;
import app.obzvon.importing.SourceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code obzvon results --as NAME --db FILE [--sheet NAME] INPUT} */
@Command(name = "results", mixinStandardHelpOptions = true,
        description = "Applies the next stage's results (company or phone, and a status: Deal, Deal support, Client "
                + "or Refused) to the leads handed over. All rows or none: a failed run changes nothing.")
final class ResultsCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    SupervisorOption supervisor;

    @ParentCommand
    ObzvonCommand parent;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The XLSX sheet (default: the first).")
    String sheet;

    @Parameters(paramLabel = "INPUT", description = "The results file (CSV or XLSX with a header row); only read.")
    Path input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var services = database.open(Clock.systemDefaultZone())) {
            supervisor.signIn(services, parent::pin);
            var options = new SourceOptions(null, null, sheet, null, null);
            var summary = services.stageResults().apply(input, options);
            spec.commandLine().getOut().println(line(summary));
            return 0;
        }
    }

    /** E.g. "read 10, matched 8, moved 6 (deal 3, deal support 1, client 1, refused 1), unchanged 1, skipped 3 (…)". */
    static String line(StageResultsSummary s) {
        var moved = s.moved().entrySet().stream()
                .map(e -> words(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(", "));
        var skipped = java.util.Arrays.stream(Reason.values())
                .map(reason -> words(reason) + " " + s.skipped(reason)).collect(Collectors.joining(", "));
        return String.format("read %d, matched %d, moved %d (%s), unchanged %d, skipped %d (%s)", s.rowsRead(),
                s.matched(), s.changes().size(), moved, s.unchanged(), s.skipped().size(), skipped);
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
