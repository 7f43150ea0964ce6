package app.obzvon.importing;

/** Stores one import's contacts in batches, inside the transaction that started it. */
public interface ImportWriter extends AutoCloseable {

    void add(ImportedContact contact);

    /**
     * Stores what is still batched and the import's counts and, when a queue is given, puts the
     * import's contacts in it.
     *
     * @return the import's id
     */
    long finish(ImportSummary summary, Long queueId);

    @Override
    void close();
}
