package app.obzvon.planning;

import java.time.Instant;

/** A period's inputs as last saved, by whom and when. */
public record SavedPlan(Period period, PlanInputs inputs, String savedBy, Instant savedAt) {
}
