package app.obzvon.shift;

/** Why a caller stopped calling for a while; the dashboard shows it. */
public enum PauseReason {
    BREAK, TRAINING, TECHNICAL, OTHER
}
