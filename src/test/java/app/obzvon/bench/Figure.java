package app.obzvon.bench;

import java.util.Locale;

/**
 * One line of the suite's table: a measured value, and either a budget it is judged by or none
 * (information only). A figure that could not be measured is FAILED, and fails the suite like OVER.
 */
record Figure(String name, Double value, String unit, int decimals, Double budget, String budgetRule,
              Verdict verdict, String note) {

    enum Verdict { OK, OVER, INFO, FAILED }

    /** Judged against {@code budget}: OVER when the value is above it. */
    static Figure budgeted(String name, double value, String unit, int decimals, double budget, String rule) {
        return new Figure(name, value, unit, decimals, budget, rule, value <= budget ? Verdict.OK : Verdict.OVER, null);
    }

    static Figure info(String name, double value, String unit, int decimals) {
        return new Figure(name, value, unit, decimals, null, null, Verdict.INFO, null);
    }

    static Figure failed(String name, String why) {
        return new Figure(name, null, "", 0, null, null, Verdict.FAILED, why);
    }

    String valueText() {
        return value == null ? "—" : number(value) + " " + unit;
    }

    String budgetText() {
        if (budget == null) {
            return "—";
        }
        return "≤ " + number(budget) + " " + unit + (budgetRule == null ? "" : " (" + budgetRule + ")");
    }

    String verdictText() {
        return switch (verdict) {
            case OK -> "ok";
            case OVER -> "OVER";
            case INFO -> "";
            case FAILED -> "FAILED: " + note;
        };
    }

    private String number(double v) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
