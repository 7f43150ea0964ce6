package app.obzvon.demo;

import app.obzvon.common.Transactions;
import app.obzvon.contact.ContactRepository;
import app.obzvon.queue.QueueRepository;
import app.obzvon.script.ScriptRepository;

import java.util.Locale;

// Placeholder until the generator lands (being written in parallel); replaced, not shipped.
public final class DemoBase {
    public DemoBase(Transactions transactions, ContactRepository contacts, ScriptRepository scripts, QueueRepository queues) {
    }

    public DemoSummary load(Locale language) {
        throw new UnsupportedOperationException();
    }
}
