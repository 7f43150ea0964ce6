package app.obzvon.inbound;

import java.util.List;

/**
 * A file of requests loaded: all its rows, or, when any is rejected, none (then {@code added} is 0
 * and {@code rejected} says which rows and why).
 */
public record RequestImport(String fileName, int added, int waiting, List<RejectedRequest> rejected) {

    public boolean done() {
        return rejected.isEmpty();
    }
}
