package app.obzvon.search;

import java.util.List;

/** A correction refused: why, as a text key and its arguments; nothing changed. */
public final class CorrectionException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public CorrectionException(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
