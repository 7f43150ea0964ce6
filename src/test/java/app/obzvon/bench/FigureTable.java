package app.obzvon.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The figures in the order they were measured, printed as one aligned table at the end. */
final class FigureTable {

    private final List<Figure> figures = new ArrayList<>();

    synchronized void add(Figure figure) {
        figures.add(figure);
        // Also as it comes: a long run shows its progress, and a killed run still shows what it had.
        System.out.println("  = " + figure.name() + ": " + figure.valueText() + "  " + figure.budgetText() + "  "
                + figure.verdictText());
    }

    boolean anyFailing() {
        return figures.stream().anyMatch(f -> f.verdict() == Figure.Verdict.OVER || f.verdict() == Figure.Verdict.FAILED);
    }

    void print(PrintStream out) {
        int name = width("figure", figures.stream().map(Figure::name).toList());
        int value = width("value", figures.stream().map(Figure::valueText).toList());
        int budget = width("budget", figures.stream().map(Figure::budgetText).toList());
        String format = "%-" + name + "s  %" + value + "s  %-" + budget + "s  %s%n";
        out.printf(format, "figure", "value", "budget", "verdict");
        out.println("-".repeat(name + value + budget + 15));
        for (var f : figures) {
            out.printf(format, f.name(), f.valueText(), f.budgetText(), f.verdictText());
        }
    }

    private static int width(String header, List<String> cells) {
        return Math.max(header.length(), cells.stream().mapToInt(String::length).max().orElse(0));
    }
}
