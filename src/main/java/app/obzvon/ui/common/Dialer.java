package app.obzvon.ui.common;

import java.util.function.Consumer;

/** Hands a {@code tel:} link to the system's softphone and says, on the FX thread, whether anything took it. */
public interface Dialer {

    void dial(String uri, Consumer<Boolean> accepted);
}
