package app.obzvon.call;

import app.obzvon.common.Tx;

import java.util.List;

public interface OutcomeRepository {

    /** The active outcomes in outcome-bar order. */
    List<Outcome> active(Tx tx);

    /** Every outcome, the switched-off ones too, in outcome-bar order. */
    List<Outcome> all(Tx tx);

    /** Writes an outcome's rules (all but its code), by id. */
    void save(Tx tx, Outcome outcome);

    /** A new outcome with this code at the end of the bar, switched off until the supervisor sets it up; its id. */
    long add(Tx tx, String code);
}
