package app.obzvon.team;

/** Two people by one name could not tell at sign-in which is theirs (nor could {@code --as NAME}). */
public final class NameTakenException extends IllegalArgumentException {

    private final String name;

    public NameTakenException(String name) {
        super("somebody is already called " + name);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
