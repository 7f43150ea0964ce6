package app.obzvon.ui.common;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Supplier;

/** Loads a view's FXML with the UI's text bundle and the controller the composition root built. */
public final class FxmlLoaderFactory {

    private final I18n i18n;

    public FxmlLoaderFactory(I18n i18n) {
        this.i18n = i18n;
    }

    public Parent load(Class<?> owner, String fxml, Supplier<?> controller) {
        return load(owner, fxml, type -> controller.get());
    }

    /**
     * Loads a view built from included parts: {@code controllers} makes the controller of each part
     * from the class its FXML names, with what that part needs.
     */
    public Parent load(Class<?> owner, String fxml, Function<Class<?>, Object> controllers) {
        var loader = new FXMLLoader(owner.getResource(fxml), i18n.bundle());
        loader.setControllerFactory(controllers::apply);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
