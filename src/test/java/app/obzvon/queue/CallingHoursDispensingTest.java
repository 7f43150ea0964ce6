package app.obzvon.queue;

import app.obzvon.Services;
import app.obzvon.call.CallDetails;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.NewContact;
import app.obzvon.importing.Progress;
import app.obzvon.importing.QueueTarget;
import app.obzvon.importing.SourceOptions;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Who is called when, across Russia's zones: the queue's calling hours in each company's own time,
 * the empty screen's "opens at", an agreed callback kept outside the hours, the zone of a mobile
 * from its city. The base's clock reads Moscow, as a Moscow office's would.
 */
class CallingHoursDispensingTest {

    static final ZoneId MOSCOW = TestBase.ZONE;
    static final ZoneId KALININGRAD = ZoneId.of("Europe/Kaliningrad");
    static final ZoneId NOVOSIBIRSK = ZoneId.of("Asia/Novosibirsk");
    static final ZoneId KAMCHATKA = ZoneId.of("Asia/Kamchatka");

    @TempDir
    Path folder;
    TestBase base;
    CallQueue queue;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        queue = base.queue(QueueFilter.any());
    }

    @AfterEach
    void close() {
        base.close();
    }

    static Instant moscow(int day, int hour, int minute) {
        return ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, MOSCOW).toInstant();
    }

    private void add(String company, ZoneId zone) {
        base.inTx(tx -> base.services.contacts().addAll(tx, List.of(new NewContact(company, "Ирина",
                List.of("+7 900 000-00-0" + (base.services.queues().lastContactId(tx) + 1)), null, null, zone,
                CompanySize.SMALL, "Торговля", "t"))));
        base.services.dispenser().rewind();
    }

    private String next() {
        return base.inTx(tx -> base.services.dispenser().next(tx, queue, base.supervisor.id())).map(c -> c.company())
                .orElse(null);
    }

    @Test
    void aCompanyOutsideItsHoursWaitsForThemThoughLoadedFirst() {
        base.clock.set(moscow(23, 12, 30));
        add("Камчатка", KAMCHATKA);
        add("Москва", MOSCOW);
        assertEquals("Москва", next(), "21:30 in Kamchatka: not now");
        base.log(base.next(queue), queue, "qualified_lead");
        assertNull(next());

        var upcoming = base.inTx(tx -> base.services.dispenser().upcoming(tx, queue, base.supervisor.id()))
                .orElseThrow();
        assertEquals(UpcomingCall.Reason.CALLING_HOURS, upcoming.reason());
        assertEquals("Камчатка", upcoming.company());
        assertEquals(ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, KAMCHATKA).toInstant(), upcoming.at());

        base.clock.set(upcoming.at().minusSeconds(60));
        assertNull(next(), "08:59 there");
        base.clock.set(upcoming.at());
        assertEquals("Камчатка", next(), "the zones open changed: the queue is read again from the start");
    }

    @Test
    void theEmptyScreenNamesTheFirstWindowToOpenNotTheFirstCompanyLoaded() {
        base.clock.set(moscow(23, 21, 30));
        add("Калининград", KALININGRAD);
        add("Камчатка", KAMCHATKA);
        assertNull(next());
        var upcoming = base.inTx(tx -> base.services.dispenser().upcoming(tx, queue, base.supervisor.id()))
                .orElseThrow();
        assertEquals("Камчатка", upcoming.company(), "Kamchatka opens at midnight Moscow time, Kaliningrad at ten");
        assertEquals(moscow(24, 0, 0), upcoming.at());
    }

    @Test
    void aCompanyOfNoKnownZoneIsCalledInTheOfficesHours() {
        base.clock.set(moscow(23, 8, 30));
        add("Неизвестно где", null);
        add("Новосибирск", NOVOSIBIRSK);
        assertEquals("Новосибирск", next(), "12:30 in Novosibirsk, 08:30 in the office");
        base.log(base.next(queue), queue, "qualified_lead");
        assertNull(next());
        base.clock.set(moscow(23, 9, 0));
        assertEquals("Неизвестно где", next());
    }

    @Test
    void anAgreedCallbackIsKeptOutsideTheHoursAndARetryIsNot() {
        base.clock.set(moscow(23, 10, 0));
        add("Камчатка", KAMCHATKA);
        add("Камчатка-2", KAMCHATKA);
        var first = base.next(queue);
        // 21:30 Kamchatka time: the prospect asked for it.
        base.log(first, queue, "call_back", new CallDetails(null, moscow(23, 12, 30), null));
        var second = base.next(queue);
        base.log(second, queue, "no_answer");
        assertEquals(ZonedDateTime.of(2026, 11, 24, 9, 0, 0, 0, KAMCHATKA).toInstant(),
                base.reload(second).state().nextCallAt(), "19:00 there: tried again tomorrow morning, their time");

        base.clock.set(moscow(23, 12, 30));
        assertEquals("Камчатка", next(), "the promise is kept at 21:30 their time");
    }

    @Test
    void aFridayEveningRetryWaitsForMonday() {
        base.clock.set(moscow(27, 17, 0));
        add("Москва", MOSCOW);
        var alpha = base.next(queue);
        base.log(alpha, queue, "busy");
        var due = base.reload(alpha).state().nextCallAt();
        assertEquals(moscow(28, 9, 0), due, "Saturday morning by the parts of the day");
        base.clock.set(due.plus(Duration.ofHours(1)));
        assertNull(next(), "but Saturday is not a calling day");
        assertEquals(moscow(30, 9, 0), base.inTx(tx -> base.services.dispenser().upcoming(tx, queue,
                base.supervisor.id())).orElseThrow().at());
    }

    @Test
    void aMobileNumberTakesItsZoneFromTheCityOrRegion() throws Exception {
        var csv = Files.writeString(folder.resolve("mobiles.csv"), "Компания;Телефон;Город;Регион\n"
                + "ООО Сибирь;+7 913 111-22-33;Новосибирск;\n"
                + "ООО Восток;+7 914 111-22-33;;Камчатский край\n"
                + "ООО Город;+7 (383) 222-33-44;Москва;\n");
        var importer = base.services.importer();
        var options = SourceOptions.detect();
        importer.importFile(csv, options, importer.preview(csv, options).mapping(), QueueTarget.none(), Progress.NONE);
        var contacts = base.services.contacts();
        assertEquals(NOVOSIBIRSK, base.inTx(tx -> contacts.find(tx, 1)).orElseThrow().timeZone());
        assertEquals(KAMCHATKA, base.inTx(tx -> contacts.find(tx, 2)).orElseThrow().timeZone());
        assertEquals(NOVOSIBIRSK, base.inTx(tx -> contacts.find(tx, 3)).orElseThrow().timeZone(),
                "a city number's own zone comes first");
        assertEquals(java.util.Set.of("Asia/Novosibirsk", "Asia/Kamchatka"),
                base.inTx(tx -> base.services.queues().zonesInUse(tx)),
                "an import adds its zones to the dispenser's list");
    }

    @Test
    void callbacksAreTheCallersOwnInAnyQueueAndSharedOnlyWhenTheQueueSaysSoAndTheyAreAway() {
        base.addCompanies("Альфа", "Бета", "Гамма");
        var elsewhere = base.inTx(tx -> base.services.queues().add(tx, new NewQueue("Другое",
                new QueueFilter(java.util.Set.of(), java.util.Set.of(), "Никакая", null, null), null, 80)));
        var boris = base.addCaller("Борис", "1357");
        var anna = base.services.callingSession();
        var alpha = anna.open(queue).contact();
        anna.log(alpha.id(), base.outcome("call_back"),
                new CallDetails(null, base.clock.instant().plus(Duration.ofMinutes(30)), null), base.clock.instant());
        var view = anna.open(base.inTx(tx -> base.services.queues().all(tx)).stream()
                .filter(q -> q.id() == elsewhere.id()).findFirst().orElseThrow());
        assertNull(view.contact());
        assertEquals(UpcomingCall.Reason.CALLBACK, view.upcoming().reason(), "her callback is on her empty screen");

        base.clock.advance(Duration.ofMinutes(31));
        assertEquals(alpha.id(), anna.open(elsewhere).contact().id(), "her callback reaches her in another queue");
        anna.leave();

        try (Services borisWindow = TestBase.open(base.file, base.clock)) {
            borisWindow.signIn().signIn(boris.id(), "1357");
            var his = borisWindow.callingSession();
            var shown = his.open(queue).contact();
            assertEquals("Бета", shown.company(), "Анна's due callback is not his");
            shown = his.log(shown.id(), base.outcome("qualified_lead"), CallDetails.none(), base.clock.instant())
                    .next().contact();
            assertEquals("Гамма", shown.company(), "not even while she is away, unless the queue shares them");

            base.inTx(tx -> {
                base.services.queues().setWork(tx, queue.id(), new WorkRules(70, 30,
                    app.obzvon.contact.ContactStatus.STRATEGIC_RESERVE, true));
                return null;
            });
            var sharing = base.inTx(tx -> base.services.queues().all(tx)).stream().filter(q -> q.id() == queue.id())
                    .findFirst()
                    .orElseThrow();
            anna.leave();
            assertEquals(alpha.id(), his.open(sharing).contact().id(), "Анна is away: he takes her due callback");
        }
    }
}
