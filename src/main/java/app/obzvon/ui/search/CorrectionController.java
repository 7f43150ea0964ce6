package app.obzvon.ui.search;

import app.obzvon.contact.ContactPhone;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.PlaceZones;
import app.obzvon.search.Corrections;
import app.obzvon.ui.common.Converters;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.NoticeLabel;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

import java.util.ArrayList;

public final class CorrectionController {

    private final CorrectionViewModel model;
    private final I18n i18n;

    @FXML private TextField companyField;
    @FXML private TextField personField;
    @FXML private TextField cityField;
    @FXML private TextField regionField;
    @FXML private ComboBox<String> zoneBox;
    @FXML private ComboBox<ContactStatus> statusBox;
    @FXML private Button saveButton;
    @FXML private ListView<ContactPhone> phoneList;
    @FXML private Button closeButton;
    @FXML private Button openButton;
    @FXML private TextField newPhoneField;
    @FXML private Button addButton;
    @FXML private Label noticeLabel;

    public CorrectionController(CorrectionViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        companyField.textProperty().bindBidirectional(model.companyProperty());
        personField.textProperty().bindBidirectional(model.personProperty());
        cityField.textProperty().bindBidirectional(model.cityProperty());
        regionField.textProperty().bindBidirectional(model.regionProperty());
        newPhoneField.textProperty().bindBidirectional(model.newPhoneProperty());
        var zones = new ArrayList<String>();
        zones.add("");
        PlaceZones.shared().zones().forEach(z -> zones.add(z.getId()));
        zoneBox.getItems().setAll(zones);
        zoneBox.setConverter(Converters.named(z -> z == null || z.isEmpty() ? i18n.get("correct.zone.unknown") : z));
        zoneBox.valueProperty().bindBidirectional(model.zoneProperty());
        statusBox.getItems().setAll(Corrections.SETTABLE.stream().sorted().toList());
        statusBox.setConverter(Converters.named(s -> s == null ? "" : i18n.get("status." + s.name())));
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        phoneList.setItems(model.phones());
        phoneList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ContactPhone phone, boolean empty) {
                super.updateItem(phone, empty);
                setText(empty || phone == null ? null : phone.written() + (phone.isOpen() ? ""
                        : "  — " + i18n.get("card.phone.closed." + phone.closed().name())));
            }
        });
        var selected = phoneList.getSelectionModel().selectedItemProperty();
        closeButton.disableProperty().bind(selected.isNull().or(model.busyProperty()));
        openButton.disableProperty().bind(selected.isNull().or(model.busyProperty()));
        saveButton.disableProperty().bind(model.busyProperty());
        addButton.disableProperty().bind(model.busyProperty());
        model.noticeProperty().addListener((obs, old, notice) -> NoticeLabel.show(noticeLabel, i18n, notice));
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void closePhone() {
        model.setClosed(phoneList.getSelectionModel().getSelectedItem(), true);
    }

    @FXML
    private void openPhone() {
        model.setClosed(phoneList.getSelectionModel().getSelectedItem(), false);
    }

    @FXML
    private void addPhone() {
        model.addPhone();
    }
}
