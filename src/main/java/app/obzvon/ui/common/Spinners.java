package app.obzvon.ui.common;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** A number spinner that follows a view model's property both ways, and takes what was typed on save. */
public final class Spinners {

    private Spinners() {
    }

    public static void bind(Spinner<Integer> spinner, int min, int max, int step, IntegerProperty value) {
        spinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step));
        value.addListener((obs, old, v) -> {
            if (spinner.getValue() == null || spinner.getValue() != v.intValue()) {
                spinner.getValueFactory().setValue(v.intValue());
            }
        });
        spinner.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                value.set(v);
            }
        });
    }

    /** A number typed but not yet entered counts; a word typed is put back to the value. */
    @SafeVarargs
    public static void commit(Spinner<Integer>... spinners) {
        for (var spinner : spinners) {
            var text = spinner.getEditor().getText();
            try {
                spinner.getValueFactory().setValue(spinner.getValueFactory().getConverter().fromString(text.strip()));
            } catch (RuntimeException e) {
                spinner.getEditor().setText(String.valueOf(spinner.getValue()));
            }
        }
    }
}
