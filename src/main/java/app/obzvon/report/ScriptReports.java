package app.obzvon.report;

import app.obzvon.access.Access;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.script.ScriptLibrary;
import app.obzvon.script.ScriptVersion;

import java.util.Comparator;
import java.util.List;

/** Builds a script version's report from the paths its calls recorded. */
public final class ScriptReports {

    private final Transactions transactions;
    private final ScriptLibrary scripts;
    private final ScriptReportRepository figures;
    private final Access access;

    public ScriptReports(Transactions transactions, ScriptLibrary scripts, ScriptReportRepository figures,
                         Access access) {
        this.transactions = transactions;
        this.scripts = scripts;
        this.figures = figures;
        this.access = access;
    }

    /** A script's versions, newest first, each with how many calls were read from it. */
    public List<ReportedVersion> versions(long scriptId) {
        access.requireSupervisor();
        var versions = scripts.versions(scriptId);
        return transactions.read(tx -> versions.stream()
                .sorted(Comparator.comparingInt(ScriptVersion::number).reversed())
                .map(v -> new ReportedVersion(v.id(), v.number(), figures.calls(tx, v.id())))
                .toList());
    }

    public ScriptReport report(long versionId) {
        access.requireSupervisor();
        var version = scripts.version(versionId)
                .orElseThrow(() -> new IllegalArgumentException("no script version " + versionId));
        return transactions.read(tx -> report(tx, version));
    }

    private ScriptReport report(Tx tx, ScriptVersion version) {
        long versionId = version.id();
        var counts = figures.stepCounts(tx, versionId);
        var script = version.script();
        var steps = script.all().map(step -> {
            var c = counts.getOrDefault(step.key(), StepCounts.NONE);
            return new StepFigures(step.key(), step.title(), script.isObjection(step.key()),
                    c.reached(), c.endedThere(), c.leads());
        }).toList();
        return new ScriptReport(version, figures.calls(tx, versionId), steps, figures.unmatched(tx, versionId));
    }
}
