package app.obzvon.audit;

import app.obzvon.common.Tx;

import java.time.Instant;
import java.util.List;

/** Append and read; there is no way to change or remove a row (the base refuses it too). */
public interface AuditRepository {

    void add(Tx tx, Instant at, Long personId, AuditAction action, String subject, Integer count);

    /** Newest first, at most {@code limit} rows. */
    List<AuditEntry> find(Tx tx, AuditFilter filter, int limit);
}
