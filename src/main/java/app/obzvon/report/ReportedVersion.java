package app.obzvon.report;

/** A script version to pick a report for: its number and how many calls were read from it. */
public record ReportedVersion(long versionId, int number, int calls) {
}
