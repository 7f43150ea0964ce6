package app.obzvon.call;

import app.obzvon.shift.Shift;
import app.obzvon.team.CallerTarget;

/** What a caller's progress is measured against: their own targets, and their open shift (null: none). */
public record CallerPlan(CallerTarget target, Shift shift) {

    public static final CallerPlan NONE = new CallerPlan(CallerTarget.NONE, null);
}
