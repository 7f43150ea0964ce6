package app.obzvon.inbound;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Whose turn an inbound request is: among the callers on shift (not in a pause), the one whose last
 * request is the oldest; one never given any comes first, the longest on shift first among those. So
 * a caller who has just come on shift is next (their last request is older than everyone's since),
 * and coming on and off shift gains nobody an extra turn.
 */
public final class Turns {

    private static final Comparator<OnShift> ORDER = Comparator
            .comparing(OnShift::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparingLong(OnShift::lastRequestId)
            .thenComparing(OnShift::shiftStartedAt)
            .thenComparingLong(OnShift::callerId);

    private Turns() {
    }

    /** The caller whose turn it is; empty when nobody is on shift. */
    public static Optional<OnShift> next(Collection<OnShift> onShift) {
        return onShift.stream().min(ORDER);
    }
}
