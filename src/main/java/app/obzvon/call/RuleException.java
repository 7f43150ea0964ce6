package app.obzvon.call;

import java.util.List;

/** A rule-table edit refused: why, as a text key and its arguments for the supervisor's language. */
public final class RuleException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public RuleException(String key, Object... args) {
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
