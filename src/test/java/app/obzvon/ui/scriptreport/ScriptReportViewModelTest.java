package app.obzvon.ui.scriptreport;

import app.obzvon.handoff.ExportFormat;
import app.obzvon.report.StepFigures;
import app.obzvon.script.Script;
import app.obzvon.testing.SampleScripts;
import app.obzvon.testing.ScriptCallSeed;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.I18n;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptReportViewModelTest {

    @TempDir
    Path folder;
    TestBase base;
    ScriptCallSeed seed;
    ScriptReportViewModel model;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        seed = new ScriptCallSeed(base);
        model = new ScriptReportViewModel(new SynchronousTasks(), base.services,
                ScriptReportWindow.texts(new I18n(Locale.forLanguageTag("ru"))));
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void opensOnTheFirstScriptsNewestVersionWithItsFigures() {
        model.load();

        assertEquals("Cold call", model.scriptProperty().get().name());
        assertEquals(1, model.versionProperty().get().number());
        assertEquals(6, model.versionProperty().get().calls());
        assertEquals(7, model.steps().size());
        assertEquals(List.of("supplier", "email"), model.objections().stream().map(StepFigures::key).toList());
        assertEquals("Only tenders", model.unmatched().get(0).said());
    }

    @Test
    void aNewVersionNoCallUsedShowsNoFiguresAndTheOldOneStillDoes() {
        var s = SampleScripts.coldCall();
        base.services.scripts().save(seed.version.scriptId(), new Script("Cold call 2", s.steps(), s.objectionsTitle(), s.objections()));
        model.load();

        assertEquals(List.of(2, 1), model.versions().stream().map(v -> v.number()).toList(), "newest first");
        assertEquals(0, model.reportProperty().get().calls());
        assertTrue(model.steps().isEmpty());

        model.versionProperty().set(model.versions().get(1));
        assertEquals(6, model.reportProperty().get().calls());
        assertEquals(7, model.steps().size());
    }

    @Test
    void savesTheShownVersionWithRussianHeadings() throws IOException {
        model.load();
        var file = folder.resolve(model.suggestedFileName(ExportFormat.CSV));
        assertEquals("Cold call v1.csv", file.getFileName().toString());

        model.export(file, ExportFormat.CSV);

        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals("\uFEFFКлюч;Шаг;Тип;Дошли;Закончили здесь;Лиды;Доля лидов, %", lines.get(0));
        assertEquals("email;Send it by e-mail;возражение;1;0;1;100", lines.get(6));
        assertEquals("scriptreport.saved", model.noticeProperty().get().key());
    }
}
