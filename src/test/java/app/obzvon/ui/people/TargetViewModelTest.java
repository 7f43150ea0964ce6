package app.obzvon.ui.people;

import app.obzvon.queue.TargetPreset;
import app.obzvon.team.CallerTarget;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.Notice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The people window's target part without a window: what is shown for a person, and what saving stores. */
class TargetViewModelTest {

    @TempDir
    Path folder;
    TestBase base;
    TargetViewModel model;
    final List<Notice> told = new ArrayList<>();

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        model = new TargetViewModel(new SynchronousTasks(), base.services.targets(), base.services.shifts(), told::add);
        model.load();
    }

    @AfterEach
    void close() {
        base.close();
    }

    @Test
    void aPresetFillsItsNumberAndIsStoredWithTheLeadsAndTheShift() {
        var boris = base.addCaller("Борис", "1357");
        model.show(boris);
        assertInstanceOf(TargetViewModel.QueueTarget.class, model.sourceProperty().get(), "nothing of his own yet");

        model.sourceProperty().set(new TargetViewModel.Preset(TargetPreset.MID_LARGE_B2B));
        assertEquals(40, model.callsProperty().get());
        model.leadsProperty().set(3);
        model.shiftHoursProperty().set(4);
        model.save();

        assertEquals(new CallerTarget(40, 3, TargetPreset.MID_LARGE_B2B, Duration.ofHours(4)),
                base.services.targets().all().get(boris.id()));
        assertEquals("people.target.saved", told.get(told.size() - 1).key());

        model.show(base.supervisor);
        assertInstanceOf(TargetViewModel.QueueTarget.class, model.sourceProperty().get());
        model.show(boris);
        assertEquals(new TargetViewModel.Preset(TargetPreset.MID_LARGE_B2B), model.sourceProperty().get());
        assertEquals(4, model.shiftHoursProperty().get());
    }

    @Test
    void theQueuesTargetStoresNoNumberAndAShiftTooLongIsRefusedWithNothingStored() {
        var boris = base.addCaller("Борис", "1357");
        model.show(boris);
        model.sourceProperty().set(new TargetViewModel.OwnNumber());
        model.callsProperty().set(70);
        model.shiftHoursProperty().set(13);
        model.save();
        assertEquals("target.refused.shift", told.get(told.size() - 1).key());
        assertEquals(CallerTarget.NONE, base.services.targets().all().get(boris.id()));

        model.shiftHoursProperty().set(0);
        model.sourceProperty().set(new TargetViewModel.QueueTarget());
        model.save();
        assertEquals(CallerTarget.NONE, base.services.targets().all().get(boris.id()));
    }

    @Test
    void theSupervisorSetsShiftsToBeStartedByHand() {
        model.startsAtSignInProperty().set(false);
        model.saveShiftStart();
        assertFalse(base.services.shifts().startsAtSignIn());
        assertEquals("people.shift.start.saved.by.hand", told.get(told.size() - 1).key());
    }
}
