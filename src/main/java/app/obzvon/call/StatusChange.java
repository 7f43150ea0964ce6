package app.obzvon.call;

import app.obzvon.contact.ContactStatus;

/** What an outcome does to the contact's status: keep it, warm it one step, or set one. */
public record StatusChange(String code) {

    public static final StatusChange KEEP = new StatusChange("KEEP");
    public static final StatusChange ADVANCE = new StatusChange("ADVANCE");

    public StatusChange {
        if (!code.equals("KEEP") && !code.equals("ADVANCE")) {
            ContactStatus.valueOf(code); // a status name, or a clear error
        }
    }

    public static StatusChange to(ContactStatus status) {
        return new StatusChange(status.name());
    }

    public ContactStatus applyTo(ContactStatus current) {
        return switch (code) {
            case "KEEP" -> current;
            case "ADVANCE" -> current.advanced();
            default -> ContactStatus.valueOf(code);
        };
    }
}
