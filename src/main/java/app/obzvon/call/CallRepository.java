package app.obzvon.call;

import app.obzvon.script.ScriptPath;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CallRepository {

    long add(NewCall call);

    Optional<LoggedCall> find(long id);

    void delete(long id);

    /** The script version the call was read from and the steps it took; empty for a call without a script. */
    Optional<ScriptPath> scriptPath(long callId);

    /** The contact's calls, newest first. */
    List<CallHistoryEntry> history(long contactId);

    /** Calls logged by this caller in this queue within [from, to). */
    DayCounts counts(long callerId, long queueId, Instant from, Instant to);
}
