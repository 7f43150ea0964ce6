package app.obzvon.ui.importing;

import app.obzvon.testing.TestBase;
import app.obzvon.testing.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard's steps without a window: the database work runs at once on the test thread. */
class ImportViewModelTest {

    @TempDir
    Path folder;
    TestBase base;
    ImportViewModel model;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        model = new ImportViewModel(new SynchronousTasks(), base.services);
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void cancellingTheLoadHalfwayWritesNothing() throws Exception {
        var csv = folder.resolve("big.csv");
        Files.writeString(csv, "Компания;Телефон\n" + IntStream.range(0, 30_000)
                .mapToObj(i -> String.format("ООО «Тест %d»;+7 495 1%02d-%02d-%02d", i, i / 10_000, (i / 100) % 100, i % 100))
                .collect(Collectors.joining("\n")));
        model.chooseFile(csv);
        model.check();
        assertEquals(30_000, model.summaryProperty().get().toImport());

        model.progressProperty().addListener((obs, old, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1) {
                model.cancel();
            }
        });
        model.load();

        assertEquals("import.notice.cancelled", model.noticeProperty().get().key());
        assertEquals(ImportViewModel.Step.SUMMARY, model.stepProperty().get());
        boolean empty = base.inTx(tx -> base.services.contacts().isEmpty(tx));
        assertTrue(empty, "a cancelled load changes nothing");
        assertEquals(0, base.inTx(tx -> base.services.queues().all(tx)).size(), "not even the new queue");
    }
}
