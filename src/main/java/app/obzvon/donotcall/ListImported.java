package app.obzvon.donotcall;

/**
 * What loading a file of numbers did.
 *
 * @param rows          rows read (a header row not counted)
 * @param added         new numbers on the list
 * @param alreadyListed numbers that were on the list before
 * @param repeated      numbers written again further down the file
 * @param withoutNumber rows with no valid number in them: left out, not an error
 * @param base          the companies' numbers closed, and the companies closed with them
 */
public record ListImported(String fileName, int rows, int added, int alreadyListed, int repeated,
                           int withoutNumber, Closing base) {
}
