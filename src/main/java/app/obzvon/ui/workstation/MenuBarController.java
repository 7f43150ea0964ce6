package app.obzvon.ui.workstation;

import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.Notice;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The menus: the language, the keys, the lock, switching the caller and quitting for everyone; the
 * base, the scripts and the team for a supervisor only (the services refuse them to a caller anyway).
 */
public final class MenuBarController {

    /** The windows a supervisor opens from the Base, Scripts and Team menus. */
    public interface Dialogs {
        void openImport();

        void openExport();

        void openQueues();

        void openRules();

        /** The next stage's results: a file that moves the leads handed over on to Deal, Client… */
        void openResults();

        void openDoNotCall();

        void openScriptEditor();

        void openScriptReport();

        void openPeople();

        void openAudit();

        /** The KPI planner: the money wanted worked back to the calls a day, and the callers' targets from it. */
        void openPlanner();
        /** Inbound requests: the quick entry, the handing out, the duty roster, today's list. */
        void openInbound();

        void openCallbacks();

        void openSearch();

        /** The team today, its trends, funnel and coaching, kept up to date while open. */
        void openDashboard();

        /** A copy of the base now, into its backups folder. */
        void backUpNow();

        /** The backups, one of which may take the base's place. */
        void openRestore();
    }

    private final WorkstationViewModel model;
    private final DoorViewModel door;
    private final I18n i18n;
    private final Consumer<Locale> languageChange;
    private final Runnable quit;
    private final Dialogs dialogs;

    @FXML private RadioMenuItem russianItem;
    @FXML private RadioMenuItem englishItem;
    @FXML private MenuItem lockItem;
    @FXML private MenuItem switchItem;
    @FXML private MenuItem callbacksItem;
    @FXML private Menu baseMenu;
    @FXML private Menu scriptsMenu;
    @FXML private Menu teamMenu;

    public MenuBarController(WorkstationViewModel model, DoorViewModel door, I18n i18n,
                             Consumer<Locale> languageChange, Runnable quit, Dialogs dialogs) {
        this.model = model;
        this.door = door;
        this.i18n = i18n;
        this.languageChange = languageChange;
        this.quit = quit;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        var languages = new ToggleGroup();
        russianItem.setToggleGroup(languages);
        englishItem.setToggleGroup(languages);
        (i18n.locale().getLanguage().equals("ru") ? russianItem : englishItem).setSelected(true);

        var signedIn = model.personProperty().isNotNull();
        var supervisor = Bindings.createBooleanBinding(() -> model.personProperty().get() != null
                && model.personProperty().get().isSupervisor(), model.personProperty());
        for (var menu : List.of(baseMenu, scriptsMenu, teamMenu)) {
            menu.visibleProperty().bind(supervisor);
            // Disabled too: a hidden menu's shortcuts (Ctrl+I, Ctrl+E…) would still fire.
            menu.disableProperty().bind(supervisor.not());
        }
        lockItem.disableProperty().bind(signedIn.not());
        switchItem.disableProperty().bind(signedIn.not());
        callbacksItem.disableProperty().bind(signedIn.not());
    }

    @FXML
    private void useRussian() {
        languageChange.accept(I18n.LANGUAGES.get(0));
    }

    @FXML
    private void useEnglish() {
        languageChange.accept(Locale.ENGLISH);
    }

    @FXML
    private void showShortcuts() {
        model.tell(Notice.info("shortcuts.all"));
    }

    @FXML
    private void lock() {
        door.lock();
    }

    @FXML
    private void switchCaller() {
        door.switchCaller();
    }

    @FXML
    private void quit() {
        quit.run();
    }

    @FXML
    private void openImport() {
        dialogs.openImport();
    }

    @FXML
    private void openExport() {
        dialogs.openExport();
    }

    @FXML
    private void openSearch() {
        dialogs.openSearch();
    }

    @FXML
    private void openQueues() {
        dialogs.openQueues();
    }

    @FXML
    private void openRules() {
        dialogs.openRules();
    }

    @FXML
    private void openResults() {
        dialogs.openResults();
    }

    @FXML
    private void openDoNotCall() {
        dialogs.openDoNotCall();
    }

    @FXML
    private void openScriptEditor() {
        dialogs.openScriptEditor();
    }

    @FXML
    private void openScriptReport() {
        dialogs.openScriptReport();
    }

    @FXML
    private void openDashboard() {
        dialogs.openDashboard();
    }

    @FXML
    private void openPeople() {
        dialogs.openPeople();
    }

    @FXML
    private void openAudit() {
        dialogs.openAudit();
    }

    @FXML
    private void openPlanner() {
        dialogs.openPlanner();
    }

    @FXML
    private void openInbound() {
        dialogs.openInbound();
    }

    @FXML
    private void openCallbacks() {
        dialogs.openCallbacks();
    }

    @FXML
    private void backUpNow() {
        dialogs.backUpNow();
    }

    @FXML
    private void openRestore() {
        dialogs.openRestore();
    }
}
