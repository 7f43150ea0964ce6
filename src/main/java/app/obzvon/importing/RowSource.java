package app.obzvon.importing;

/** The rows of a file one at a time, so that a file of any size is read in little memory. */
interface RowSource extends AutoCloseable {

    /** The next row, or null after the last. */
    RawRow next();

    /** How much of the file has been read, 0 to 1. */
    double fraction();

    @Override
    void close();
}
