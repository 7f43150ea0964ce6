package app.obzvon.script;

import app.obzvon.common.Tx;

import java.util.List;
import java.util.Optional;

/** Scripts and their versions; each version is stored as its text in {@link ScriptFormat}. */
public interface ScriptRepository {

    List<ScriptSummary> all(Tx tx);

    Optional<ScriptVersion> latest(Tx tx, long scriptId);

    Optional<ScriptVersion> version(Tx tx, long versionId);

    List<ScriptVersion> versions(Tx tx, long scriptId);

    /** A new script, as its version 1. */
    ScriptVersion add(Tx tx, Script script);

    ScriptVersion addVersion(Tx tx, long scriptId, Script script);

    /** Rewrites a version no call has used yet. */
    ScriptVersion replace(Tx tx, ScriptVersion version, Script script);

    boolean usedByCalls(Tx tx, long versionId);
}
