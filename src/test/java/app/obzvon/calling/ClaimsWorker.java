package app.obzvon.calling;

import app.obzvon.call.CallDetails;
import app.obzvon.testing.TestBase;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Another PC's window, in a process of its own: signs in, works the first queue for a number of
 * rounds and prints each contact it was shown. With "halt" it takes one contact and dies holding it.
 * The clock is fixed at the instant given, so both processes agree on when leases run out.
 */
public final class ClaimsWorker {

    private ClaimsWorker() {
    }

    public static void main(String[] args) {
        var file = Path.of(args[0]);
        long person = Long.parseLong(args[1]);
        var pin = args[2];
        int rounds = Integer.parseInt(args[3]);
        var clock = Clock.fixed(Instant.ofEpochMilli(Long.parseLong(args[4])), ZoneId.of("Europe/Moscow"));
        var services = TestBase.open(file, clock);
        services.signIn().signIn(person, pin);
        var session = services.callingSession();
        var queue = session.queues().get(0);
        var shown = session.open(queue).contact();
        if (args.length > 5 && args[5].equals("halt")) {
            System.out.println("holding " + shown.id());
            System.out.flush();
            // Killed with the card on screen: no release, no close.
            Runtime.getRuntime().halt(0);
        }
        var outcome = services.database().inTransaction(tx -> services.outcomes().active(tx)).stream()
                .filter(o -> o.code().equals("no_answer")).findFirst().orElseThrow();
        for (int i = 0; i < rounds && shown != null; i++) {
            System.out.println(shown.id());
            shown = session.log(shown.id(), outcome, CallDetails.none(), clock.instant()).next().contact();
        }
        System.out.println("done");
        System.out.flush();
        services.close();
    }
}
