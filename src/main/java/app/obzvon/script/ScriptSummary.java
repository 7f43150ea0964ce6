package app.obzvon.script;

/** A script in the supervisor's list: its name and latest version. */
public record ScriptSummary(long scriptId, String name, int latestVersion) {
}
