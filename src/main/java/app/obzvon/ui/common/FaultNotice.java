package app.obzvon.ui.common;

import app.obzvon.common.Errors;
import app.obzvon.BaseLocation;
import app.obzvon.persistence.DatabaseFault;
import app.obzvon.persistence.ServerFault;

/**
 * The status line for an error: a fault of the base in the person's words (read-only, busy, disk
 * full, damaged, newer, missing; a server that does not answer, refuses the sign-in…), anything else
 * as the screen's own "that did not work" line.
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
        if (fault != null) {
            return of(fault);
        }
        var server = serverFault(error);
        return server == null || server.kind() == ServerFault.Kind.OTHER ? Notice.error(otherwise, Errors.message(error))
                : of(server);
    }

    /** The server's fault behind an error, or null when the error is not one. */
    public static ServerFault serverFault(Throwable error) {
        for (var e = error; e != null; e = e.getCause()) {
            if (e instanceof ServerFault fault) {
                return fault;
            }
            if (e.getCause() == e) {
                break;
            }
        }
        return null;
    }

    /**
     * The server went away under a step (no answer, or the line dropped as it was saved): the
     * window's banner shows until it answers again. Null for any other error.
     */
    public static ServerFault outage(Throwable error) {
        var fault = serverFault(error);
        return fault != null && switch (fault.kind()) {
            case UNREACHABLE, NOT_SAVED, UNKNOWN_IF_SAVED -> true;
            default -> false;
        } ? fault : null;
    }

    /** A server's fault in the person's words: which server, which base, whose sign-in. */
    public static Notice of(ServerFault fault) {
        var address = fault.address();
        var server = BaseLocation.Server.shown(address);
        return switch (fault.kind()) {
            case UNREACHABLE -> Notice.error("fault.server.unreachable", server);
            case SIGN_IN_REFUSED -> Notice.error("fault.server.refused", server, address.user());
            case NO_SUCH_BASE -> Notice.error("fault.server.no.base", address.host(), address.database());
            case NOT_A_BASE -> Notice.error("fault.server.not.a.base", address.host(), address.database());
            case NO_RIGHT -> Notice.error("fault.server.no.right", address.user(), server);
            case NOT_SAVED -> Notice.error("fault.server.not.saved", server);
            case UNKNOWN_IF_SAVED -> Notice.error("fault.server.unknown", server);
            case NEWER_VERSION -> Notice.error("fault.server.newer", server);
            case OTHER -> Notice.error("notice.action.failed", Errors.message(fault));
        };
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
