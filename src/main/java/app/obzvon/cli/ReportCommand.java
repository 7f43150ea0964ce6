package app.obzvon.cli;

import app.obzvon.figures.ReportFiles;
import app.obzvon.figures.ReportSpan;
import app.obzvon.ui.common.I18n;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code obzvon report --db FILE --out FILE.xlsx (--day D | --week D | --from D --to D)} */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the team's figures to XLSX: per caller and the team, day by day, per hour, and the funnel.")
final class ReportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    SupervisorOption supervisor;

    @ParentCommand
    ObzvonCommand parent;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the report (.xlsx).")
    Path out;

    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--day", paramLabel = "YYYY-MM-DD", description = "One day.")
        LocalDate day;

        @Option(names = "--week", paramLabel = "YYYY-MM-DD", description = "The week (Monday to Sunday) with this day.")
        LocalDate week;

        @ArgGroup(exclusive = false)
        Days days;
    }

    static final class Days {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "The first day.")
        LocalDate from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "The last day, included.")
        LocalDate to;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var clock = Clock.systemDefaultZone();
        var span = which.day != null ? ReportSpan.day(which.day) : which.week != null ? ReportSpan.week(which.week)
                : new ReportSpan(which.days.from, which.days.to);
        try (var services = database.open(clock)) {
            supervisor.signIn(services, parent::pin);
            var i18n = new I18n(Locale.getDefault());
            var period = services.teamFigures().period(span.from(clock.getZone()), span.to(clock.getZone()));
            ReportFiles.save(period, span, i18n::get, out);
            var team = period.team();
            spec.commandLine().getOut().printf("wrote %s – %s: %d calls, %d conversations, %d leads, %d meetings to %s%n",
                    span.first(), span.last(), team.calls(), team.conversations(), team.leads(), team.meetings(), out);
            return 0;
        }
    }
}
