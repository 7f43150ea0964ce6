package app.obzvon.ui.workstation;

import app.obzvon.Services;
import app.obzvon.call.Outcome;
import app.obzvon.testing.CuttableProxy;
import app.obzvon.testing.MutableClock;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.ServerTeam;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caller screen when the team's server goes away under it (a proxy between the window's pool and
 * the test server, cut at chosen moments): the banner, the outcome said saved or not, keys refused
 * while it is away, the banner gone once it answers. No window: the view models alone.
 */
@PostgresTest
class ServerOutageViewModelTest {

    final MutableClock clock = new MutableClock(TestBase.MORNING, TestBase.ZONE);
    CuttableProxy proxy;
    Services services;
    WorkstationViewModel model;
    DoorViewModel door;

    /** A team's base with Alpha, Bravo and Charlie, reached through the proxy; Вера signed in, Alpha on screen. */
    private void open(PostgresDatabase database) {
        ServerTeam.seed(database, clock, "Вера", "Alpha", "Bravo", "Charlie");
        proxy = CuttableProxy.toLocalPostgres();
        services = ServerTeam.open(ServerTeam.through(proxy, database), clock);
        model = new WorkstationViewModel(new SynchronousTasks(), clock);
        door = new DoorViewModel(new SynchronousTasks(), clock, model);
        model.watchServer(services::ping);
        door.connect(services.signIn(), services.callingSession(), services.shifts(), services.signIn().door());
        door.signIn(door.people().get(0), TestBase.PIN);
        assertEquals("Alpha", company());
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void anOutcomeTheServerNeverGotIsSaidNotSavedAndTheSameKeyLogsItOnceTheServerAnswers(
            @PostgresTest.Fresh PostgresDatabase database) {
        open(database);
        proxy.cut();

        model.choose(outcome("no_answer"));

        assertTrue(model.server().isDown(), "the banner shows");
        assertEquals("server.call.not.saved", model.server().detailProperty().get().key());
        assertEquals("Alpha", model.server().detailProperty().get().args().get(0));
        assertEquals("Alpha", company(), "still on screen, to log again");
        assertFalse(model.busyProperty().get());

        model.choose(outcome("no_answer"));
        assertEquals("server.down.refused", model.noticeProperty().get().key(), "refused while the banner is up");
        model.undo();
        assertEquals(0, ServerTeam.calls(database));

        ticks();
        assertTrue(model.server().isDown(), "still away: checked again a few seconds on");

        proxy.restore();
        ticksUntilBack();

        assertFalse(model.server().isDown(), "the banner goes once the server answers");
        assertNull(model.server().detailProperty().get());
        assertEquals("server.back.not.saved", model.noticeProperty().get().key());
        assertEquals("Alpha", company());
        model.choose(outcome("no_answer"));
        assertEquals("Bravo", company(), "the same key logs it now");
        assertEquals(1, ServerTeam.calls(database));
    }

    @Test
    void aCommitTheServerTookWhileTheLineDroppedIsCheckedAndFoundSaved(@PostgresTest.Fresh PostgresDatabase database) {
        open(database);
        proxy.cutAt("COMMIT", true, true);

        model.choose(outcome("no_answer"));

        assertTrue(model.server().isDown());
        assertEquals("server.call.checking", model.server().detailProperty().get().key(), "never silent");
        assertEquals("Alpha", company());
        assertEquals(1, ServerTeam.calls(database), "the server has it; the window cannot know yet");

        proxy.restore();
        ticksUntilBack();

        assertFalse(model.server().isDown());
        assertEquals("server.back.saved", model.noticeProperty().get().key());
        assertEquals("Bravo", company(), "saved: the next contact");
        assertEquals(1, ServerTeam.calls(database), "logged once");
    }

    @Test
    void aCommitThatNeverReachedTheServerIsCheckedAndFoundNotSaved(@PostgresTest.Fresh PostgresDatabase database) {
        open(database);
        proxy.cutAt("COMMIT", false, true);

        model.choose(outcome("no_answer"));

        assertEquals("server.call.checking", model.server().detailProperty().get().key());
        proxy.restore();
        ticksUntilBack();

        assertFalse(model.server().isDown());
        assertEquals("server.back.not.saved", model.noticeProperty().get().key());
        assertEquals("Alpha", company());
        assertEquals(0, ServerTeam.calls(database));
        model.choose(outcome("no_answer"));
        assertEquals("Bravo", company());
        assertEquals(1, ServerTeam.calls(database));
    }

    /** The line dropped at the commit, but the server answered the question at once: not saved, said so. */
    @Test
    void aCommitTheServerSaysItNeverGotIsSaidNotSaved(@PostgresTest.Fresh PostgresDatabase database) {
        open(database);
        proxy.cutAt("COMMIT", false, false);

        model.choose(outcome("busy"));

        assertTrue(model.server().isDown());
        assertEquals("server.call.not.saved", model.server().detailProperty().get().key());
        ticks();
        assertFalse(model.server().isDown(), "it answers: the banner goes at the first check");
        assertEquals("server.back.not.saved", model.noticeProperty().get().key());
        model.choose(outcome("busy"));
        assertEquals("Bravo", company());
        assertEquals(1, ServerTeam.calls(database));
    }

    @Test
    void theDoorShowsTheBannerTooAndSignsInOnceTheServerAnswers(@PostgresTest.Fresh PostgresDatabase database) {
        open(database);
        door.switchCaller();
        proxy.cut();

        door.signIn(door.people().get(0), TestBase.PIN);

        assertTrue(model.server().isDown());
        assertEquals("fault.server.unreachable", model.noticeProperty().get().key());
        assertEquals(Screen.SIGN_IN, model.screenProperty().get());
        proxy.restore();
        ticksUntilBack();
        assertFalse(model.server().isDown());
        assertEquals("server.back", model.noticeProperty().get().key());
        door.signIn(door.people().get(0), TestBase.PIN);
        assertEquals("Alpha", company());
    }

    /** The seconds until the next check: the window's ticker calls tick each second. */
    private void ticks() {
        for (int i = 0; i < ServerWatch.CHECK_EVERY; i++) {
            model.tick();
        }
    }

    /**
     * Checks until the server answers (a few): the pool may still hold a connection the cut left
     * dead, which fails the first check at once and is dropped for a new one.
     */
    private void ticksUntilBack() {
        for (int round = 0; round < 4 && model.server().isDown(); round++) {
            ticks();
        }
    }

    private Outcome outcome(String code) {
        return model.outcomes().stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
    }

    private String company() {
        return model.contactProperty().get().company();
    }
}
