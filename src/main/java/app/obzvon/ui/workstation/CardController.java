package app.obzvon.ui.workstation;

import app.obzvon.call.CallHistoryEntry;
import app.obzvon.contact.Contact;
import app.obzvon.contact.ContactPhone;
import app.obzvon.inbound.InboundCard;
import app.obzvon.ui.common.Dialer;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/** The contact on screen: company, person, phones to call or copy, facts, their local time, earlier calls. */
public final class CardController {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final WorkstationViewModel model;
    private final I18n i18n;
    private final Dialer dialer;
    private final OutcomeNames outcomeNames;
    private final DateTimeFormatter dayAndTime;

    @FXML private Label companyLabel;
    @FXML private Label personLabel;
    @FXML private VBox inboundBox;
    @FXML private Label inboundTitle;
    @FXML private Label inboundWants;
    @FXML private VBox phonesBox;
    @FXML private Label cityLabel;
    @FXML private Label localTimeLabel;
    @FXML private Label sizeLabel;
    @FXML private Label categoryLabel;
    @FXML private Label statusLabel;
    @FXML private Label attemptsLabel;
    @FXML private GridPane extrasGrid;
    @FXML private ListView<CallHistoryEntry> historyList;

    public CardController(WorkstationViewModel model, I18n i18n, Dialer dialer) {
        this.model = model;
        this.i18n = i18n;
        this.dialer = dialer;
        this.outcomeNames = new OutcomeNames(i18n);
        this.dayAndTime = DateTimeFormatter.ofPattern(i18n.get("format.day.time"), i18n.locale());
    }

    @FXML
    private void initialize() {
        model.contactProperty().addListener((obs, old, contact) -> show(contact));
        model.inboundProperty().addListener((obs, old, request) -> showInbound(request));
        model.nowProperty().addListener((obs, old, now) -> showLocalTime(model.contactProperty().get()));
        historyList.setItems(model.history());
        historyList.setCellFactory(list -> new HistoryCell());
        historyList.setPlaceholder(new Label(i18n.get("card.history.none")));
        show(model.contactProperty().get());
    }

    /** Ctrl+D. */
    void dialFirst() {
        firstPhone().ifPresent(this::dial);
    }

    /** Ctrl+Shift+C. */
    void copyFirst() {
        firstPhone().ifPresent(this::copy);
    }

    private void show(Contact c) {
        phonesBox.getChildren().clear();
        if (c == null) {
            return;
        }
        companyLabel.setText(c.company());
        personLabel.setText(blankToDash(c.person()));
        c.phones().forEach(phone -> phonesBox.getChildren().add(phoneRow(phone)));
        if (!c.phones().isEmpty()) {
            var keys = new Label(i18n.get("card.phone.keys"));
            keys.getStyleClass().add("hint");
            phonesBox.getChildren().add(keys);
        }
        String region = c.region() != null && !c.region().equals(c.city()) ? ", " + c.region() : "";
        cityLabel.setText(blankToDash(c.city()) + region);
        sizeLabel.setText(i18n.get("size." + c.size().name()));
        categoryLabel.setText(blankToDash(c.category()));
        statusLabel.setText(i18n.get("status." + c.status().name()));
        attemptsLabel.setText(Integer.toString(c.state().attempts()));
        showExtras(c);
        showLocalTime(c);
    }

    /** An inbound request on top of the card: the caller answers what they asked for, first. */
    private void showInbound(InboundCard request) {
        if (request == null) {
            inboundBox.setVisible(false);
            inboundBox.setManaged(false);
            return;
        }
        var who = java.util.stream.Stream.of(request.person(),
                        app.obzvon.contact.PhoneNumbers.international(request.phone()), request.source())
                .filter(part -> part != null && !part.isBlank()).toList();
        inboundTitle.setText(i18n.get("card.inbound", dayAndTime.format(request.receivedAt().atZone(model.zone())),
                String.join(" · ", who)));
        inboundWants.setText(request.wants() == null ? i18n.get("card.inbound.no.wants") : request.wants());
        inboundBox.setManaged(true);
        inboundBox.setVisible(true);
    }

    /** Tax ID, e-mail, website and the imported file's own columns, where the contact has them. */
    private void showExtras(Contact c) {
        var rows = new LinkedHashMap<String, String>();
        rows.put(i18n.get("card.tax.id"), c.taxId());
        rows.put(i18n.get("card.email"), c.email());
        rows.put(i18n.get("card.website"), c.website());
        rows.putAll(c.extraFields());
        extrasGrid.getChildren().clear();
        int row = 0;
        for (var entry : rows.entrySet()) {
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            var name = new Label(entry.getKey());
            name.getStyleClass().add("fact-name");
            var value = new Label(entry.getValue());
            value.setWrapText(true);
            extrasGrid.addRow(row++, name, value);
        }
    }

    private HBox phoneRow(ContactPhone phone) {
        var field = new Label(phone.written());
        field.getStyleClass().add("phone");
        field.setMinWidth(Region.USE_PREF_SIZE);
        if (!phone.isOpen()) {
            // Closed by a call: shown, so the caller knows, but never dialled again.
            field.getStyleClass().add("phone-closed");
            var why = new Label(i18n.get("card.phone.closed." + phone.closed().name()));
            why.getStyleClass().add("hint");
            var row = new HBox(6, field, why);
            row.setAlignment(Pos.CENTER_LEFT);
            return row;
        }
        var call = new Button(i18n.get("card.phone.call"));
        call.getStyleClass().add("primary");
        call.setOnAction(e -> dial(phone));
        var copy = new Button(i18n.get("card.phone.copy"));
        copy.setOnAction(e -> copy(phone));
        var row = new HBox(6, field, call, copy);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Optional<ContactPhone> firstPhone() {
        var c = model.contactProperty().get();
        return c == null ? Optional.empty() : c.phones().stream().filter(ContactPhone::isOpen).findFirst();
    }

    /** The number a phone dials (E.164, the extension after a pause), ready to paste into a softphone. */
    private void copy(ContactPhone phone) {
        var content = new ClipboardContent();
        content.putString(phone.dialString());
        Clipboard.getSystemClipboard().setContent(content);
        model.tell(Notice.info("notice.copied", phone.dialString()));
    }

    private void dial(ContactPhone phone) {
        // The outcome logged next is about this number (a wrong number closes it, not the company).
        model.onLine(phone.id());
        model.tell(Notice.info("notice.dialing.opening", phone.written()));
        // "Calling…" only once something took the link; otherwise the number is there to copy.
        dialer.dial("tel:" + phone.dialString(), accepted -> model.tell(accepted
                ? Notice.info("notice.dialing", phone.written())
                : Notice.error("notice.dialing.nothing", phone.written())));
    }

    private void showLocalTime(Contact c) {
        if (c == null || c.timeZone() == null) {
            localTimeLabel.setText("—");
            return;
        }
        var here = model.nowProperty().get().atZone(c.timeZone());
        var offset = here.getOffset().getId().replace("Z", "+00:00");
        localTimeLabel.setText(i18n.get("card.local.time.value", HOUR_MINUTE.format(here), offset));
    }

    private static String blankToDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    /** One earlier call: when, who, what came of it and why, the status it moved, and the note. */
    private final class HistoryCell extends ListCell<CallHistoryEntry> {
        @Override
        protected void updateItem(CallHistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setText(null);
                return;
            }
            var parts = new ArrayList<>(List.of(dayAndTime.format(entry.at().atZone(model.zone())),
                    entry.callerName(), outcomeNames.of(entry.outcomeCode(), entry.outcomeLabel())));
            if (entry.refusalReason() != null) {
                parts.add(i18n.get("reason." + entry.refusalReason()));
            }
            if (entry.changedStatus()) {
                parts.add(i18n.get("status." + entry.statusBefore()) + " → " + i18n.get("status." + entry.statusAfter()));
            }
            if (entry.callbackAt() != null) {
                parts.add("→ " + dayAndTime.format(entry.callbackAt().atZone(model.zone())));
            }
            if (entry.note() != null) {
                parts.add("«" + entry.note() + "»");
            }
            setText(String.join(" · ", parts));
            setWrapText(true);
        }
    }
}
