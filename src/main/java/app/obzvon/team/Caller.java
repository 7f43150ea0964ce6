package app.obzvon.team;

/** The person at the workstation. One default caller until sign-in and shifts come. */
public record Caller(long id, String name) {

    public static final long DEFAULT_ID = 1;
}
