package app.obzvon.team;

import java.util.List;

public interface CallerRepository {

    Caller find(long id);

    List<Caller> all();

    void rename(long id, String name);
}
