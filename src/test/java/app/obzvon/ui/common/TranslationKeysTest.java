package app.obzvon.ui.common;

import app.obzvon.contact.CompanySize;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.RefusalReason;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.importing.Field;
import app.obzvon.importing.RejectReason;
import app.obzvon.queue.TargetPreset;
import app.obzvon.script.ScriptProblem;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fails when a text key is missing in Russian or English, used but not defined, or defined but unused. */
class TranslationKeysTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-z][\\w.]+)\"");
    // A whole key in quotes; a prefix such as "status." + name is checked through keysBuiltFromData.
    private static final Pattern JAVA_KEY =
            Pattern.compile("(?:i18n\\.get|Notice\\.(?:info|error))\\(\"([a-z][\\w.]*\\w)\"");
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z][\\w]*(?:\\.[\\w]+)+)\"");

    @TempDir
    Path folder;

    @Test
    void russianAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("strings.properties"), keys("strings_ru.properties"));
    }

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quote: "No
     * company's deadline … {0} days" came out without its number. Such texts use ’ (or '').
     */
    @Test
    void noTextWithArgumentsHasALoneApostrophe() throws IOException {
        var broken = new TreeSet<String>();
        for (var bundle : List.of("strings.properties", "strings_ru.properties")) {
            var properties = new Properties();
            try (InputStream in = Files.newInputStream(MAIN.resolve("resources/i18n").resolve(bundle))) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (var key : properties.stringPropertyNames()) {
                var text = properties.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    broken.add(bundle + ": " + key);
                }
            }
        }
        assertEquals(Set.of(), broken, "texts with arguments and a lone apostrophe");
    }

    @Test
    void everyKeyTheCodeAsksForIsDefined() throws IOException {
        var defined = keys("strings.properties");
        var asked = new TreeSet<String>();
        for (var file : sources(".fxml")) {
            FXML_KEY.matcher(Files.readString(file)).results().forEach(m -> asked.add(m.group(1)));
        }
        for (var file : sources(".java")) {
            JAVA_KEY.matcher(Files.readString(file)).results().forEach(m -> asked.add(m.group(1)));
        }
        asked.addAll(keysBuiltFromData());
        asked.removeAll(defined);
        assertEquals(Set.of(), asked, "keys used but not defined");
    }

    @Test
    void everyDefinedKeyIsUsed() throws IOException {
        var unused = new TreeSet<>(keys("strings.properties"));
        for (var file : sources(".fxml")) {
            FXML_KEY.matcher(Files.readString(file)).results().forEach(m -> unused.remove(m.group(1)));
        }
        for (var file : sources(".java")) {
            JAVA_LITERAL.matcher(Files.readString(file)).results().forEach(m -> unused.remove(m.group(1)));
        }
        unused.removeAll(keysBuiltFromData());
        assertEquals(Set.of(), unused, "keys defined but never used");
    }

    @Test
    void theSystemLanguagePicksRussianOrEnglish() {
        assertEquals("ru", new I18n(Locale.forLanguageTag("ru-RU")).locale().getLanguage());
        assertEquals("en", new I18n(Locale.GERMANY).locale().getLanguage());
        assertEquals("Не отвечает", new I18n(Locale.forLanguageTag("ru")).get("outcome.no_answer"));
        assertEquals("No answer", new I18n(Locale.ENGLISH).get("outcome.no_answer"));
    }

    /** Keys the UI builds from a prefix and a value: enum names, and the outcomes in a fresh database. */
    private Set<String> keysBuiltFromData() {
        var keys = new TreeSet<String>();
        Arrays.stream(ContactStatus.values()).forEach(v -> keys.add("status." + v.name()));
        Arrays.stream(CompanySize.values()).forEach(v -> keys.add("size." + v.name()));
        Arrays.stream(RefusalReason.values()).forEach(v -> keys.add("reason." + v.name()));
        Arrays.stream(app.obzvon.call.NextCall.values()).forEach(v -> keys.add("rules.next." + v.name().toLowerCase()));
        Arrays.stream(app.obzvon.queue.UpcomingCall.Reason.values()).forEach(v -> keys.add("queue.empty.next." + v.name()));
        Arrays.stream(TargetPreset.values()).forEach(v -> keys.add("target.preset." + v.name()));
        Arrays.stream(Field.values()).forEach(v -> keys.add("import.field." + v.name()));
        Arrays.stream(RejectReason.values()).forEach(v -> keys.add("import.reason." + v.name()));
        Arrays.stream(ExportFormat.values()).forEach(v -> keys.add("export.format." + v.name()));
        Arrays.stream(ScriptProblem.Kind.values()).forEach(v -> keys.add("script.problem." + v.name()));
        Arrays.stream(app.obzvon.audit.AuditAction.values()).forEach(v -> keys.add("audit.action." + v.key()));
        Arrays.stream(app.obzvon.contact.PhoneClosed.values()).forEach(v -> keys.add("card.phone.closed." + v.name()));
        Arrays.stream(app.obzvon.ui.callbacks.CallbacksViewModel.State.values())
                .forEach(v -> keys.add("callbacks.state." + v.name()));
        Arrays.stream(app.obzvon.donotcall.Source.values()).forEach(v -> keys.add("dnc.source." + v.name()));
        Arrays.stream(app.obzvon.access.Role.values()).forEach(v -> keys.add("role." + v.name().toLowerCase()));
        Arrays.stream(app.obzvon.shift.PauseReason.values()).forEach(v -> keys.add("shift.pause.reason." + v.name()));
        Arrays.stream(app.obzvon.ui.dashboard.ReportViewModel.Span.values())
                .forEach(v -> keys.add("report.span." + v.name()));
        Arrays.stream(app.obzvon.figures.Funnel.Step.values()).forEach(v -> keys.add("dashboard.funnel." + v.name()));
        new app.obzvon.figures.Funnel(1, 1, 1, 1, 1, 1).bars().stream().filter(b -> b.from() != null)
                .forEach(b -> keys.add("dashboard.funnel.from." + b.from().name()));
        try (var base = new TestBase(folder)) {
            base.inTx(tx -> base.services.outcomes().active(tx)).forEach(o -> keys.add("outcome." + o.code()));
        }
        return keys;
    }

    private static Set<String> keys(String bundle) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(MAIN.resolve("resources/i18n").resolve(bundle))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static java.util.List<Path> sources(String extension) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(extension)).toList();
        }
    }
}
