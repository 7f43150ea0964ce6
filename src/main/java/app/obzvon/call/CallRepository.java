package app.obzvon.call;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CallRepository {

    long add(NewCall call);

    Optional<LoggedCall> find(long id);

    void delete(long id);

    /** The contact's calls, newest first. */
    List<CallHistoryEntry> history(long contactId);

    /** Calls logged by this caller in this queue within [from, to). */
    DayCounts counts(long callerId, long queueId, Instant from, Instant to);
}
