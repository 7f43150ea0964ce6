package app.obzvon.importing;

/**
 * The file cannot be imported as asked. The message is one line a user can read; the problem
 * lets a window show its own words instead. Nothing was written when this is thrown.
 */
public final class ImportException extends RuntimeException {

    public enum Problem {
        EMPTY_FILE, NOT_A_TABLE, OLD_EXCEL, DAMAGED_XLSX, NO_SUCH_SHEET, UNREADABLE,
        NO_PHONE_COLUMN, NO_NAME_COLUMN, UNKNOWN_REGION, NO_SUCH_QUEUE, CANNOT_WRITE
    }

    private final Problem problem;

    public ImportException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public ImportException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
