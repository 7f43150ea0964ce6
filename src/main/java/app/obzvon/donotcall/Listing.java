package app.obzvon.donotcall;

import java.util.List;

/** The newest numbers that match a search, at most {@link DoNotCallList#SHOWN}, and how many match in all. */
public record Listing(List<ListedNumber> rows, int total) {

    public Listing {
        rows = List.copyOf(rows);
    }
}
