package app.obzvon.ui.scripteditor;

import app.obzvon.script.PathStep;
import app.obzvon.script.Script;
import app.obzvon.script.ScriptVersion;
import app.obzvon.ui.script.ScriptWalkViewModel;

import java.util.List;
import java.util.Map;

/**
 * The draft as the caller will see it, in the caller's own script view model. When the draft
 * changes the walk starts again and retraces the way the supervisor had clicked, as far as the
 * edited script still allows, so editing step five does not throw the preview back to step one.
 */
public final class ScriptPreview {

    private final ScriptWalkViewModel walk = new ScriptWalkViewModel();
    private final Map<String, String> sample;
    private Script script;

    public ScriptPreview(Map<String, String> sample) {
        this.sample = Map.copyOf(sample);
    }

    /** Shows this version of the draft, keeping the walk's place where it can. */
    public void show(Script draft) {
        var taken = script == null ? List.<PathStep>of() : walk.path().steps();
        start(draft);
        for (int i = 1; i < taken.size(); i++) {
            if (!follow(taken.get(i).key())) {
                break;
            }
        }
    }

    /** From the first step again, as a new call would. */
    public void restart() {
        if (script != null) {
            start(script);
        }
    }

    private void start(Script draft) {
        script = draft;
        walk.start(new ScriptVersion(0, 0, 0, draft), sample);
    }

    /** One move towards {@code key} as the caller could make it: an answer, an objection, or back from one. */
    private boolean follow(String key) {
        var shown = walk.currentProperty().get();
        var step = shown == null ? null : script.step(shown.key()).orElse(null);
        if (step == null) {
            return false;
        }
        for (int a = 0; a < step.answers().size(); a++) {
            if (step.answers().get(a).next().equals(key)) {
                walk.answer(a);
                return true;
            }
        }
        for (int o = 0; o < script.objections().size(); o++) {
            if (script.objections().get(o).key().equals(key)) {
                walk.objection(o);
                return true;
            }
        }
        if (walk.inObjectionProperty().get()) {
            walk.returnFromObjection();
            var back = walk.currentProperty().get();
            if (back != null && back.key().equals(key)) {
                return true;
            }
            walk.back();
        }
        return false;
    }

    public ScriptWalkViewModel walk() {
        return walk;
    }
}
