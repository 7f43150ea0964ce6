package app.obzvon.handoff;

import app.obzvon.call.CallDetails;
import app.obzvon.contact.CompanySize;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.NewContact;
import app.obzvon.queue.CallQueue;
import app.obzvon.queue.QueueFilter;
import app.obzvon.testing.TestBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static app.obzvon.persistence.jooq.Tables.CONTACTS;

/** A base with companies of known phones and tax ids, some handed over, and results files to apply to it. */
public final class StageResultsFixture {

    public final TestBase base;
    private final Path folder;
    private final CallQueue queue;

    public StageResultsFixture(Path folder) {
        this.folder = folder;
        base = new TestBase(folder);
        queue = base.queue(QueueFilter.any());
    }

    /** Adds a company with one number and, when given, a tax id; returns its id. */
    public long company(String name, String phone, String taxId) {
        var services = base.services;
        services.database().inTransaction(tx -> services.contacts().addAll(tx, List.of(new NewContact(name,
                "Иван Петров", List.of(phone), "Москва", "Москва",
                TestBase.ZONE, CompanySize.SMALL, "Торговля", "test"))));
        long id = services.database().dsl().select(org.jooq.impl.DSL.max(CONTACTS.ID)).from(CONTACTS).fetchSingle().value1();
        if (taxId != null) {
            services.database().dsl().update(CONTACTS).set(CONTACTS.TAX_ID, taxId).where(CONTACTS.ID.eq((int) id))
                    .execute();
        }
        return id;
    }

    /** Logs a qualified lead for each company and hands them over as one batch. */
    public void handOver(long... ids) {
        for (long id : ids) {
            base.log(id, queue, base.supervisor.id(), "qualified_lead", CallDetails.none());
        }
        base.services.leadExporter().export(LeadCriteria.newLeads(), ExportFormat.CSV, null,
                LeadTexts.of(Locale.ENGLISH, code -> code), folder.resolve("handed-over-" + System.nanoTime() + ".csv"));
    }

    /** Logs a qualified lead without handing it over: it is still the cold stage's. */
    public void qualify(long id) {
        base.log(id, queue, base.supervisor.id(), "qualified_lead", CallDetails.none());
    }

    public ContactStatus status(long id) {
        return base.inTx(tx -> base.services.contacts().find(tx, id)).orElseThrow().state().status();
    }

    /** A UTF-8 CSV file of these lines. */
    public Path csv(String name, String... lines) {
        return file(name, StandardCharsets.UTF_8, lines);
    }

    public Path file(String name, Charset charset, String... lines) {
        try {
            return Files.write(folder.resolve(name), (String.join("\n", lines) + "\n").getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void close() {
        base.close();
    }
}
