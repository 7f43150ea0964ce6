package app.obzvon.ui.handoff;

import app.obzvon.call.Outcome;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** An outcome on the export dialog, and whether its calls count as leads to hand over. */
public record OutcomeChoice(Outcome outcome, BooleanProperty chosen) {

    static OutcomeChoice of(Outcome outcome) {
        return new OutcomeChoice(outcome, new SimpleBooleanProperty(outcome.lead()));
    }
}
