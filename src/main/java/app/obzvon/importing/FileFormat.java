package app.obzvon.importing;

public enum FileFormat {
    CSV, XLSX
}
