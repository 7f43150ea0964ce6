package app.obzvon.importing;

/**
 * How far a pass through the file has got, and whether the user wants it stopped. Both are
 * called on the thread that called the {@link Importer}, between batches of rows.
 */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** @param fraction of the file read, 0 to 1 */
    void update(double fraction);

    /** True stops the pass with a {@link CancelledException}; an import then writes nothing. */
    boolean cancelled();
}
