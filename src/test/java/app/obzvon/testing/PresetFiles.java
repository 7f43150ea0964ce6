package app.obzvon.testing;

import app.obzvon.ui.common.FilePicker;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the file dialogs with the files a test gave it, in order; none left means "cancelled". */
public final class PresetFiles implements FilePicker {

    private final Deque<Path> answers = new ArrayDeque<>();

    public PresetFiles answer(Path file) {
        answers.add(file);
        return this;
    }

    @Override
    public Optional<Path> open(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName) {
        return Optional.ofNullable(answers.poll());
    }
}
