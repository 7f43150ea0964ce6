package app.obzvon.importing;

import app.obzvon.testing.TestBase;
import org.dhatim.fastexcel.Workbook;
import org.jooq.DSLContext;
import org.jooq.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static app.obzvon.persistence.jooq.Tables.CALL_QUEUES;
import static app.obzvon.persistence.jooq.Tables.CONTACTS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_FIELDS;
import static app.obzvon.persistence.jooq.Tables.CONTACT_PHONES;
import static app.obzvon.persistence.jooq.Tables.IMPORTS;
import static app.obzvon.persistence.jooq.Tables.QUEUE_MEMBERS;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

/** A real base in a temp folder with its importer, the files tests import, and what an import may touch. */
final class ImportFixture implements AutoCloseable {

    static final Charset WINDOWS_1251 = CyrillicCodePages.WINDOWS_1251;
    static final Charset KOI8_R = CyrillicCodePages.KOI8_R;
    static final Charset CP866 = CyrillicCodePages.CP866;

    final Path folder;
    final TestBase base;
    final Importer importer;

    ImportFixture(Path folder) {
        this.folder = folder;
        this.base = new TestBase(folder);
        this.importer = base.services.importer();
    }

    DSLContext dsl() {
        return base.services.database().dsl();
    }

    Path text(String name, Charset charset, String text) {
        return bytes(name, text.getBytes(charset));
    }

    /** The text behind the byte order mark of its encoding (UTF-8, UTF-16LE or UTF-16BE). */
    Path withBom(String name, Charset charset, String text) {
        byte[] bom = charset.equals(UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.equals(UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE}
                : charset.equals(UTF_16BE) ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[0];
        byte[] body = text.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return bytes(name, all);
    }

    Path bytes(String name, byte[] bytes) {
        try {
            return Files.write(folder.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook written by fastexcel: sheets in order, each a list of rows of strings or numbers. */
    Path xlsx(String name, Map<String, List<List<Object>>> sheets) {
        Path file = folder.resolve(name);
        try (var out = Files.newOutputStream(file)) {
            var workbook = new Workbook(out, "Obzvon", "1.0");
            for (var sheet : sheets.entrySet()) {
                var worksheet = workbook.newWorksheet(sheet.getKey());
                var rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object value = rows.get(r).get(c);
                        if (value instanceof Number number) {
                            worksheet.value(r, c, number);
                        } else if (value != null) {
                            worksheet.value(r, c, value.toString());
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Imports with everything detected and the guessed mapping, into no queue. */
    ImportResult importGuessed(Path file) {
        var options = SourceOptions.detect();
        return importer.importFile(file, options, importer.preview(file, options).mapping(), QueueTarget.none(),
                Progress.NONE);
    }

    /** Every row of every table an import may touch, in order: equal strings mean an untouched base. */
    String snapshot() {
        var text = new StringBuilder();
        for (Table<?> table : List.<Table<?>>of(CONTACTS, CONTACT_PHONES, CONTACT_FIELDS, IMPORTS, QUEUE_MEMBERS,
                CALL_QUEUES)) {
            text.append(table.getName()).append('\n')
                    .append(dsl().selectFrom(table).orderBy(table.fields()).fetch().formatCSV());
        }
        return text.toString();
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    static List<Object> row(Object... cells) {
        return Stream.of(cells).toList();
    }

    @Override
    public void close() {
        base.close();
    }
}
