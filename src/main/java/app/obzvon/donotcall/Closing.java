package app.obzvon.donotcall;

/**
 * What listing a number (or taking it off) did to the base: how many of the companies' numbers were
 * closed (or opened again), and how many companies closed (or became callable again) with them.
 */
public record Closing(int phones, int companies) {

    public static final Closing NONE = new Closing(0, 0);

    public Closing plus(Closing other) {
        return new Closing(phones + other.phones, companies + other.companies);
    }
}
