package app.obzvon.importing;

/** Where the imported contacts go besides the base: nowhere else, an existing queue, or a new one. */
public sealed interface QueueTarget {

    static QueueTarget none() {
        return new None();
    }

    static QueueTarget existing(long queueId) {
        return new Existing(queueId);
    }

    /** A new queue of exactly the imported contacts, with the default daily target. */
    static QueueTarget newQueue(String name) {
        return new New(name);
    }

    record None() implements QueueTarget {
    }

    record Existing(long queueId) implements QueueTarget {
    }

    record New(String name) implements QueueTarget {

        public New {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("A new queue needs a name");
            }
            name = name.strip();
        }
    }
}
