package app.obzvon.script;

import app.obzvon.call.Undo;
import app.obzvon.call.CallDetails;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.SampleScripts;
import app.obzvon.testing.TestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScriptLibraryTest {

    @TempDir
    Path folder;
    private TestBase base;

    private TestBase base() {
        base = new TestBase(folder);
        return base;
    }

    @AfterEach
    void close() {
        base.close();
    }

    private static Script renamed(Script s, String name) {
        return new Script(name, s.steps(), s.objectionsTitle(), s.objections());
    }

    private static ScriptPath path(ScriptVersion version, String... keys) {
        return new ScriptPath(version.id(), java.util.Arrays.stream(keys).map(k -> new PathStep(k, null)).toList());
    }

    @Test
    void aScriptIsStoredAsItsTextAndReadBackTheSameAfterARestart() {
        var b = base();
        var saved = b.services.scripts().create(SampleScripts.coldCall());
        b.restart();

        var read = b.services.scripts().latest(saved.scriptId()).orElseThrow();
        assertEquals(1, read.number());
        assertEquals(SampleScripts.coldCall(), read.script());
        assertEquals(List.of(new ScriptSummary(saved.scriptId(), "Cold call", 1)), b.services.scripts().all());
    }

    @Test
    void editingAScriptNoCallUsedRewritesItsVersion() {
        var b = base();
        var first = b.services.scripts().create(SampleScripts.coldCall());

        var edited = b.services.scripts().save(first.scriptId(), renamed(SampleScripts.coldCall(), "Cold call, take 2"));

        assertEquals(first.id(), edited.id());
        assertEquals(1, edited.number());
        assertEquals(1, b.services.scripts().versions(first.scriptId()).size());
        assertEquals("Cold call, take 2", b.services.scripts().all().get(0).name());
    }

    @Test
    void editingAScriptACallUsedMakesANewVersionAndTheCallKeepsTheOld() {
        var b = base();
        var first = b.services.scripts().create(SampleScripts.coldCall());
        b.addCompanies("Alpha");
        var queue = b.queue(QueueFilter.any());
        var call = b.log(b.next(queue), queue, "qualified_lead",
                CallDetails.none().withScript(path(first, "greeting", "offer", "agreed")));

        var second = b.services.scripts().save(first.scriptId(), renamed(SampleScripts.coldCall(), "Cold call v2"));

        assertEquals(2, second.number());
        assertEquals(List.of(1, 2), b.services.scripts().versions(first.scriptId()).stream()
                .map(ScriptVersion::number).toList());
        assertEquals("Cold call", b.services.scripts().version(first.id()).orElseThrow().script().name());
        assertEquals(first.id(), b.inTx(tx -> b.services.calls().scriptPath(tx, call.id())).orElseThrow().versionId());
        assertEquals(second, b.services.scripts().save(first.scriptId(), renamed(SampleScripts.coldCall(), "Cold call v2")),
                "saving the same text again changes nothing");
    }

    @Test
    void aCallKeepsItsPathInOrderWithWhatTheProspectSaidAndUndoRemovesIt() {
        var b = base();
        var version = b.services.scripts().create(SampleScripts.coldCall());
        b.addCompanies("Alpha");
        var queue = b.queue(QueueFilter.any());
        var steps = List.of(new PathStep("greeting", null), new PathStep("offer", "We buy at auctions only"),
                new PathStep("supplier", null), new PathStep("offer", null), new PathStep("refused", null));

        var call = b.log(b.next(queue), queue, "not_interested",
                new CallDetails(null, null, app.obzvon.contact.RefusalReason.OTHER).withScript(new ScriptPath(version.id(), steps)));
        b.restart();

        assertEquals(new ScriptPath(version.id(), steps), b.inTx(tx -> b.services.calls().scriptPath(tx, call.id()))
                .orElseThrow());
        assertEquals(app.obzvon.call.Undo.UNDONE, b.inTx(tx -> b.services.callLogger().undo(tx, call.id(),
                b.supervisor.id())));
        assertTrue(b.inTx(tx -> b.services.calls().scriptPath(tx, call.id())).isEmpty());
        assertFalse(b.services.database().dsl().fetchExists(app.obzvon.persistence.jooq.Tables.CALL_SCRIPT_STEPS));
    }

    @Test
    void aCallWithoutAScriptHasNoPath() {
        var b = base();
        b.addCompanies("Alpha");
        var queue = b.queue(QueueFilter.any());
        var call = b.log(b.next(queue), queue, "busy");
        assertTrue(b.inTx(tx -> b.services.calls().scriptPath(tx, call.id())).isEmpty());
    }

    @Test
    void aScriptWithProblemsIsNotSaved() {
        var b = base();
        var good = SampleScripts.coldCall();
        var broken = new Script("Broken", List.of(good.steps().get(0)), "Objections", List.of());

        var error = assertThrows(ScriptFormatException.class, () -> b.services.scripts().create(broken));

        assertTrue(error.problems().stream().anyMatch(p -> p.kind() == ScriptProblem.Kind.DANGLING_ANSWER),
                error.problems().toString());
        assertTrue(b.services.scripts().all().isEmpty());
    }
}
