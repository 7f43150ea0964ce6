package app.obzvon.script;

/** What the prospect says ({@code said}) and the key of the step the script moves to then. */
public record Answer(String said, String next) {
}
