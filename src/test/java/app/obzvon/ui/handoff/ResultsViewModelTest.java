package app.obzvon.ui.handoff;

import app.obzvon.contact.ContactStatus;
import app.obzvon.handoff.StageResultsFixture;
import app.obzvon.handoff.StageResultsSummary.Reason;
import app.obzvon.testing.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The results window's states without a window: the database work runs at once on the test thread. */
class ResultsViewModelTest {

    @TempDir
    Path folder;
    StageResultsFixture fixture;
    ResultsViewModel model;
    long alpha;

    @BeforeEach
    void open() {
        fixture = new StageResultsFixture(folder);
        alpha = fixture.company("ООО «Альфа»", "+7 495 111-11-11", null);
        fixture.handOver(alpha);
        model = new ResultsViewModel(new SynchronousTasks(), fixture.base.services.stageResults());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aFileIsPreviewedThenAppliedOnceAndTheWindowSaysWhatChanged() {
        assertFalse(model.canApplyProperty().get(), "nothing to apply before a file");

        model.chooseFile(fixture.csv("r.csv", "Телефон;Статус", "+74951111111;Клиент", "+74959999999;Сделка"));

        var summary = model.summaryProperty().get();
        assertEquals(1, summary.changes().size());
        assertEquals(List.of(Reason.NO_MATCH), model.skipped().stream().map(row -> row.reason()).toList());
        assertEquals("results.notice.preview", model.noticeProperty().get().key());
        assertTrue(model.canApplyProperty().get());
        assertFalse(model.appliedProperty().get());
        assertEquals(ContactStatus.HANDED_OVER, fixture.status(alpha), "choosing a file changes nothing");

        model.apply();

        assertTrue(model.appliedProperty().get());
        assertEquals(ContactStatus.CLIENT, fixture.status(alpha));
        assertEquals("results.notice.applied", model.noticeProperty().get().key());
        assertEquals(List.of(1, "r.csv"), model.noticeProperty().get().args());
        assertFalse(model.canApplyProperty().get(), "a file is applied once");
        assertEquals(1, model.skipped().size(), "the rows it skipped stay listed");
    }

    @Test
    void aBadFileShowsItsProblemAndNothingToApply() {
        model.chooseFile(fixture.csv("good.csv", "Телефон;Статус", "+74951111111;Сделка"));
        assertTrue(model.canApplyProperty().get());

        model.chooseFile(fixture.csv("bad.csv", "Телефон;Город", "+74951111111;Москва"));

        assertEquals("results.problem.no.status", model.noticeProperty().get().key());
        assertTrue(model.noticeProperty().get().error());
        assertNull(model.summaryProperty().get());
        assertFalse(model.canApplyProperty().get());
        assertEquals(ContactStatus.HANDED_OVER, fixture.status(alpha));
    }

    @Test
    void aFileThatChangesNothingCannotBeApplied() {
        model.chooseFile(fixture.csv("none.csv", "Телефон;Статус", "+74959999999;Сделка"));

        assertEquals("results.notice.nothing", model.noticeProperty().get().key());
        assertFalse(model.canApplyProperty().get());
    }
}
