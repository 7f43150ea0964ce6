package app.obzvon.report;

import java.util.List;
import java.util.Map;

/** The figures calls recorded against one script version. */
public interface ScriptReportRepository {

    int calls(long versionId);

    /** Per step key; a step no call reached is absent. */
    Map<String, StepCounts> stepCounts(long versionId);

    /** Most heard first. */
    List<UnmatchedAnswer> unmatched(long versionId);
}
