package app.obzvon.cli;

import app.obzvon.call.CallDetails;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a nightly script runs it: real files, one summary line, an exit code. */
class CommandLineTest {

    @TempDir
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    String pin = TestBase.PIN;

    /** As the supervisor of a base that {@link #newBase} made: {@code --as Анна}, the PIN on standard input. */
    int run(String... args) {
        var withSupervisor = new java.util.ArrayList<>(List.of(args));
        if (args.length > 0 && !List.of(args).contains("--as")) {
            withSupervisor.addAll(1, List.of("--as", "Анна"));
        }
        return ObzvonCommand.run(() -> pin, new PrintWriter(out, true), new PrintWriter(err, true),
                withSupervisor.toArray(String[]::new));
    }

    /** A base whose first supervisor, Анна, has the test PIN. */
    Path newBase(String name) {
        var dir = folder.resolve(name);
        new TestBase(dir).close();
        return dir.resolve("obzvon.db");
    }

    Path base() throws Exception {
        var csv = folder.resolve("base.csv");
        Files.write(csv, ("Компания;Телефон;Контактное лицо;Город\n"
                + "ООО «Ромашка»;8 (495) 123-45-67;Иванов Иван;Москва\n"
                + "АО «Вектор»;+7 383 222-33-44, доб. 12;Петрова Анна;Новосибирск\n"
                + "ООО «Ромашка-2»;84951234567;Сидоров Пётр;Москва\n"
                + "ИП Без Телефона;;Кто-то;Казань\n").getBytes(Charset.forName("windows-1251")));
        return csv;
    }

    @Test
    void importPrintsItsCountsAndPutsTheContactsIntoTheQueue() throws Exception {
        var db = newBase("import");
        var csv = base();
        var before = Files.readAllBytes(csv);

        int code = run("import", "--db", db.toString(), "--queue", "Ночная загрузка", csv.toString());

        assertEquals(0, code, err.toString());
        assertEquals("read 4, imported 2, duplicates 1 (in the file 1, in the base 0), rejected 1, do-not-call numbers dropped 0",
                out.toString().strip());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(csv)), "the source file is never changed");
        try (var services = TestBase.open(db, TestBase.mondayMorning())) {
            var queue = services.database().inTransaction(tx -> services.queues().all(tx)).stream()
                    .filter(q -> q.name().equals("Ночная загрузка")).findFirst().orElseThrow();
            assertEquals("ООО «Ромашка»", services.database().inTransaction(tx -> services.dispenser().next(tx, queue,
                    1)).orElseThrow().company());
            var vector = services.database().inTransaction(tx -> services.contacts().find(tx, 2)).orElseThrow();
            assertEquals("АО «Вектор»", vector.company());
            assertEquals("+73832223344,12", vector.phones().get(0).dialString(), "E.164, the extension after a pause");
        }
    }

    /** KOI8-R and CP866 are detected, and can be named: cp866 and IBM866 are one code page. */
    @Test
    void russianCodePagesAreDetectedOrNamed() throws Exception {
        var koi8 = folder.resolve("koi8.csv");
        Files.write(koi8, "Компания;Телефон\nООО Альфа;8 495 111-22-33\n".getBytes(Charset.forName("KOI8-R")));
        var cp866 = folder.resolve("cp866.csv");
        Files.write(cp866, "Компания;Телефон\nООО Бета;8 495 222-33-44\n".getBytes(Charset.forName("IBM866")));
        var db = newBase("code-pages");

        assertEquals(0, run("import", "--db", db.toString(), koi8.toString()), err.toString());
        assertEquals(0, run("import", "--db", db.toString(), "--encoding", "cp866", cp866.toString()), err.toString());

        try (var services = TestBase.open(db, TestBase.mondayMorning())) {
            assertEquals("ООО Альфа", services.database().inTransaction(tx -> services.contacts().find(tx, 1))
                    .orElseThrow().company());
            assertEquals("ООО Бета", services.database().inTransaction(tx -> services.contacts().find(tx, 2))
                    .orElseThrow().company());
        }
    }

    @Test
    void aFileThatIsNotThereFailsWithOneLineAndChangesNothing() {
        var db = newBase("missing");
        int code = run("import", "--db", db.toString(), folder.resolve("missing.csv").toString());
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("obzvon import: "), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void aWrongDelimiterOrFormatIsRefusedWithAClearMessage() throws Exception {
        var db = newBase("delimiter").toString();
        assertEquals(1, run("import", "--db", db, "--delimiter", "#", base().toString()));
        assertTrue(err.toString().contains("the delimiter is one of ; , | or tab"), err.toString());
        assertEquals(2, run("export", "--db", db, "--out", folder.resolve("x.csv").toString(), "--format", "pdf"));
    }

    @Test
    void exportHandsOverNewLeadsOnceAndSaysSo() {
        var db = folder.resolve("leads");
        try (var base = new TestBase(db)) {
            base.addCompanies("Alpha", "Bravo");
            var queue = base.queue(QueueFilter.any());
            base.log(base.next(queue), queue, "qualified_lead", CallDetails.none().withNote("просили КП"));
        }
        var file = db.resolve("obzvon.db").toString();
        var first = folder.resolve("leads-1.csv");

        assertEquals(0, run("export", "--db", file, "--out", first.toString()), err.toString());
        assertEquals("exported 1 leads to " + first + " (batch 1)", out.toString().strip());
        assertTrue(Files.exists(first));

        out.getBuffer().setLength(0);
        var second = folder.resolve("leads-2.csv");
        assertEquals(0, run("export", "--db", file, "--out", second.toString()));
        assertEquals("exported 0 leads: none matched, no file written", out.toString().strip());
        assertFalse(Files.exists(second));
    }

    @Test
    void commandsRunAsANamedSupervisorAndAreAudited() throws Exception {
        var db = newBase("audited");
        try (var services = TestBase.open(db, TestBase.mondayMorning())) {
            services.signIn().signIn(1, TestBase.PIN);
            services.people().add("Борис", app.obzvon.access.Role.CALLER, "1357", java.util.Set.of());
        }
        var csv = base().toString();

        pin = "0000";
        assertEquals(1, run("import", "--db", db.toString(), csv));
        assertTrue(err.toString().contains("wrong PIN for Анна"), err.toString());

        pin = "1357";
        assertEquals(1, run("import", "--db", db.toString(), "--as", "Борис", csv));
        assertTrue(err.toString().contains("Борис is not a supervisor"), err.toString());

        assertEquals(1, run("import", "--db", db.toString(), "--as", "Никто", csv));
        assertTrue(err.toString().contains("nobody named \"Никто\""), err.toString());

        pin = TestBase.PIN;
        assertEquals(0, run("import", "--db", db.toString(), csv), err.toString());
        try (var services = TestBase.open(db, TestBase.mondayMorning())) {
            services.signIn().signIn(1, TestBase.PIN);
            var audit = services.auditLog().find(app.obzvon.audit.AuditFilter.ALL);
            var imports = audit.stream().filter(e -> e.action() == app.obzvon.audit.AuditAction.IMPORT).toList();
            assertEquals(1, imports.size(), audit.toString());
            assertEquals("Анна", imports.get(0).personName());
            assertEquals(2, imports.get(0).count());
            assertEquals(1, audit.stream().filter(e -> e.action() == app.obzvon.audit.AuditAction.SIGN_IN_FAILED)
                    .count(), "the wrong PIN is audited");
        }
    }
}
