package app.obzvon.team;

public interface CallerRepository {

    Caller find(long id);

    void rename(long id, String name);
}
