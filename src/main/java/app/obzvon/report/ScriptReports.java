package app.obzvon.report;

import app.obzvon.access.Access;
import app.obzvon.script.ScriptLibrary;
import app.obzvon.script.ScriptVersion;

import java.util.Comparator;
import java.util.List;

/** Builds a script version's report from the paths its calls recorded. */
public final class ScriptReports {

    private final ScriptLibrary scripts;
    private final ScriptReportRepository figures;
    private final Access access;

    public ScriptReports(ScriptLibrary scripts, ScriptReportRepository figures, Access access) {
        this.scripts = scripts;
        this.figures = figures;
        this.access = access;
    }

    /** A script's versions, newest first, each with how many calls were read from it. */
    public List<ReportedVersion> versions(long scriptId) {
        access.requireSupervisor();
        return scripts.versions(scriptId).stream()
                .sorted(Comparator.comparingInt(ScriptVersion::number).reversed())
                .map(v -> new ReportedVersion(v.id(), v.number(), figures.calls(v.id())))
                .toList();
    }

    public ScriptReport report(long versionId) {
        access.requireSupervisor();
        var version = scripts.version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no script version " + versionId));
        var counts = figures.stepCounts(versionId);
        var script = version.script();
        var steps = script.all().map(step -> {
            var c = counts.getOrDefault(step.key(), StepCounts.NONE);
            return new StepFigures(step.key(), step.title(), script.isObjection(step.key()),
                    c.reached(), c.endedThere(), c.leads());
        }).toList();
        return new ScriptReport(version, figures.calls(versionId), steps, figures.unmatched(versionId));
    }
}
