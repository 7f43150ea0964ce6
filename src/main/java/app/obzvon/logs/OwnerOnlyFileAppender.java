package app.obzvon.logs;

import app.obzvon.common.OwnerOnly;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;

import java.io.IOException;
import java.nio.file.Path;

/** A rolling log whose every file, the one each new day opens included, only its owner reads. */
final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        var parent = Path.of(fileName).toAbsolutePath().getParent();
        if (parent != null) {
            OwnerOnly.folder(parent);
        }
        // Created 600 before Logback opens it for appending, so it is never readable by others, even briefly.
        OwnerOnly.createFile(Path.of(fileName));
        super.openFile(fileName);
    }
}
