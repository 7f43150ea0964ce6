package app.obzvon.report;

import app.obzvon.common.Tx;

import java.util.List;
import java.util.Map;

/** The figures calls recorded against one script version. */
public interface ScriptReportRepository {

    int calls(Tx tx, long versionId);

    /** Per step key; a step no call reached is absent. */
    Map<String, StepCounts> stepCounts(Tx tx, long versionId);

    /** Most heard first. */
    List<UnmatchedAnswer> unmatched(Tx tx, long versionId);
}
