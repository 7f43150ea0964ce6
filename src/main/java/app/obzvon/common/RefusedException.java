package app.obzvon.common;

import java.util.List;

/**
 * A supervisor's change refused, with nothing changed: why, as a text key and its arguments for the
 * person's language (the rule table's, a correction's).
 */
public final class RefusedException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public RefusedException(String key, Object... args) {
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
