package app.obzvon.persistence;

/** How a base is opened: whether a missing file may be created, and whether it may be written. */
public enum OpenMode {
    /** A new base where there is none: the default data folder's first start, or a confirmed path. */
    CREATE,
    /** Only a base that exists: a path someone typed may be mistyped, and must not turn into an empty base. */
    EXISTING,
    /** SQLite's read-only open: to look, not log. Also what a file or folder we may not write gets. */
    READ_ONLY
}
