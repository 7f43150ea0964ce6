package app.obzvon.persistence;

import app.obzvon.Services;
import app.obzvon.call.CallDetails;
import app.obzvon.contact.CompanySize;
import app.obzvon.testing.TestBase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.IntStream;

/**
 * The window's process in {@link CrashTest}: the real services on the base, the supervisor signed
 * in, the first queue open, logging outcomes as fast as a caller never could until it is killed;
 * when the queue runs dry, a load of companies is added to it.
 * Each outcome acknowledged (log() returned) is printed at once as
 * {@code acknowledged CALL CONTACT .}: a line cut short by the kill lacks the final dot and is no
 * acknowledgement.
 */
public final class CrashedCaller {

    private static final int LOAD = 300;

    private CrashedCaller() {
    }

    /** A load of companies, in one transaction as an import writes them. */
    static void addCompanies(Services services) {
        services.database().inTransaction(tx -> services.contacts().addAll(tx, IntStream.range(0, LOAD)
                .mapToObj(i -> TestBase.company("Компания " + i, CompanySize.SMALL)).toList()));
    }

    public static void main(String[] args) throws Exception {
        // Ends with the test's JVM (its end closes our input), killed or not.
        var orphaned = new Thread(() -> {
            try {
                System.in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (java.io.IOException e) {
                // Closed either way.
            }
            Runtime.getRuntime().halt(3);
        });
        orphaned.setDaemon(true);
        orphaned.start();
        var file = Path.of(args[0]);
        long supervisor = Long.parseLong(args[1]);
        var clock = TestBase.mondayMorning();
        var services = TestBase.open(file, clock);
        services.signIn().signIn(supervisor, TestBase.PIN);
        var session = services.callingSession();
        // Unanswered and busy: retries come due two hours on, so each company is called once here.
        var outcomes = session.outcomes().stream()
                .filter(o -> o.code().equals("no_answer") || o.code().equals("busy")).toList();
        var queue = session.queues().get(0);
        var shown = session.open(queue).contact();
        for (int i = 0; ; i++) {
            if (shown == null) {
                // However fast the machine logs, the queue never runs dry (a load may be killed too).
                addCompanies(services);
                shown = session.open(queue).contact();
                if (shown == null) {
                    break;
                }
            }
            var logged = session.log(shown.id(), outcomes.get(i % outcomes.size()), CallDetails.none(),
                    clock.instant());
            // One write of one short line: the pipe passes it whole or, killed before, not at all.
            System.out.write(("acknowledged " + logged.call().id() + " " + shown.id() + " .\n")
                    .getBytes(StandardCharsets.US_ASCII));
            System.out.flush();
            shown = logged.next().contact();
        }
        System.out.println("queue empty");
        System.out.flush();
        // Waits to be killed, like the others.
        Thread.sleep(Long.MAX_VALUE);
    }
}
