package app.obzvon.audit;

import java.time.Instant;
import java.util.List;

/** Append and read; there is no way to change or remove a row (the base refuses it too). */
public interface AuditRepository {

    void add(Instant at, Long personId, AuditAction action, String subject, Integer count);

    /** Newest first, at most {@code limit} rows. */
    List<AuditEntry> find(AuditFilter filter, int limit);
}
