package app.obzvon.audit;

import java.time.Instant;

/** One row of the audit log: who (null: nobody signed in), when, what, about what, how many. */
public record AuditEntry(long id, Instant at, Long personId, String personName, AuditAction action, String subject,
                         Integer count) {
}
