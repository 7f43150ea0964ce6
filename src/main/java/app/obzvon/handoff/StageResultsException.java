package app.obzvon.handoff;

import java.util.List;

/**
 * A results file that cannot be applied as it is. Nothing was written when this is thrown. The
 * message is one English line (the command line prints it); {@link #key} and {@link #args} give a
 * window the same words in the user's language.
 */
public final class StageResultsException extends RuntimeException {

    /** What is wrong with the file, with the text key a window shows for it. */
    public enum Problem {
        EMPTY_FILE("results.problem.empty"),
        OLD_EXCEL("results.problem.old.excel"),
        NO_SUCH_SHEET("results.problem.no.sheet"),
        UNREADABLE("results.problem.unreadable"),
        NO_STATUS_COLUMN("results.problem.no.status"),
        NO_COMPANY_COLUMN("results.problem.no.company"),
        UNKNOWN_REGION("results.problem.region");

        private final String key;

        Problem(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private final Problem problem;
    private final transient List<Object> args;

    public StageResultsException(Problem problem, String message, Throwable cause, Object... args) {
        super(message, cause);
        this.problem = problem;
        this.args = List.of(args);
    }

    public Problem problem() {
        return problem;
    }

    /** The text key of the problem, e.g. {@code results.problem.no.status}. */
    public String key() {
        return problem.key();
    }

    /** What the text fills in: the detail of an unreadable file, the sheet's name. */
    public List<Object> args() {
        return args;
    }
}
