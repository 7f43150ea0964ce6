package app.obzvon.donotcall;

/**
 * A number added to the list or taken off it.
 *
 * @param changed false when nothing changed: it was already listed (add), or not listed (remove)
 * @param base    what it did to the companies' numbers
 */
public record Change(String e164, String shown, boolean changed, Closing base) {
}
