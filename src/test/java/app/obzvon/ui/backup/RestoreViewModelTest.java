package app.obzvon.ui.backup;

import app.obzvon.backup.Backup;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Restore…" without a window: a broken backup is refused in words and changes nothing; a sound one is restored. */
class RestoreViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aBrokenBackupIsRefusedAndASoundOneRestored() throws Exception {
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha");
            var sound = base.services.backups().backUpNow();
            base.addCompanies("Bravo");
            Files.writeString(folder.resolve("backups").resolve("obzvon-2026-11-20.db"), "half a file, cut short by a full disk");
            var restored = new ArrayList<Backup>();
            var model = new RestoreViewModel(new SynchronousTasks(), base.services.backups(), restored::add);
            model.load();
            assertEquals(List.of("obzvon-2026-11-23-100000.db", "obzvon-2026-11-20.db"),
                    model.rows().stream().map(Backup::name).toList());

            model.selectedProperty().set(model.rows().get(1));
            model.restore();
            assertEquals("restore.refused.not_a_base", model.noticeProperty().get().key());
            assertTrue(model.noticeProperty().get().error());
            assertEquals(List.of(), restored);
            assertEquals(2, base.services.database().dsl().fetchCount(CONTACTS));

            model.selectedProperty().set(model.rows().get(0));
            model.restore();
            assertEquals("restore.done", model.noticeProperty().get().key());
            assertEquals(List.of(sound.file()), restored.stream().map(Backup::file).toList());
            assertEquals(1, base.services.database().dsl().fetchCount(CONTACTS));
        }
    }
}
