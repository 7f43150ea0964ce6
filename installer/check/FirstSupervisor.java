import app.obzvon.Services;

import java.nio.file.Path;
import java.time.Clock;

/**
 * For the image's check (installer/check-image.sh): a new base with its first supervisor, as the
 * window's first start makes it, so the image's command line has someone to run as. Run with the
 * JDK's source launcher over the shaded jar:
 *   java -cp target/obzvon.jar installer/check/FirstSupervisor.java FILE NAME PIN
 */
public final class FirstSupervisor {

    public static void main(String[] args) {
        try (var services = Services.open(Path.of(args[0]), Clock.systemDefaultZone())) {
            services.signIn().createFirstSupervisor(args[1], args[2]);
        }
    }
}
