package app.obzvon.ui.search;

import app.obzvon.search.ContactSearch;
import app.obzvon.search.Corrections;
import app.obzvon.ui.common.DialogStage;
import app.obzvon.ui.common.FxmlLoaderFactory;
import app.obzvon.ui.common.I18n;
import app.obzvon.ui.common.UiTasks;
import javafx.stage.Window;

import java.util.function.LongConsumer;

/** Opens the search over the caller's window; a company chosen there takes the caller's screen. */
public final class SearchWindow {

    private SearchWindow() {
    }

    /** @param corrections a supervisor's, to correct a found company; null for a caller */
    public static SearchViewModel open(Window owner, UiTasks tasks, ContactSearch search, Corrections corrections,
                                       I18n i18n, LongConsumer take) {
        var model = new SearchViewModel(tasks, search, take);
        LongConsumer correct = corrections == null ? null : id -> correct(owner, tasks, corrections, i18n, id);
        var root = new FxmlLoaderFactory(i18n).load(SearchController.class, "search.fxml",
                () -> new SearchController(model, i18n, correct));
        DialogStage.show(owner, i18n.get("search.title"), root);
        return model;
    }

    private static void correct(Window owner, UiTasks tasks, Corrections corrections, I18n i18n, long contactId) {
        var model = new CorrectionViewModel(tasks, corrections, contactId);
        var root = new FxmlLoaderFactory(i18n).load(CorrectionController.class, "correction.fxml",
                () -> new CorrectionController(model, i18n));
        DialogStage.show(owner, i18n.get("correct.title"), root);
        model.load();
    }
}
