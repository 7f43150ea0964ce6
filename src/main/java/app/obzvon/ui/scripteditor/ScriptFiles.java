package app.obzvon.ui.scripteditor;

import app.obzvon.common.FileSaves;
import app.obzvon.ui.common.FileNames;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Script text files as the supervisor keeps them: written as UTF-8, read from UTF-8 or old Windows files. */
final class ScriptFiles {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private ScriptFiles() {
    }

    /** UTF-8 as the export writes it; a file that is not UTF-8 came from an old Windows editor. */
    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1251);
        }
    }

    /** Whole or not at all: a failed export leaves no half-written script behind. */
    static void write(Path file, String text) {
        FileSaves.save(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The script's name, made safe for a file system, with the format's extension. */
    static String fileName(String scriptName) {
        return FileNames.of(scriptName, "script", "md");
    }
}
