package app.obzvon.script;

/** TODO(helper): the Markdown-like text format. */
public final class ScriptFormat {

    private ScriptFormat() {
    }

    public static Script parse(String text) {
        throw new UnsupportedOperationException("not yet");
    }

    public static String write(Script script) {
        throw new UnsupportedOperationException("not yet");
    }
}
