package app.obzvon.ui.search;

import app.obzvon.common.Errors;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactPhone;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.Correction;
import app.obzvon.common.RefusedException;
import app.obzvon.search.Corrections;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.util.concurrent.Callable;

/** A supervisor's correction of one company's card: the fields as properties, each change audited by {@link Corrections}. */
public final class CorrectionViewModel {

    private final BusyTasks tasks;
    private final Corrections corrections;
    private final long contactId;
    private final StringProperty company = new SimpleStringProperty("");
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    /** A zone id; "" for unknown (the office's hours). */
    private final StringProperty zone = new SimpleStringProperty("");
    private final ObjectProperty<ContactStatus> status = new SimpleObjectProperty<>();
    private final ObservableList<ContactPhone> phones = FXCollections.observableArrayList();
    private final StringProperty newPhone = new SimpleStringProperty("");
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();

    public CorrectionViewModel(UiTasks tasks, Corrections corrections, long contactId) {
        this.tasks = new BusyTasks(tasks);
        this.corrections = corrections;
        this.contactId = contactId;
    }

    public void load() {
        run(() -> corrections.card(contactId), null);
    }

    public void save() {
        Correction c;
        try {
            c = new Correction(company.get(), person.get(), city.get(), region.get(),
                    zone.get() == null || zone.get().isBlank() ? null : ZoneId.of(zone.get()), status.get());
        } catch (IllegalArgumentException e) {
            notice.set(Notice.error("correct.company.missing"));
            return;
        }
        run(() -> corrections.correct(contactId, c), "correct.saved");
    }

    public void addPhone() {
        var typed = newPhone.get();
        run(() -> corrections.addPhone(contactId, typed), "correct.phone.added");
    }

    public void setClosed(ContactPhone phone, boolean closed) {
        if (phone != null) {
            run(() -> corrections.setPhoneClosed(contactId, phone.id(), closed),
                    closed ? "correct.phone.closed" : "correct.phone.opened");
        }
    }

    private void run(Callable<Contact> work, String done) {
        tasks.create(work).onSuccess(card -> {
            show(card);
            if (done != null) {
                notice.set(Notice.info(done, card.company()));
            }
        }).onError(error -> notice.set(error instanceof RefusedException c ? Notice.error(c.key(), c.args().toArray())
                : Notice.error("notice.action.failed", Errors.message(error)))).run();
    }

    private void show(Contact c) {
        company.set(c.company());
        person.set(c.person() == null ? "" : c.person());
        city.set(c.city() == null ? "" : c.city());
        region.set(c.region() == null ? "" : c.region());
        zone.set(c.timeZone() == null ? "" : c.timeZone().getId());
        status.set(c.status());
        phones.setAll(c.phones());
        newPhone.set("");
    }

    public StringProperty companyProperty() { return company; }
    public StringProperty personProperty() { return person; }
    public StringProperty cityProperty() { return city; }
    public StringProperty regionProperty() { return region; }
    public StringProperty zoneProperty() { return zone; }
    public ObjectProperty<ContactStatus> statusProperty() { return status; }
    public ObservableList<ContactPhone> phones() { return phones; }
    public StringProperty newPhoneProperty() { return newPhone; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice; }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
}
