package app.obzvon.ui.common;

import app.obzvon.common.Errors;
import app.obzvon.persistence.DatabaseFault;

/**
 * The status line for an error: a fault of the base in the person's words (read-only, busy, disk
 * full, damaged, newer, missing), anything else as the screen's own "that did not work" line.
 */
public final class FaultNotice {

    private FaultNotice() {
    }

    /** The fault behind an error, or null when the error is not one. */
    public static DatabaseFault fault(Throwable error) {
        for (var e = error; e != null; e = e.getCause()) {
            if (e instanceof DatabaseFault fault) {
                return fault;
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return null;
    }

    /** Whether the error is a fault of this kind. */
    public static boolean is(Throwable error, DatabaseFault.Kind kind) {
        var fault = fault(error);
        return fault != null && fault.kind() == kind;
    }

    /** The fault's line, else {@code notice.action.failed} with the error's one line. */
    public static Notice of(Throwable error) {
        return of(error, "notice.action.failed");
    }

    /** The fault's line, else the given key with the error's one line as its argument. */
    public static Notice of(Throwable error, String otherwise) {
        var fault = fault(error);
        return fault == null ? Notice.error(otherwise, Errors.message(error)) : of(fault);
    }

    public static Notice of(DatabaseFault fault) {
        var file = fault.file().toString();
        return switch (fault.kind()) {
            case READ_ONLY -> Notice.error("fault.read.only");
            case BUSY -> Notice.error("fault.busy");
            case DISK_FULL -> Notice.error("fault.disk.full");
            case CORRUPT -> fault.backup() == null
                    ? Notice.error("fault.corrupt", file, fault.backupFolder().toString())
                    : Notice.error("fault.corrupt.backup", file, fault.backup().toString());
            // Versions as plain numbers: "11", never "1,1" or "11.0" whatever the locale.
            case NEWER_VERSION -> Notice.error("fault.newer", file, Integer.toString(fault.baseVersion()),
                    Integer.toString(fault.knownVersion()));
            case MISSING -> Notice.error("fault.missing", file);
        };
    }
}
