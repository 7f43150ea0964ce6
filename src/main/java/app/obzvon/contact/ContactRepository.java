package app.obzvon.contact;

import java.util.List;
import java.util.Optional;

public interface ContactRepository {

    /** Adds the contacts in one batch and returns how many were added. */
    int addAll(List<NewContact> contacts);

    Optional<Contact> find(long id);

    void updateState(long id, ContactState state);

    long count();
}
