package app.obzvon.importing;

/**
 * What an import stored.
 *
 * @param importId the import's record, null when the file had nothing to import (then nothing was written)
 * @param queueId  the queue the contacts went into, null when none
 */
public record ImportResult(Long importId, Long queueId, ImportSummary summary) {

    public int imported() {
        return importId == null ? 0 : summary.toImport();
    }
}
