package app.obzvon.ui.common;

import javafx.application.Platform;

import java.awt.Desktop;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Opens {@code tel:} links with whatever the system has for them, off the FX thread: the desktop's
 * handler where Java can ask for it (Windows, macOS, GNOME), else {@code xdg-open}, whose exit
 * code says whether a program took the link. JavaFX's own {@code showDocument} says nothing either way.
 */
public final class SystemDialer implements Dialer {

    private static final long XDG_OPEN_SECONDS = 5;

    @Override
    public void dial(String uri, Consumer<Boolean> accepted) {
        var thread = new Thread(() -> {
            boolean ok = open(uri);
            Platform.runLater(() -> accepted.accept(ok));
        }, "obzvon-dialer");
        thread.setDaemon(true);
        thread.start();
    }

    static boolean open(String uri) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(uri));
                return true;
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try {
            var process = new ProcessBuilder("xdg-open", uri).redirectErrorStream(true).start();
            process.getInputStream().transferTo(OutputStream.nullOutputStream());
            return process.waitFor(XDG_OPEN_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
