package app.obzvon.bench;

import app.obzvon.cli.ObzvonCommand;

import java.util.Locale;

/**
 * The hand-over figure's child JVM: runs the real command line ({@code obzvon export ...}, its
 * arguments given as they are) and prints how long the command took from this main's start, that
 * is after the JVM's own start-up.
 */
public final class HandoverRun {

    static final String RESULT = "HANDOVER ";

    private HandoverRun() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        int exit = ObzvonCommand.run(args);
        System.out.printf(Locale.ROOT, RESULT + "seconds=%.3f exit=%d%n", Stats.secondsSince(started), exit);
        System.exit(exit);
    }
}
