package app.obzvon.inbound;

import app.obzvon.access.Person;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.INBOUND_REQUESTS;
import static app.obzvon.persistence.jooq.Tables.PAUSES;
import static app.obzvon.persistence.jooq.Tables.SHIFTS;

/**
 * A base with four companies, a queue and three callers, for the inbound requests' tests. Shifts and
 * pauses are plain rows here (as the shifts' own service writes them).
 */
abstract class InboundFixture {

    @TempDir
    Path folder;
    TestBase base;
    InboundRequests inbound;
    CallQueue queue;
    Person boris;
    Person vera;
    Person gleb;

    @BeforeEach
    void open() {
        base = new TestBase(folder);
        base.addCompanies("Alpha", "Bravo", "Charlie", "Delta");
        queue = base.queue(QueueFilter.any());
        boris = base.addCaller("Борис", "1357");
        vera = base.addCaller("Вера", "2468");
        gleb = base.addCaller("Глеб", "3579");
        inbound = base.services.inboundRequests();
    }

    @AfterEach
    void close() {
        base.close();
    }

    /** A shift started now, four hours planned; its id. */
    long startShift(Person caller) {
        long now = base.clock.millis();
        return base.services.database().dsl().insertInto(SHIFTS)
                .set(SHIFTS.CALLER_ID, (int) caller.id())
                .set(SHIFTS.STARTED_AT, now)
                .set(SHIFTS.PLANNED_END_AT, now + Duration.ofHours(4).toMillis())
                .returningResult(SHIFTS.ID).fetchSingle().value1();
    }

    void endShift(long shiftId) {
        base.services.database().dsl().update(SHIFTS).set(SHIFTS.ENDED_AT, base.clock.millis())
                .where(SHIFTS.ID.eq((int) shiftId)).execute();
    }

    long pause(long shiftId) {
        return base.services.database().dsl().insertInto(PAUSES)
                .set(PAUSES.SHIFT_ID, (int) shiftId)
                .set(PAUSES.REASON, "BREAK")
                .set(PAUSES.STARTED_AT, base.clock.millis())
                .returningResult(PAUSES.ID).fetchSingle().value1();
    }

    void resume(long pauseId) {
        base.services.database().dsl().update(PAUSES).set(PAUSES.ENDED_AT, base.clock.millis())
                .where(PAUSES.ID.eq((int) pauseId)).execute();
    }

    /** A request from a company nobody has in the base yet, numbered so each one's phone is its own. */
    static NewRequest request(int n) {
        return new NewRequest("Заявка " + n, "Ирина", String.format("+7 916 555-%02d-%02d", n / 100, n % 100),
                "Счёт на станки", "сайт");
    }

    int requests() {
        return base.services.database().dsl().fetchCount(INBOUND_REQUESTS);
    }

    int companies() {
        return base.services.database().dsl().fetchCount(CONTACTS);
    }
}
