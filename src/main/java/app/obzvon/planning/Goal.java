package app.obzvon.planning;

/** What the plan starts from: the revenue wanted, or the profit wanted at a margin (seed 003). */
public enum Goal {
    REVENUE,
    PROFIT
}
