package app.obzvon.cli;

import app.obzvon.Services;
import app.obzvon.importing.Field;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.SourceOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code obzvon import --db FILE [--queue NAME] [--encoding ENC] [--delimiter D] INPUT} */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Loads a cold base from a CSV, TSV or XLSX file. All rows or none: a failed import changes nothing.")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Mixin
    SupervisorOption supervisor;

    @ParentCommand
    ObzvonCommand parent;

    @Option(names = "--queue", paramLabel = "NAME",
            description = "Put the imported contacts into this queue (created if there is none by that name).")
    String queue;

    @Option(names = "--encoding", paramLabel = "ENC", description = "UTF-8, windows-1251, KOI8-R, cp866, UTF-16… (default: detected).")
    Charset encoding;

    @Option(names = "--delimiter", paramLabel = "D", description = "; , | or tab (default: detected).")
    String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The XLSX sheet (default: the first).")
    String sheet;

    @Option(names = "--region", paramLabel = "CC", defaultValue = "RU",
            description = "Where numbers without a country code are (default: ${DEFAULT-VALUE}).")
    String region;

    @Parameters(paramLabel = "INPUT", description = "The file to load; it is only read, never changed.")
    Path input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (var services = database.open(Clock.systemDefaultZone())) {
            supervisor.signIn(services, parent::pin);
            var options = new SourceOptions(encoding, delimiter(), sheet, null, region);
            var importer = services.importer();
            var mapping = importer.preview(input, options).mapping();
            if (!mapping.maps(Field.PHONE)) {
                throw new IllegalArgumentException("no phone column: name one Телефон or Phone");
            }
            var result = importer.importFile(input, options, mapping, target(services), Progress.NONE);
            var s = result.summary();
            spec.commandLine().getOut().printf("read %d, imported %d, duplicates %d (in the file %d, in the base %d), "
                            + "rejected %d, do-not-call numbers dropped %d%n", s.rowsRead(), result.imported(),
                    s.duplicatesInFile() + s.duplicatesInBase(), s.duplicatesInFile(), s.duplicatesInBase(), s.rejected(),
                    s.doNotCallDropped());
            return 0;
        }
    }

    /** The queue named on the command line: the existing one by that name, or a new one. */
    private QueueTarget target(Services services) {
        if (queue == null) {
            return QueueTarget.none();
        }
        return services.queueSetup().all().stream().filter(q -> q.name().equals(queue)).findFirst()
                .map(q -> QueueTarget.existing(q.id()))
                .orElseGet(() -> QueueTarget.newQueue(queue));
    }

    private Character delimiter() {
        if (delimiter == null) {
            return null;
        }
        return switch (delimiter) {
            case ";", ",", "|" -> delimiter.charAt(0);
            case "tab", "\\t", "\t" -> '\t'; // the word, a typed backslash-t, or a real tab
            default -> throw new IllegalArgumentException("the delimiter is one of ; , | or tab, not " + delimiter);
        };
    }
}
