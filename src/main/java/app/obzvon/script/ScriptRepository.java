package app.obzvon.script;

import java.util.List;
import java.util.Optional;

/** Scripts and their versions; each version is stored as its text in {@link ScriptFormat}. */
public interface ScriptRepository {

    List<ScriptSummary> all();

    Optional<ScriptVersion> latest(long scriptId);

    Optional<ScriptVersion> version(long versionId);

    List<ScriptVersion> versions(long scriptId);

    /** A new script, as its version 1. */
    ScriptVersion add(Script script);

    ScriptVersion addVersion(long scriptId, Script script);

    /** Rewrites a version no call has used yet. */
    ScriptVersion replace(ScriptVersion version, Script script);

    boolean usedByCalls(long versionId);
}
