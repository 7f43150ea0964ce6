package app.obzvon.handoff;

/** The file a batch of leads is written to. */
public enum ExportFormat {
    /** Text with a chosen delimiter; by default as Excel in a Russian locale opens it (see {@link CsvOptions}). */
    CSV("csv"),
    /** An Excel workbook of one sheet; every text is a plain string cell, never a formula. */
    XLSX("xlsx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
