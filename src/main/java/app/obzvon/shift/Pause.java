package app.obzvon.shift;

import java.time.Duration;
import java.time.Instant;

/** A pause within a shift; running while {@code endedAt} is null. */
public record Pause(long id, PauseReason reason, Instant startedAt, Instant endedAt) {

    public boolean running() {
        return endedAt == null;
    }

    /** How long it lasted, or has lasted by {@code now} while it runs. */
    public Duration length(Instant now) {
        var end = endedAt == null ? now : endedAt;
        return end.isAfter(startedAt) ? Duration.between(startedAt, end) : Duration.ZERO;
    }
}
