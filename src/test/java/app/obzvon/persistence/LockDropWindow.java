package app.obzvon.persistence;

import app.obzvon.call.CallDetails;
import app.obzvon.contact.CompanySize;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The window's process in {@link LockDropTest}: logs a call, opens and closes the base's files the
 * way a file dialog listing the data folder does (which drops SQLite's POSIX locks), waits while
 * another process opens and closes the base, logs a second call and dies without closing anything.
 * With {@code during-commit}, the file is dropped and the other process runs inside the second
 * call's transaction, before its commit.
 */
public final class LockDropWindow {

    public static void main(String[] args) throws Exception {
        var file = Path.of(args[0]);
        boolean duringCommit = args.length > 1 && args[1].equals("during-commit");
        var stdin = new BufferedReader(new InputStreamReader(System.in));
        var services = TestBase.open(file, TestBase.mondayMorning());
        long me = services.signIn().createFirstSupervisor("Анна", TestBase.PIN).id();
        services.database().inTransaction(tx -> services.contacts().addAll(tx, List.of(TestBase.company("Первая",
                CompanySize.SMALL), TestBase.company("Вторая", CompanySize.SMALL))));
        var queue = services.database().inTransaction(tx -> services.queues().add(tx,
                new app.obzvon.queue.NewQueue("Q", QueueFilter.any(), null, 80)));
        var noAnswer = services.database().inTransaction(tx -> services.outcomes().active(tx)).stream()
                .filter(o -> o.code().equals("wrong_number")).findFirst().orElseThrow();
        var first = services.database().inTransaction(tx -> services.dispenser().next(tx, queue, me)).orElseThrow();
        services.database().inTransaction(tx -> services.callLogger().log(tx, first.id(), queue, me, noAnswer,
                CallDetails.none(),
                first.state().nextCallAt() == null ? java.time.Instant.now() : first.state().nextCallAt()));
        var second = services.database().inTransaction(tx -> services.dispenser().next(tx, queue, me)).orElseThrow();
        Runnable dropAndWait = () -> {
            try {
                // As a file dialog listing the data folder does: every file opened for a look, then closed.
                try (var listed = java.nio.file.Files.list(file.getParent())) {
                    for (var each : listed.toList()) {
                        new FileInputStream(each.toFile()).close();
                    }
                }
                System.out.println("dropped");
                System.out.flush();
                stdin.readLine();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        if (duringCommit) {
            services.database().inTransaction(tx -> {
                var logged = services.callLogger().log(tx, second.id(), queue, me, noAnswer, CallDetails.none(),
                        java.time.Instant.now());
                dropAndWait.run();
                return logged;
            });
        } else {
            dropAndWait.run();
            services.database().inTransaction(tx -> services.callLogger().log(tx, second.id(), queue, me, noAnswer,
                    CallDetails.none(), java.time.Instant.now()));
        }
        System.out.println("logged");
        System.out.flush();
        // A crash: no connection closed, nothing checkpointed on the way out.
        Runtime.getRuntime().halt(0);
    }
}
