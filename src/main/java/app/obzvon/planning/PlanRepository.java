package app.obzvon.planning;

import app.obzvon.common.Tx;

import java.time.Instant;
import java.util.Optional;

/** The KPI plans, one per period (V13), and what the base's history says about the conversions. */
public interface PlanRepository {

    Optional<SavedPlan> find(Tx tx, Period period);

    /** The period's plan, replacing the one saved before for exactly these days. */
    void save(Tx tx, Period period, PlanInputs inputs, long personId, Instant at);

    /** The conversions the base knows from {@code since} on. */
    ConversionHistory history(Tx tx, Instant since, int days);
}
