package app.obzvon.queue;

/** Daily call targets that sales departments use, by kind of base (the ranges are the norm, the target a middle). */
public enum TargetPreset {
    SMALL_BUSINESS_B2B(80, 100, 90),
    MID_LARGE_B2B(30, 50, 40),
    WITH_MEETINGS(15, 20, 18),
    RETAIL(150, 150, 150);

    private final int from;
    private final int to;
    private final int target;

    TargetPreset(int from, int to, int target) {
        this.from = from;
        this.to = to;
        this.target = target;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public int target() {
        return target;
    }
}
