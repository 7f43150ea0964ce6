package app.obzvon.importing;

/** What a pass does with the rows it has sorted, in file order. */
interface RowSink {

    /** Before the first row. */
    default void start(Table table) {
    }

    default void add(ImportedContact contact) {
    }

    default void leftOut(RawRow row, RejectReason reason) {
    }
}
