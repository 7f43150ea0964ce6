package app.obzvon.ui.common;

import java.util.List;

/** A line for the status bar: a text key and its arguments, translated by the view. */
public record Notice(String key, List<Object> args, boolean error) {

    public static Notice info(String key, Object... args) {
        return new Notice(key, List.of(args), false);
    }

    public static Notice error(String key, Object... args) {
        return new Notice(key, List.of(args), true);
    }
}
