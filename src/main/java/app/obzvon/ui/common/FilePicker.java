package app.obzvon.ui.common;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The system's file dialogs. Tests answer them with files of their own; a dialog cannot be driven headless. */
public interface FilePicker {

    Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters);

    Optional<Path> save(Window owner, String title, String suggestedName);

    /** The real dialogs. */
    FilePicker SYSTEM = new FilePicker() {
        @Override
        public Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
            var chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().setAll(filters);
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
        }

        @Override
        public Optional<Path> save(Window owner, String title, String suggestedName) {
            var chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        }
    };
}
