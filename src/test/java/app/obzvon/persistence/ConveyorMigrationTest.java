package app.obzvon.persistence;

import app.obzvon.contact.ContactStatus;
import app.obzvon.testing.MutableClock;
import app.obzvon.testing.TestBase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A base from before the conveyor's rules: its mobile-only companies get the zone of their city or
 * region, and a callback already promised belongs to the caller whose call agreed it.
 */
class ConveyorMigrationTest {

    @TempDir
    Path folder;

    @Test
    void oldCompaniesGetAZoneFromTheirPlaceAndOldCallbacksTheirCaller() throws Exception {
        var file = folder.resolve("old.db");
        var dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("8").load().migrate();
        long later = TestBase.MORNING.plusSeconds(3600).toEpochMilli();
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("UPDATE callers SET name = 'Анна', role = 'SUPERVISOR' WHERE id = 1");
            s.execute("INSERT INTO contacts (id, company, city, region, created_at, status) VALUES"
                    + " (1, 'Сибирь', 'г. Новосибирск', NULL, 0, 'NEW'),"
                    + " (2, 'Камчатка', NULL, 'Камчатский край', 0, 'NEW'),"
                    + " (3, 'Где-то', 'Нигдегорск', NULL, 0, 'NEW')");
            s.execute("INSERT INTO contacts (id, company, time_zone, created_at, status, attempts, next_call_at,"
                    + " next_call_kind) VALUES (4, 'Перезвон', 'Europe/Moscow', 0, 'CONTACT_1', 1, " + later
                    + ", 'CALLBACK')");
            s.execute("INSERT INTO calls (contact_id, caller_id, outcome_id, started_at, logged_at, callback_at,"
                    + " prev_status, prev_attempts, prev_do_not_call) VALUES (4, 1, 3, 0, 0, " + later
                    + ", 'NEW', 0, 0)");
        }

        try (var services = TestBase.open(file, new MutableClock(TestBase.MORNING, TestBase.ZONE))) {
            var contacts = services.contacts();
            services.database().read(tx -> {
                assertEquals(ZoneId.of("Asia/Novosibirsk"), contacts.find(tx, 1).orElseThrow().timeZone());
                assertEquals(ZoneId.of("Asia/Kamchatka"), contacts.find(tx, 2).orElseThrow().timeZone());
                assertNull(contacts.find(tx, 3).orElseThrow().timeZone(),
                        "an unknown place stays unknown: the office's hours");
                var callback = contacts.find(tx, 4).orElseThrow().state();
                assertEquals(ContactStatus.CONTACT_1, callback.status());
                assertEquals(1L, callback.work().callerId(), "the callback is Анна's");
                assertEquals(ZoneId.of("Europe/Moscow"), contacts.find(tx, 4).orElseThrow().timeZone(),
                        "a known zone stays");
                assertEquals(java.util.Set.of("Asia/Novosibirsk", "Asia/Kamchatka", "Europe/Moscow"),
                        services.queues().zonesInUse(tx), "the dispenser's zones: those the companies are in");
                return null;
            });
        }
    }
}
