package app.obzvon.access;

/** What a person may do. A supervisor may also call. */
public enum Role {
    /** Works the queues a supervisor gave them: the next contact, its card, their own calls and progress. */
    CALLER,
    /** Loads the base, hands over leads, writes scripts, sets queues, targets and people; may call too. */
    SUPERVISOR
}
