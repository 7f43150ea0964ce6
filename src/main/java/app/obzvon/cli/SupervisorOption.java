package app.obzvon.cli;

import app.obzvon.Services;
import app.obzvon.access.Person;
import app.obzvon.team.SignInRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

import java.util.function.Supplier;

/**
 * {@code --as NAME}: the supervisor a command runs as, under the same roles and audit as the
 * window. The PIN comes from {@code OBZVON_PIN} or the first line of standard input, never the
 * command line (which other accounts can list).
 */
final class SupervisorOption {

    static final String PIN_VARIABLE = "OBZVON_PIN";
    private static final Logger LOG = LoggerFactory.getLogger(SupervisorOption.class);

    @Option(names = "--as", paramLabel = "NAME", required = true,
            description = "The supervisor to run as; the PIN is read from " + PIN_VARIABLE + " or standard input.")
    String name;

    /** Signs the named person in, or explains in one line why not. */
    Person signIn(Services services, Supplier<String> pin) {
        var person = services.signIn().door().people().stream()
                .filter(p -> p.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nobody named \"" + name + "\" can sign in to this base"));
        var typed = pin.get();
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("no PIN: set " + PIN_VARIABLE + " or pass it on standard input");
        }
        try {
            var signedIn = services.signIn().signIn(person.id(), typed.strip());
            LOG.info("signed in as {}", signedIn.name());
            return signedIn;
        } catch (SignInRefusedException e) {
            throw new IllegalArgumentException(switch (e.reason()) {
                case WAIT -> "too many wrong PINs: try again in " + e.waitFor().toSeconds() + " s";
                case WRONG_PIN -> "wrong PIN for " + person.name();
                default -> person.name() + " cannot sign in";
            });
        }
    }
}
