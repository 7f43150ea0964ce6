package app.obzvon.script;

/** One thing the caller says. Plain scripts are a list of steps; branching comes later. */
public record ScriptStep(String text) {
}
