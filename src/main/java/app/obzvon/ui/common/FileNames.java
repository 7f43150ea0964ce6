package app.obzvon.ui.common;

/** A file name offered in a save dialog, made from a name the supervisor chose. */
public final class FileNames {

    private FileNames() {
    }

    /** The name without characters file systems refuse, or {@code fallback} if nothing is left; then the extension. */
    public static String of(String name, String fallback, String extension) {
        String safe = name == null ? "" : name.strip().replaceAll("[\\\\/:*?\"<>|]+", " ").strip();
        return (safe.isEmpty() ? fallback : safe) + "." + extension;
    }
}
