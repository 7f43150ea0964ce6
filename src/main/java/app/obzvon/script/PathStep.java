package app.obzvon.script;

/**
 * One step a call went through, and what the prospect said there when none of the script's
 * answers matched ({@code unmatched}, or null).
 */
public record PathStep(String key, String unmatched) {
}
