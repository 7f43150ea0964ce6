package app.obzvon.inbound;

/** How inbound requests reach the callers, as the supervisor sets it. */
public enum Handout {
    /** To the callers on shift (not in a pause) in turn. */
    TURNS,
    /** To the caller on duty for this half-day (the duty roster). */
    DUTY
}
