package app.obzvon.call;

import java.util.List;

public interface OutcomeRepository {

    /** The active outcomes in outcome-bar order. */
    List<Outcome> active();
}
