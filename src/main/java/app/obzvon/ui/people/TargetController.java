package app.obzvon.ui.people;

import app.obzvon.queue.CallQueue;
import app.obzvon.queue.TargetPreset;
import app.obzvon.team.CallerTarget;
import app.obzvon.ui.common.I18n;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

import java.util.ArrayList;
import java.util.List;

import static app.obzvon.ui.common.Converters.named;

/** The target part of the people window: where the calls a day come from, the number, leads a day, the usual shift. */
public final class TargetController {

    private static final List<Integer> SHIFT_HOURS = List.of(0, 2, 3, 4, 5, 6, 7, 8, 10, 12);

    private final TargetViewModel model;
    private final PeopleViewModel people;
    private final I18n i18n;

    @FXML private ComboBox<TargetViewModel.Source> sourceBox;
    @FXML private Spinner<Integer> callsSpinner;
    @FXML private Spinner<Integer> leadsSpinner;
    @FXML private ComboBox<Integer> shiftBox;
    @FXML private Button saveButton;
    @FXML private CheckBox signInBox;
    @FXML private Button shiftStartButton;

    public TargetController(TargetViewModel model, PeopleViewModel people, I18n i18n) {
        this.model = model;
        this.people = people;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        var sources = new ArrayList<TargetViewModel.Source>();
        sources.add(new TargetViewModel.QueueTarget());
        for (var preset : TargetPreset.values()) {
            sources.add(new TargetViewModel.Preset(preset));
        }
        sources.add(new TargetViewModel.OwnNumber());
        sourceBox.getItems().setAll(sources);
        sourceBox.setConverter(named(this::sourceName));
        sourceBox.valueProperty().bindBidirectional(model.sourceProperty());

        var calls = new SpinnerValueFactory.IntegerSpinnerValueFactory(CallQueue.MIN_TARGET, CallQueue.MAX_TARGET,
                CallQueue.DEFAULT_TARGET);
        callsSpinner.setValueFactory(calls);
        calls.valueProperty().addListener((obs, old, v) -> {
            if (v != null && v != model.callsProperty().get()) {
                model.callsProperty().set(v);
                if (!(model.sourceProperty().get() instanceof TargetViewModel.OwnNumber)) {
                    model.sourceProperty().set(new TargetViewModel.OwnNumber());
                }
            }
        });
        model.callsProperty().addListener((obs, old, v) -> calls.setValue(v.intValue()));
        callsSpinner.disableProperty().bind(model.sourceProperty().isEqualTo(new TargetViewModel.QueueTarget()));

        var leads = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, CallerTarget.MAX_LEADS, 0);
        leadsSpinner.setValueFactory(leads);
        leads.valueProperty().addListener((obs, old, v) -> model.leadsProperty().set(v == null ? 0 : v));
        model.leadsProperty().addListener((obs, old, v) -> leads.setValue(v.intValue()));

        shiftBox.getItems().setAll(SHIFT_HOURS);
        shiftBox.setConverter(named(h -> h == null ? "" : h == 0 ? i18n.get("people.target.shift.full")
                : i18n.get("shift.start.hours", h)));
        shiftBox.setValue(0);
        shiftBox.valueProperty().addListener((obs, old, h) -> model.shiftHoursProperty().set(h == null ? 0 : h));
        model.shiftHoursProperty().addListener((obs, old, h) -> shiftBox.setValue(h.intValue()));

        signInBox.selectedProperty().bindBidirectional(model.startsAtSignInProperty());
        saveButton.disableProperty().bind(model.busyProperty().or(people.selectedProperty().isNull()));
        shiftStartButton.disableProperty().bind(model.busyProperty());
        people.selectedProperty().addListener((obs, old, person) -> model.show(person));
        model.load();
    }

    private String sourceName(TargetViewModel.Source source) {
        if (source instanceof TargetViewModel.Preset p) {
            var preset = p.preset();
            var range = preset.from() == preset.to() ? Integer.toString(preset.from()) : preset.from() + "–" + preset.to();
            return i18n.get("target.preset." + preset.name(), range, preset.target());
        }
        if (source instanceof TargetViewModel.OwnNumber) {
            return i18n.get("people.target.own");
        }
        return source == null ? "" : i18n.get("people.target.queue");
    }

    @FXML
    private void save() {
        callsSpinner.commitValue();
        leadsSpinner.commitValue();
        model.save();
    }

    @FXML
    private void saveShiftStart() {
        model.saveShiftStart();
    }
}
