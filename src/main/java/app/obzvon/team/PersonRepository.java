package app.obzvon.team;

import app.obzvon.access.Person;
import app.obzvon.access.Role;
import app.obzvon.common.Tx;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface PersonRepository {

    Optional<Person> find(Tx tx, long id);

    /** Everyone, active or not, in the order they were added. */
    List<Person> all(Tx tx);

    long add(Tx tx, String name, Role role, String pinHash, Instant at);

    void rename(Tx tx, long id, String name);

    void setRole(Tx tx, long id, Role role);

    void setActive(Tx tx, long id, boolean active);

    void setLanguage(Tx tx, long id, String languageTag);

    /** The stored PBKDF2 hash, or empty while no PIN is set. */
    Optional<String> pinHash(Tx tx, long id);

    void setPinHash(Tx tx, long id, String pinHash);

    /** Wrong PINs in a row, and when the last one was typed. */
    Failures failures(Tx tx, long id);

    void setFailures(Tx tx, long id, Failures failures);

    /** The queues given to this person. */
    Set<Long> queues(Tx tx, long id);

    void setQueues(Tx tx, long id, Set<Long> queueIds);

    record Failures(int count, Instant last) {

        public static final Failures NONE = new Failures(0, null);
    }
}
