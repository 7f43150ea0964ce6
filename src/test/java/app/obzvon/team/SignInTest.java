package app.obzvon.team;

import app.obzvon.Services;
import app.obzvon.access.AccessDeniedException;
import app.obzvon.access.Role;
import app.obzvon.audit.AuditAction;
import app.obzvon.audit.AuditFilter;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.MutableClock;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInTest {

    @TempDir
    Path folder;

    @Test
    void aPinIsStoredOnlyAsASaltedSlowHash() {
        var clock = new MutableClock(TestBase.MORNING, TestBase.ZONE);
        try (var services = Services.open(folder.resolve("obzvon.db"), clock)) {
            var anna = services.signIn().createFirstSupervisor("Анна", "2468");
            var stored = services.database().inTransaction(tx -> services.personRepository().pinHash(tx, anna.id()))
                    .orElseThrow();

            assertTrue(stored.startsWith("pbkdf2-sha512$"), stored);
            assertEquals(PinHasher.ITERATIONS, PinHasher.iterationsOf(stored), "the app hashes with the full count");
            assertTrue(PinHasher.ITERATIONS >= 210_000, "OWASP's figure for PBKDF2-HMAC-SHA512");
            assertFalse(stored.contains("2468"));
            var hasher = new PinHasher();
            assertNotEquals(hasher.hash("2468"), hasher.hash("2468"), "salted: one PIN, two hashes");
            assertTrue(hasher.matches("2468", stored));
            assertFalse(hasher.matches("2469", stored));
            assertFalse(hasher.matches("2468", "sha1$1$x$y"), "nothing but PBKDF2 is accepted");
            assertFalse(hasher.matches("2468", stored.replace("pbkdf2-sha512", "pbkdf2-sha256")));
        }
    }

    @Test
    void wrongPinsAreRefusedAuditedAndSlowTheNextTriesDown() {
        try (var base = new TestBase(folder)) {
            var signIn = base.services.signIn();
            var boris = base.addCaller("Борис", "1357");
            signIn.signOut();

            for (int i = 1; i <= SignIn.FREE_TRIES; i++) {
                var refused = assertThrows(SignInRefusedException.class, () -> signIn.signIn(boris.id(), "0000"));
                assertEquals(SignInRefusedException.Reason.WRONG_PIN, refused.reason());
            }
            // The right PIN too must wait now: a guesser learns nothing from trying faster.
            var waiting = assertThrows(SignInRefusedException.class, () -> signIn.signIn(boris.id(), "1357"));
            assertEquals(SignInRefusedException.Reason.WAIT, waiting.reason());
            assertEquals(SignIn.FIRST_WAIT, waiting.waitFor());

            base.clock.advance(SignIn.FIRST_WAIT);
            assertThrows(SignInRefusedException.class, () -> signIn.signIn(boris.id(), "0000"));
            var longer = assertThrows(SignInRefusedException.class, () -> signIn.signIn(boris.id(), "1357"));
            assertEquals(SignIn.FIRST_WAIT.multipliedBy(2), longer.waitFor(), "each failure doubles the wait");

            base.clock.advance(SignIn.FIRST_WAIT.multipliedBy(2));
            assertEquals("Борис", signIn.signIn(boris.id(), "1357").name());
            assertEquals(0, base.inTx(tx -> base.services.personRepository().failures(tx, boris.id())).count(),
                    "forgotten once right");

            signIn.signIn(base.supervisor.id(), TestBase.PIN);
            var failed = base.services.auditLog().find(new AuditFilter(boris.id(), AuditAction.SIGN_IN_FAILED,
                    null, null));
            assertEquals(SignIn.FREE_TRIES + 1, failed.size(), "each wrong PIN that was checked is audited");
            assertEquals(Duration.ofMinutes(5), SignIn.waitAfter(100), "never longer than five minutes");
        }
    }

    @Test
    void aDeactivatedPersonCannotSignInButKeepsTheirCalls() {
        try (var base = new TestBase(folder)) {
            base.addCompanies("Alpha");
            var queue = base.queue(QueueFilter.any());
            var boris = base.addCaller("Борис", "1357");
            base.log(base.next(queue).id(), queue, boris.id(), "busy", app.obzvon.call.CallDetails.none());

            base.services.people().deactivate(boris.id());

            var refused = assertThrows(SignInRefusedException.class, () -> base.services.signIn().signIn(boris.id(), "1357"));
            assertEquals(SignInRefusedException.Reason.INACTIVE, refused.reason());
            assertFalse(base.services.signIn().door().people().stream().anyMatch(p -> p.id() == boris.id()),
                    "not on the sign-in screen");
            assertEquals("Борис", base.inTx(tx -> base.services.calls().history(tx, 1)).get(0).callerName());
        }
    }

    @Test
    void aSupervisorCannotLockThemselvesOutOfTheirOwnBase() {
        try (var base = new TestBase(folder)) {
            var people = base.services.people();
            assertThrows(AccessDeniedException.class, () -> people.deactivate(base.supervisor.id()));
            assertThrows(AccessDeniedException.class, () -> people.setRole(base.supervisor.id(), Role.CALLER));
            assertThrows(AccessDeniedException.class,
                    () -> base.services.signIn().createFirstSupervisor("Ева", "1111"), "the first start is over");
            var vera = people.add("Вера", Role.SUPERVISOR, "8642", Set.of());
            people.setRole(vera.id(), Role.CALLER);
            assertEquals(Role.CALLER, base.inTx(tx -> base.services.personRepository().find(tx, vera.id()))
                    .orElseThrow().role());
        }
    }

    @Test
    void anUnlockTakesOnlyTheSignedInPersonsPinAndCountsWrongOnes() {
        try (var base = new TestBase(folder)) {
            var signIn = base.services.signIn();
            base.addCaller("Борис", "1357");
            signIn.signIn(2, "1357");
            signIn.lock();

            assertThrows(SignInRefusedException.class, () -> signIn.unlock(TestBase.PIN), "another person's PIN");
            assertEquals(1, base.inTx(tx -> base.services.personRepository().failures(tx, 2)).count());
            signIn.unlock("1357");
            assertEquals(0, base.inTx(tx -> base.services.personRepository().failures(tx, 2)).count());

            signIn.signOut();
            assertThrows(AccessDeniedException.class, () -> signIn.unlock("1357"), "nobody to unlock");
        }
    }
}
