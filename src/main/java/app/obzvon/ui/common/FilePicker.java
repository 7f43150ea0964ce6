package app.obzvon.ui.common;

import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The system's file dialogs. Tests answer them with files of their own; a dialog cannot be driven headless. */
public interface FilePicker {

    Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters);

    Optional<Path> save(Window owner, String title, String suggestedName);

    /**
     * These dialogs, refusing the base's own files: reading one (as a base to import) or writing over
     * one (a hand-over saved under its name) would open it behind SQLite's back, and that drops the
     * locks that keep other programs from deleting its journal.
     */
    default FilePicker refusing(Path database, Supplier<I18n> i18n) {
        var own = List.of("", "-wal", "-shm", "-journal").stream()
                .map(suffix -> database.toAbsolutePath().resolveSibling(database.getFileName() + suffix)).toList();
        var picker = this;
        return new FilePicker() {
            @Override
            public Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
                return checked(owner, picker.open(owner, title, filters));
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName) {
                return checked(owner, picker.save(owner, title, suggestedName));
            }

            private Optional<Path> checked(Window owner, Optional<Path> chosen) {
                if (chosen.isPresent() && own.contains(chosen.get().toAbsolutePath())) {
                    var alert = new Alert(Alert.AlertType.WARNING, i18n.get().get("file.is.database"));
                    alert.initOwner(owner);
                    alert.setHeaderText(null);
                    alert.showAndWait();
                    return Optional.empty();
                }
                return chosen;
            }
        };
    }

    /**
     * The real dialogs. They open in the folder used last, at first the user's home: not in the
     * current folder or the data folder, whose listing opens (and so unlocks) the base's files.
     */
    static FilePicker system() {
        return new FilePicker() {
            private File folder = new File(System.getProperty("user.home"));

            @Override
            public Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
                var chooser = chooser(title);
                chooser.getExtensionFilters().setAll(filters);
                return remembered(chooser.showOpenDialog(owner));
            }

            @Override
            public Optional<Path> save(Window owner, String title, String suggestedName) {
                var chooser = chooser(title);
                chooser.setInitialFileName(suggestedName);
                return remembered(chooser.showSaveDialog(owner));
            }

            private FileChooser chooser(String title) {
                var chooser = new FileChooser();
                chooser.setTitle(title);
                if (folder.isDirectory()) {
                    chooser.setInitialDirectory(folder);
                }
                return chooser;
            }

            private Optional<Path> remembered(File chosen) {
                if (chosen != null && chosen.getParentFile() != null && Files.isDirectory(chosen.getParentFile().toPath())) {
                    folder = chosen.getParentFile();
                }
                return Optional.ofNullable(chosen).map(File::toPath);
            }
        };
    }
}
