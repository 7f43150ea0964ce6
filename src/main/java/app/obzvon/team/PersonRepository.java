package app.obzvon.team;

import app.obzvon.access.Person;
import app.obzvon.access.Role;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface PersonRepository {

    Optional<Person> find(long id);

    /** Everyone, active or not, in the order they were added. */
    List<Person> all();

    long add(String name, Role role, String pinHash, Instant at);

    void rename(long id, String name);

    void setRole(long id, Role role);

    void setActive(long id, boolean active);

    void setLanguage(long id, String languageTag);

    /** The stored PBKDF2 hash, or empty while no PIN is set. */
    Optional<String> pinHash(long id);

    void setPinHash(long id, String pinHash);

    /** Wrong PINs in a row, and when the last one was typed. */
    Failures failures(long id);

    void setFailures(long id, Failures failures);

    /** The queues given to this person. */
    Set<Long> queues(long id);

    void setQueues(long id, Set<Long> queueIds);

    record Failures(int count, Instant last) {

        public static final Failures NONE = new Failures(0, null);
    }
}
