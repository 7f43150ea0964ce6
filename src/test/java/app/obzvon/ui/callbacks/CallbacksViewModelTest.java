package app.obzvon.ui.callbacks;

import app.obzvon.call.CallDetails;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A caller's callbacks are theirs: today's, the overdue and the missed ones, and none of a colleague's. */
class CallbacksViewModelTest {

    @TempDir
    Path folder;
    TestBase base;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.addCompanies("Alpha", "Bravo", "Charlie", "Delta");
    }

    @AfterEach
    void close() {
        base.close();
    }

    private List<CallbacksViewModel.Row> rows() {
        var model = new CallbacksViewModel(new SynchronousTasks(), base.services.callingSession(), base.clock);
        model.load();
        return model.rows();
    }

    @Test
    void onlyOnesOwnCallbacksUntilTheEndOfTheDayWithWhereEachStands() {
        var queue = base.queue(QueueFilter.any());
        var boris = base.addCaller("Борис", "1357");
        base.log(base.next(queue), queue, "call_back", new CallDetails(null, base.clock.instant().plusSeconds(1800), null));
        base.log(base.next(queue), queue, "call_back", new CallDetails(null, base.clock.instant().plusSeconds(7200), null));
        base.log(base.next(queue), queue, "call_back",
                new CallDetails(null, base.clock.instant().plus(Duration.ofDays(2)), null));
        base.log(base.next(queue).id(), queue, boris.id(), "call_back",
                new CallDetails(null, base.clock.instant().plusSeconds(900), null));

        assertEquals(List.of("Alpha", "Bravo"), rows().stream().map(r -> r.callback().company()).toList(),
                "Anna's two for today, not the one in two days, not Борис's");

        base.clock.advance(Duration.ofMinutes(150));
        assertEquals(List.of(CallbacksViewModel.State.MISSED, CallbacksViewModel.State.OVERDUE),
                rows().stream().map(CallbacksViewModel.Row::state).toList());
    }
}
