package app.obzvon.importing;

/** A cell of a column that maps to no field, kept with the contact under the column's name. */
public record ExtraField(String name, String value) {
}
