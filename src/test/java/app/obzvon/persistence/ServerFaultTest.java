package app.obzvon.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which kind of fault the server's answer is: what the window tells the person depends on it. */
class ServerFaultTest {

    static final ServerAddress SERVER = new ServerAddress("db.office.local", 5432, "team", "anna");

    @Test
    void aServerThatIsNotThereOrDroppedTheLineIsUnreachable() {
        assertEquals(ServerFault.Kind.UNREACHABLE, ServerFaults.of(SERVER, "08001").kind());
        assertEquals(ServerFault.Kind.UNREACHABLE, ServerFaults.of(SERVER, "08006").kind());
        assertEquals(ServerFault.Kind.UNREACHABLE, ServerFaults.of(SERVER, "57P01").kind());
    }

    /**
     * 08004: the server answered and would not let the sign-in in (it wants a password and none was
     * given, say): the window asks for one, rather than saying the server does not answer.
     */
    @Test
    void aSignInTheServerRejectedIsRefusedNotUnreachable() {
        assertEquals(ServerFault.Kind.SIGN_IN_REFUSED, ServerFaults.of(SERVER, "08004").kind());
        assertEquals(ServerFault.Kind.SIGN_IN_REFUSED, ServerFaults.of(SERVER, "28P01").kind());
    }

    @Test
    void noSuchBaseAndNoRight() {
        assertEquals(ServerFault.Kind.NO_SUCH_BASE, ServerFaults.of(SERVER, "3D000").kind());
        assertEquals(ServerFault.Kind.NO_RIGHT, ServerFaults.of(SERVER, "42501").kind());
    }
}
