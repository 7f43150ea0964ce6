package app.obzvon.ui.connect;

import app.obzvon.Services;
import app.obzvon.persistence.ServerAddress;
import app.obzvon.testing.CuttableProxy;
import app.obzvon.testing.PostgresDatabase;
import app.obzvon.testing.PostgresTest;
import app.obzvon.testing.ServerBases;
import app.obzvon.testing.ServerTeam;
import app.obzvon.testing.SynchronousTasks;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Connect to a team's server…" without its window: the real test server, the dialog's words for each refusal. */
@PostgresTest
class ConnectViewModelTest {

    @TempDir
    Path folder;
    final List<Services> connected = new ArrayList<>();
    final List<Services> closed = new ArrayList<>();

    @BeforeAll
    static void team(PostgresDatabase database) {
        ServerTeam.seed(database, TestBase.mondayMorning(), "Вера", "Alpha");
    }

    /** Opens the services as the window does; each one handed over is kept. */
    private ConnectViewModel<Services> model(RememberedServer remembered, ServerAddress given) {
        return new ConnectViewModel<>(new SynchronousTasks(), (address, password) ->
                Services.open(address, password, TestBase.mondayMorning(), TestBase.QUICK_HASH), remembered, given, "anna", (address, services) -> connected.add(services));
    }

    private static void fill(ConnectViewModel<?> model, ServerAddress address) {
        model.hostProperty().set(address.host());
        model.portProperty().set(Integer.toString(address.port()));
        model.baseProperty().set(address.database());
        model.userProperty().set(address.user());
    }

    @Test
    void theServerLetsThePersonInAndIsRememberedWithoutThePassword(PostgresDatabase database) throws Exception {
        var file = folder.resolve("config").resolve("server.properties");
        var model = model(new RememberedServer(file), null);
        model.load(() -> { });
        assertEquals("anna", model.userProperty().get(), "this PC's account, when nothing is remembered");
        assertEquals("5432", model.portProperty().get());
        var address = ServerBases.address(database);
        fill(model, address);

        model.connect("typed-secret-123");

        assertTrue(model.doneProperty().get(), "the dialog closes");
        assertEquals(1, connected.size());
        try (var services = connected.get(0)) {
            assertEquals("Вера", services.signIn().door().people().get(0).name(), "that base's door");
        }
        var kept = Files.readString(file);
        assertTrue(kept.contains(address.database()) && kept.contains("host=" + address.host()), kept);
        assertFalse(kept.contains("typed-secret-123"), "never the password, in any form");
        assertFalse(kept.toLowerCase(java.util.Locale.ROOT).contains("password="), kept);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        // The next time, the dialog opens filled in: the password is what is left to type.
        var next = model(new RememberedServer(file), null);
        next.load(() -> { });
        assertEquals(address.host(), next.hostProperty().get());
        assertEquals(Integer.toString(address.port()), next.portProperty().get());
        assertEquals(address.database(), next.baseProperty().get());
        assertEquals(address.user(), next.userProperty().get());
    }

    @Test
    void aBaseTheServerDoesNotHaveIsSaidSoAndNothingIsHandedOver(PostgresDatabase database) {
        var model = model(new RememberedServer(null), null);
        fill(model, ServerBases.address(database));
        model.baseProperty().set("no_such_base_here");

        model.connect("");

        assertEquals("connect.no.base", model.noticeProperty().get().key());
        assertEquals(List.of(ServerBases.address(database).host() + ":" + ServerBases.address(database).port(),
                "no_such_base_here"), model.noticeProperty().get().args());
        assertFalse(model.doneProperty().get(), "the dialog stays, to correct the name");
        assertTrue(connected.isEmpty());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aServerThatDoesNotAnswerIsSaidSo(PostgresDatabase database) {
        try (var proxy = CuttableProxy.toLocalPostgres()) {
            proxy.cut();
            var model = model(new RememberedServer(null), null);
            fill(model, ServerTeam.through(proxy, database));

            model.connect(null);

            assertEquals("connect.unreachable", model.noticeProperty().get().key());
            assertEquals(List.of(proxy.host() + ":" + proxy.port()), model.noticeProperty().get().args());
            assertTrue(connected.isEmpty());
        }
    }

    @Test
    void whatIsMissingIsSaidBeforeAnythingIsTried() {
        var model = model(new RememberedServer(null), null);
        model.connect("x");
        assertEquals("connect.host.missing", model.noticeProperty().get().key());
        model.hostProperty().set("db.office.local");
        model.portProperty().set("54x");
        model.connect("x");
        assertEquals("connect.port.invalid", model.noticeProperty().get().key());
        model.portProperty().set("5432");
        model.connect("x");
        assertEquals("connect.base.missing", model.noticeProperty().get().key());
        model.userProperty().set(" ");
        model.baseProperty().set("team");
        model.connect("x");
        assertEquals("connect.user.missing", model.noticeProperty().get().key());
        assertTrue(connected.isEmpty());

        // A whole address pasted into the first field fills the others in.
        model.hostProperty().set("postgresql://boris@db.office.local:6543/sales");
        model.portProperty().set("");
        model.connect("x");
        assertEquals("db.office.local", model.hostProperty().get());
        assertEquals("6543", model.portProperty().get());
        assertEquals("sales", model.baseProperty().get());
        assertEquals("boris", model.userProperty().get());
    }

    @Test
    void aConnectionThatArrivesAfterTheDialogClosedIsClosed(PostgresDatabase database) {
        var model = new ConnectViewModel<Services>(new SynchronousTasks(), (address, password) -> {
            var services = Services.open(address, password, TestBase.mondayMorning(), TestBase.QUICK_HASH);
            closed.add(services);
            return services;
        }, new RememberedServer(null), ServerBases.address(database), null, (address, services) -> connected.add(services));
        model.load(() -> { });
        assertEquals(ServerBases.address(database).database(), model.baseProperty().get(), "the server given");
        model.closed();

        model.connect(null);

        assertTrue(connected.isEmpty(), "nobody wants it");
        assertEquals(1, closed.size());
        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> closed.get(0).signIn().door(),
                "nothing left open: its pool is closed");
    }
}
