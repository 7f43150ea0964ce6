package app.obzvon.ui.search;

import app.obzvon.search.ContactSearch;
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

    public static SearchViewModel open(Window owner, UiTasks tasks, ContactSearch search, I18n i18n, LongConsumer take) {
        var model = new SearchViewModel(tasks, search, take);
        var root = new FxmlLoaderFactory(i18n).load(SearchController.class, "search.fxml",
                () -> new SearchController(model, i18n));
        DialogStage.show(owner, i18n.get("search.title"), root);
        return model;
    }
}
