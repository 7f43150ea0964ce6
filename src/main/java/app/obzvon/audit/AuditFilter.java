package app.obzvon.audit;

import java.time.Instant;

/** Which rows of the audit log to show: each part null means any. The period is [from, to). */
public record AuditFilter(Long personId, AuditAction action, Instant from, Instant to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
