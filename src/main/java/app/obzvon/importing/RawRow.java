package app.obzvon.importing;

import java.util.List;

/** A row as read from the file: its number there (line or sheet row, from 1) and its cells. */
record RawRow(long number, List<String> cells) {

    /** Characters in all its cells. */
    long length() {
        long length = 0;
        for (String cell : cells) {
            length += cell.length();
        }
        return length;
    }

    boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
