package app.obzvon.inbound;

import java.time.LocalTime;

/** A half of the working day, for the duty roster: the morning until 13:00, the afternoon from then. */
public enum HalfDay {
    MORNING,
    AFTERNOON;

    static final LocalTime NOON = LocalTime.of(13, 0);

    public static HalfDay at(LocalTime time) {
        return time.isBefore(NOON) ? MORNING : AFTERNOON;
    }
}
