package app.obzvon.cli;

import app.obzvon.handoff.CsvOptions;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.handoff.LeadCriteria;
import app.obzvon.handoff.LeadTexts;
import app.obzvon.ui.common.I18n;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code obzvon export --db FILE --out FILE [--since YYYY-MM-DD] [--format csv|xlsx]} */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Hands qualified leads not yet handed over to the next stage, and marks them as a batch.")
final class ExportCommand implements Callable<Integer> {

    enum Format { csv, xlsx }

    @Mixin
    DatabaseOption database;

    @Mixin
    SupervisorOption supervisor;

    @ParentCommand
    ObzvonCommand parent;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the leads.")
    Path out;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Only leads from this day on.")
    LocalDate since;

    @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv",
            description = "csv (UTF-8 with BOM, ';', as Excel in a Russian locale opens it) or xlsx (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var services = database.open(Clock.systemDefaultZone())) {
            supervisor.signIn(services, parent::pin);
            var i18n = new I18n(Locale.getDefault());
            var texts = LeadTexts.of(i18n.locale(), code -> i18n.outcome(code, null));
            // Nightly runs hand over what is new: a lead never goes out twice.
            var criteria = LeadCriteria.newLeads().withPeriod(since, null);
            var chosen = format == Format.xlsx ? ExportFormat.XLSX : ExportFormat.CSV;
            var result = services.leadExporter().export(criteria, chosen, CsvOptions.EXCEL, texts, out);
            var printed = spec.commandLine().getOut();
            if (result.handedOver()) {
                printed.printf("exported %d leads to %s (batch %d)%n", result.leadCount(), out, result.batch().id());
            } else {
                printed.println("exported 0 leads: none matched, no file written");
            }
            return 0;
        }
    }
}
