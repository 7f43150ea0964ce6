package app.obzvon.ui.dashboard;

import app.obzvon.figures.Coaching;
import app.obzvon.figures.Funnel;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.dashboard.DashboardViewModel.HourBar;
import app.obzvon.ui.dashboard.DashboardViewModel.TrendPoint;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The dashboard's charts, drawn from the view model's lists. A read that changes only numbers moves
 * the bars and points it has (no flicker); new categories (hours, days, steps) draw the series anew.
 */
final class DashboardCharts {

    /** The hours always shown: a working day, widened to any hour with calls. */
    private static final int FIRST_HOUR = 8;
    private static final int LAST_HOUR = 19;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    private final DashboardViewModel model;
    private final I18n i18n;
    private final List<Funnel.Step> funnelSteps = List.of(Funnel.Step.values());
    private final List<FunnelRow> funnelRows = new ArrayList<>();

    DashboardCharts(DashboardViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    void bind(BarChart<String, Number> hours, LineChart<String, Number> trend, VBox funnel,
              BarChart<Number, String> coaching, Label coachingTitle, Label coachingHint) {
        wholeTicks((NumberAxis) hours.getYAxis());
        wholeTicks((NumberAxis) trend.getYAxis());
        model.hours().addListener((ListChangeListener<HourBar>) c -> showHours(hours));
        model.trend().addListener((ListChangeListener<TrendPoint>) c -> showTrend(trend));
        funnelSteps.forEach(step -> {
            var row = new FunnelRow(i18n.get("dashboard.funnel." + step), step.ordinal() >= Funnel.Step.HANDED_OVER.ordinal());
            funnelRows.add(row);
            funnel.getChildren().add(row.box);
        });
        model.funnel().addListener((ListChangeListener<Funnel.Bar>) c -> showFunnel());
        model.endings().addListener((ListChangeListener<Coaching.Ending>) c -> showCoaching(coaching, coachingTitle,
                coachingHint));
        model.selectedProperty().addListener((obs, old, row) -> showCoaching(coaching, coachingTitle, coachingHint));
        showHours(hours);
        showTrend(trend);
        showFunnel();
        showCoaching(coaching, coachingTitle, coachingHint);
    }

    /** Calls come whole: an axis of a few calls labels 1, 2, 3, not 2.5. */
    private static void wholeTicks(NumberAxis axis) {
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? String.format("%,d", (long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text.replace(",", ""));
            }
        });
    }

    private void showHours(BarChart<String, Number> chart) {
        var bars = model.hours();
        if (bars.isEmpty()) {
            chart.getData().clear();
            return;
        }
        int first = Math.min(FIRST_HOUR, bars.stream().filter(b -> b.team() > 0).mapToInt(HourBar::hour).min().orElse(FIRST_HOUR));
        int last = Math.max(LAST_HOUR, bars.stream().filter(b -> b.team() > 0).mapToInt(HourBar::hour).max().orElse(LAST_HOUR));
        var shown = bars.subList(first, last + 1);
        var categories = shown.stream().map(b -> String.format("%02d", b.hour())).toList();
        var row = model.selectedProperty().get();
        var names = new ArrayList<String>(List.of(i18n.get("dashboard.hours.team")));
        var values = new ArrayList<ToIntFunction<HourBar>>(List.of(HourBar::team));
        if (row != null && shown.get(0).caller() != null) {
            names.add(row.dayProperty().get().name());
            values.add(HourBar::caller);
        }
        draw(chart, categories, names, values.stream().map(v -> shown.stream().map(b -> (Number) v.applyAsInt(b)).toList())
                .toList());
    }

    private void showTrend(LineChart<String, Number> chart) {
        var points = model.trend();
        var categories = points.stream().map(p -> DAY.format(p.day())).toList();
        var names = List.of(i18n.get("dashboard.trend.calls"), i18n.get("dashboard.trend.conversations"),
                i18n.get("dashboard.trend.leads"));
        draw(chart, categories, names, List.of(
                points.stream().map(p -> (Number) p.counts().calls()).toList(),
                points.stream().map(p -> (Number) p.counts().conversations()).toList(),
                points.stream().map(p -> (Number) p.counts().leads()).toList()));
    }

    /** Sideways, so the steps' keys read as words; the team's most common ending on top. */
    private void showCoaching(BarChart<Number, String> chart, Label title, Label hint) {
        var row = model.selectedProperty().get();
        var endings = model.endings();
        if (row == null) {
            title.setText(i18n.get("dashboard.coaching"));
            hint.setText(i18n.get("dashboard.coaching.pick"));
            chart.getData().clear();
            return;
        }
        String name = row.dayProperty().get().name();
        title.setText(i18n.get("dashboard.coaching.of", name));
        boolean none = endings.stream().allMatch(e -> e.calls() == 0);
        hint.setText(i18n.get(none ? "dashboard.coaching.none" : "dashboard.coaching.text", name,
                model.daysProperty().get()));
        var own = new XYChart.Series<Number, String>();
        own.setName(name);
        var team = new XYChart.Series<Number, String>();
        team.setName(i18n.get("dashboard.hours.team"));
        for (int i = endings.size() - 1; i >= 0; i--) {
            var ending = endings.get(i);
            team.getData().add(new XYChart.Data<>(Math.round(ending.teamShare() * 100), ending.step()));
            own.getData().add(new XYChart.Data<>(Math.round(ending.share() * 100), ending.step()));
        }
        chart.getData().setAll(List.of(team, own));
    }

    /** Moves the values in place when the series and categories are the same; draws them anew otherwise. */
    private static void draw(XYChart<String, Number> chart, List<String> categories, List<String> names,
                             List<List<Number>> values) {
        var data = chart.getData();
        boolean same = data.size() == names.size();
        for (int s = 0; same && s < names.size(); s++) {
            var series = data.get(s);
            same = series.getName().equals(names.get(s)) && series.getData().stream().map(XYChart.Data::getXValue)
                    .toList().equals(categories);
        }
        if (same) {
            for (int s = 0; s < names.size(); s++) {
                var points = data.get(s).getData();
                for (int i = 0; i < categories.size(); i++) {
                    if (!points.get(i).getYValue().equals(values.get(s).get(i))) {
                        points.get(i).setYValue(values.get(s).get(i));
                    }
                }
            }
            return;
        }
        var all = new ArrayList<XYChart.Series<String, Number>>();
        for (int s = 0; s < names.size(); s++) {
            var series = new XYChart.Series<String, Number>();
            series.setName(names.get(s));
            for (int i = 0; i < categories.size(); i++) {
                series.getData().add(new XYChart.Data<>(categories.get(i), values.get(s).get(i)));
            }
            all.add(series);
        }
        data.setAll(all);
    }

    private void showFunnel() {
        var bars = model.funnel();
        if (bars.isEmpty()) {
            return;
        }
        int calls = bars.get(0).count();
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            var row = funnelRows.get(i);
            row.count.setText(i18n.get("dashboard.funnel.count", bar.count()));
            row.share.setText(bar.from() == null ? "" : bar.conversion() == null ? "—"
                    : i18n.get("dashboard.funnel.share", Math.round(bar.conversion() * 1000) / 10.0,
                    i18n.get("dashboard.funnel.from." + bar.from())));
            row.fraction = calls == 0 ? 0 : (double) bar.count() / calls;
            row.box.requestLayout();
        }
    }

    /**
     * One step of the funnel: a tinted bar as wide as the step's share of the calls, behind its name,
     * its count and its conversion from the step it comes from.
     */
    private static final class FunnelRow {
        final StackPane box = new StackPane() {
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                bar.resizeRelocate(0, 0, fraction > 0 ? Math.max(4, getWidth() * fraction) : 0, getHeight());
            }
        };
        final Label count = new Label();
        final Label share = new Label();
        final Region bar = new Region();
        double fraction;

        FunnelRow(String name, boolean late) {
            var label = new Label(name);
            label.getStyleClass().add("funnel-name");
            bar.getStyleClass().add("funnel-bar");
            if (late) {
                bar.getStyleClass().add("late");
            }
            bar.setManaged(false);
            count.getStyleClass().add("funnel-count");
            count.setMinWidth(56);
            count.setAlignment(Pos.CENTER_RIGHT);
            share.getStyleClass().add("funnel-share");
            share.setMinWidth(150);
            var spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            var words = new HBox(10, label, spacer, count, share);
            words.setAlignment(Pos.CENTER_LEFT);
            words.getStyleClass().add("funnel-words");
            box.getChildren().addAll(bar, words);
        }
    }
}
