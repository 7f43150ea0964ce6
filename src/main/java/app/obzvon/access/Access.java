package app.obzvon.access;

/**
 * Who is signed in to this set of services (one window, or one command), and the one place where
 * every service asks whether that person may do what is asked. Hiding a menu is not the rule: this is.
 */
public final class Access {

    private volatile Person signedIn;

    /** The person signed in, who may do anything their role allows. */
    public Person requireSignedIn() {
        var person = signedIn;
        if (person == null) {
            throw new AccessDeniedException("nobody is signed in");
        }
        return person;
    }

    /** The person signed in, when they are a supervisor. */
    public Person requireSupervisor() {
        var person = requireSignedIn();
        if (!person.isSupervisor()) {
            throw new AccessDeniedException(person.name() + " is not a supervisor");
        }
        return person;
    }

    /** The person signed in, or null. */
    public Person current() {
        return signedIn;
    }

    public void signIn(Person person) {
        signedIn = person;
    }

    public void signOut() {
        signedIn = null;
    }
}
