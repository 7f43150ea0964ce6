package app.obzvon.importing;

import java.util.List;
import java.util.Map;

/**
 * Which column fills which field, by column index (from 0). Columns left out are kept with the
 * contact as extra fields under their header. Several columns may map to the same field: every
 * phone column adds its numbers; for other fields the columns' texts are joined with ", ".
 */
public record Mapping(Map<Integer, Field> columns) {

    public Mapping {
        if (columns.keySet().stream().anyMatch(column -> column < 0)) {
            throw new IllegalArgumentException("Columns are numbered from 0: " + columns);
        }
        columns = Map.copyOf(columns);
    }

    /** The columns that fill a field, in file order. */
    public List<Integer> columnsOf(Field field) {
        return columns.entrySet().stream().filter(e -> e.getValue() == field).map(Map.Entry::getKey).sorted().toList();
    }

    public boolean maps(Field field) {
        return columns.containsValue(field);
    }
}
