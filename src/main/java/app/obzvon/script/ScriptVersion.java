package app.obzvon.script;

/**
 * One saved version of a script. Calls keep the version they were read from, so editing a script
 * that calls have used makes a new version instead of changing the old one.
 */
public record ScriptVersion(long id, long scriptId, int number, Script script) {
}
