package app.obzvon.script;

import java.util.Optional;

public interface ScriptRepository {

    Optional<Script> find(long id);

    Script add(String name, String body);
}
