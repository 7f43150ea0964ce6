package app.obzvon.ui.common;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Function;

import static app.obzvon.ui.common.Converters.named;

/** A filter's choice of "any" or one of the values, kept in step with a view model's property. */
public final class AnyOrOne {

    private AnyOrOne() {
    }

    /**
     * Items are Optionals: JavaFX's ComboBox misbehaves with a null item (it picked another value by
     * itself when the window was first laid out).
     */
    public static <T> void bind(ComboBox<Optional<T>> box, ObservableList<T> values, ObjectProperty<T> chosen,
                                Function<T, String> name, String any) {
        box.setConverter(named(choice -> choice == null ? any : choice.map(name).orElse(any)));
        Runnable fill = () -> {
            var items = new ArrayList<Optional<T>>();
            items.add(Optional.empty());
            values.forEach(v -> items.add(Optional.of(v)));
            box.getItems().setAll(items);
            box.setValue(Optional.ofNullable(chosen.get()));
        };
        values.addListener((ListChangeListener<T>) change -> fill.run());
        fill.run();
        box.valueProperty().addListener((obs, old, choice) -> chosen.set(choice == null ? null : choice.orElse(null)));
    }
}
