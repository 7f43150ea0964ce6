package app.obzvon.handoff;

import java.nio.file.Path;

/**
 * What an export did: a batch handed over and written to a file, or nothing when no lead matched
 * (then no batch is recorded and no file is written: an existing file at the target stays as it was).
 *
 * @param batch the batch recorded; null when nothing matched
 * @param file  the file written; null when nothing matched
 */
public record HandoverResult(Handover batch, Path file) {

    public static HandoverResult nothingToHandOver() {
        return new HandoverResult(null, null);
    }

    /** False when no lead matched the criteria. */
    public boolean handedOver() {
        return batch != null;
    }

    public int leadCount() {
        return batch == null ? 0 : batch.leadCount();
    }
}
