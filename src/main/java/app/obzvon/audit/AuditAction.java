package app.obzvon.audit;

/** What the audit log records. The key names the text shown for it ({@code audit.action.<key>}). */
public enum AuditAction {
    IMPORT("import"),
    HANDOVER("handover"),
    HANDOVER_AGAIN("handover-again"),
    SCRIPT_SAVED("script-saved"),
    QUEUE_SCRIPT("queue-script"),
    QUEUE_TARGET("queue-target"),
    CALLER_TARGET("caller-target"),
    SHIFT_START_SET("shift-start-set"),
    QUEUE_ADDED("queue-added"),
    QUEUE_SAVED("queue-saved"),
    OUTCOME_ADDED("outcome-added"),
    OUTCOME_SAVED("outcome-saved"),
    RULES_SAVED("rules-saved"),
    CONTACT_CORRECTED("contact-corrected"),
    PHONE_ADDED("phone-added"),
    PHONE_CLOSED("phone-closed"),
    PHONE_OPENED("phone-opened"),
    PERSON_ADDED("person-added"),
    SUPERVISOR_ADDED("supervisor-added"),
    PERSON_RENAMED("person-renamed"),
    MADE_SUPERVISOR("made-supervisor"),
    MADE_CALLER("made-caller"),
    PERSON_PIN_RESET("person-pin-reset"),
    PERSON_DEACTIVATED("person-deactivated"),
    PERSON_ACTIVATED("person-activated"),
    PERSON_QUEUES("person-queues"),
    FIRST_SUPERVISOR("first-supervisor"),
    LOCK_AFTER("lock-after"),
    SIGN_IN_FAILED("sign-in-failed"),
    SCREEN_LOCKED("screen-locked"),
    CALL_UNDONE("call-undone"),
    AUDIT_SAVED("audit-saved"),
    /** The next stage's results applied: the file's name, how many companies moved. */
    STAGE_RESULTS("stage-results"),
    DNC_ADDED("dnc-added"),
    DNC_REMOVED("dnc-removed"),
    DNC_IMPORTED("dnc-imported"),
    /** "Back up now": the backup's file name. */
    BACKUP_MADE("backup-made"),
    /** A backup put in the base's place: its file name. */
    BACKUP_RESTORED("backup-restored"),
    /** A KPI plan saved: its period, the calls a day it needs. */
    PLAN_SAVED("plan-saved"),
    /** An inbound request entered by hand: its company. */
    INBOUND_ENTERED("inbound-entered"),
    /** A file of inbound requests loaded: its name, how many requests. */
    INBOUND_IMPORTED("inbound-imported"),
    /** How inbound requests are handed out: the rule, the minutes after which one waits too long. */
    INBOUND_SETTINGS("inbound-settings"),
    /** The duty roster: the half-day and who (1) or nobody (0). */
    INBOUND_DUTY("inbound-duty");

    private final String key;

    AuditAction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
