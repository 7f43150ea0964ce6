package app.obzvon.demo;

import app.obzvon.common.Tx;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.ContactRepository;
import app.obzvon.demo.DemoContacts.Category;
import app.obzvon.queue.NewQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.queue.QueueRepository;
import app.obzvon.script.Script;
import app.obzvon.script.ScriptFormat;
import app.obzvon.script.ScriptRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo base offered on first start: a fictional cold base with a cold-call script, a retail
 * script and three queues split the way conveyor sales departments split their daily targets.
 */
public final class DemoBase {

    private final ContactRepository contacts;
    private final ScriptRepository scripts;
    private final QueueRepository queues;

    public DemoBase(ContactRepository contacts, ScriptRepository scripts, QueueRepository queues) {
        this.contacts = contacts;
        this.scripts = scripts;
        this.queues = queues;
    }

    /**
     * Loads the fictional base with its scripts and queues, in the caller's transaction; Russian for "ru",
     * English otherwise.
     */
    public DemoSummary load(Tx tx, Locale language) {
        boolean russian = "ru".equals(language.getLanguage());
        String suffix = russian ? ".ru.md" : ".en.md";
        Script coldCallScript = ScriptFormat.parse(resource("cold-call" + suffix));
        Script retailScript = ScriptFormat.parse(resource("retail" + suffix));
        var base = DemoContacts.generate(russian);
        int added = contacts.addAll(tx, base);
        long coldCall = scripts.add(tx, coldCallScript).scriptId();
        long retail = scripts.add(tx, retailScript).scriptId();
        // Daily targets as sales departments set them: small B2B 80-100, mid/large 30-50, retail 150.
        var demoQueues = List.of(
                new NewQueue(russian ? "Малый бизнес" : "Small business",
                        filter(Set.of(CompanySize.SMALL), null), coldCall, 90),
                new NewQueue(russian ? "Средние и крупные" : "Mid-size and large",
                        filter(Set.of(CompanySize.MEDIUM, CompanySize.LARGE), null), coldCall, 40),
                // Non-profile shops stay in the base but out of the queue, as in a real cold base.
                new NewQueue(russian ? "Розница" : "Retail",
                        filter(Set.of(CompanySize.SMALL, CompanySize.MEDIUM, CompanySize.LARGE),
                                Category.RETAIL.label(russian)), retail, 150));
        demoQueues.forEach(queue -> queues.add(tx, queue));
        return new DemoSummary(added, demoQueues.size());
    }

    private static QueueFilter filter(Set<CompanySize> sizes, String category) {
        return new QueueFilter(Set.of(), sizes, category, null, null);
    }

    private static String resource(String file) {
        String path = "/demo/scripts/" + file;
        try (InputStream in = DemoBase.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The demo script " + path + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo script " + path, e);
        }
    }
}
