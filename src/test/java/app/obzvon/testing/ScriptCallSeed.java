package app.obzvon.testing;

import app.obzvon.call.CallDetails;
import app.obzvon.contact.RefusalReason;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.script.PathStep;
import app.obzvon.script.ScriptPath;
import app.obzvon.script.ScriptVersion;

import java.time.Duration;
import java.util.ArrayList;

/**
 * Six conversations read from {@link SampleScripts#coldCall()} whose figures the tests know: per
 * step (reached / ended there / leads) greeting 6/1/2, offer 4/0/2, agreed 2/2/2, later 1/1/0,
 * refused 2/2/0, e-mail objection 1/0/1, supplier objection 2/0/0; "Only tenders" heard twice at
 * the offer, "Who gave you our number?" once at the greeting. Then a busy and an unanswered call
 * at the greeting, which count nowhere: nobody was talked to.
 */
public final class ScriptCallSeed {

    public final TestBase base;
    public final CallQueue queue;
    public final ScriptVersion version;

    public ScriptCallSeed(TestBase base) {
        this.base = base;
        version = base.services.scripts().create(SampleScripts.coldCall());
        base.addCompanies("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L");
        queue = base.queue(QueueFilter.any());
        var later = base.clock.instant().plus(Duration.ofDays(1));
        call(version, "qualified_lead", CallDetails.none(), "greeting", "offer", "agreed");
        call(version, "not_interested", new CallDetails(null, null, RefusalReason.OTHER),
                "greeting", "offer", "supplier", "offer|Only tenders", "refused");
        call(version, "call_back", new CallDetails(null, later, null), "greeting", "later");
        call(version, "meeting_booked", new CallDetails(null, later, null),
                "greeting", "offer", "email", "offer", "agreed");
        call(version, "not_interested", new CallDetails(null, null, RefusalReason.NO_BUDGET),
                "greeting", "offer", "supplier", "offer|Only tenders", "refused");
        call(version, "not_interested", new CallDetails(null, null, RefusalReason.NON_PROFILE),
                "greeting|Who gave you our number?");
        call(version, "busy", CallDetails.none(), "greeting");
        call(version, "no_answer", CallDetails.none(), "greeting|Hello? Hello?");
    }

    /** Logs a call through these steps; "key|text" records what the prospect said there. */
    public long call(ScriptVersion read, String outcome, CallDetails details, String... steps) {
        var path = new ArrayList<PathStep>();
        for (String s : steps) {
            String[] parts = s.split("\\|");
            path.add(new PathStep(parts[0], parts.length > 1 ? parts[1] : null));
        }
        return base.log(base.next(queue), queue, outcome, details.withScript(new ScriptPath(read.id(), path))).id();
    }
}
