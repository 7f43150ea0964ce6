package app.obzvon.ui.common;

import javafx.util.StringConverter;

import java.util.function.Function;

/** Names for the choices of a ComboBox that is picked from, never typed into. */
public final class Converters {

    private Converters() {
    }

    public static <T> StringConverter<T> named(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
