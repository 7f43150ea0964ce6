package app.obzvon.ui.connect;

import app.obzvon.BaseLocation;
import app.obzvon.common.Errors;
import app.obzvon.persistence.ServerAddress;
import app.obzvon.persistence.ServerFault;
import app.obzvon.ui.common.BusyTasks;
import app.obzvon.ui.common.FaultNotice;
import app.obzvon.ui.common.Notice;
import app.obzvon.ui.common.UiTasks;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.LoggerFactory;

import java.util.function.BiConsumer;

/**
 * "Connect to a team's server…": the server (host, port), the base's name and the user name, filled
 * in with the last server connected to; Connect signs in to the server on the database thread and
 * hands what it opened to the window, or says in the person's words why not (nothing is left open).
 * The password is handed to {@link #connect} and to the server, never kept here.
 *
 * @param <T> what a connection opens (the window's services and door), closed if nobody takes it
 */
public final class ConnectViewModel<T extends AutoCloseable> {

    /** Opens the base on the server, signed in as the address's user; a {@link ServerFault} when it cannot. */
    public interface Connector<T> {
        T open(ServerAddress address, String password) throws Exception;
    }

    private final BusyTasks tasks;
    private final Connector<T> connector;
    private final RememberedServer remembered;
    private final ServerAddress given;
    private final BiConsumer<ServerAddress, T> connected;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(ServerAddress.DEFAULT_PORT));
    private final StringProperty base = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private boolean closed;

    /**
     * @param given     the server to fill in (one that refused the sign-in at the start); null: the last one
     * @param connected told on the FX thread, with what was opened, once the server let the person in
     */
    public ConnectViewModel(UiTasks tasks, Connector<T> connector, RememberedServer remembered, ServerAddress given,
                            String userName, BiConsumer<ServerAddress, T> connected) {
        this.tasks = new BusyTasks(tasks);
        this.connector = connector;
        this.remembered = remembered;
        this.given = given;
        this.connected = connected;
        user.set(userName == null ? "" : userName);
    }

    /**
     * Fills the fields in: the server given, else the last one connected to (read on the database
     * thread); then {@code ready} (the dialog shows, filled in).
     */
    public void load(Runnable ready) {
        if (given != null) {
            fill(given);
            ready.run();
            return;
        }
        tasks.create(remembered::last).onSuccess(last -> last.ifPresent(this::fill)).andFinally(ready).run();
    }

    private void fill(ServerAddress address) {
        host.set(address.host());
        port.set(Integer.toString(address.port()));
        base.set(address.database());
        user.set(address.user());
    }

    /**
     * Signs in to the server with this password (blank: the one in {@code PGPASSWORD} or the person's
     * own {@code ~/.pgpass}) and opens its base; the dialog closes once the window has it.
     */
    public void connect(String password) {
        if (tasks.isBusy() || done.get()) {
            return;
        }
        var address = address();
        if (address == null) {
            return;
        }
        var typed = password == null || password.isEmpty() ? null : password;
        notice.set(Notice.info("connect.connecting", BaseLocation.Server.shown(address)));
        tasks.create(() -> {
            var opened = connector.open(address, typed);
            try {
                remembered.remember(address);
            } catch (RuntimeException e) {
                // Not remembered is no reason to stay off the server.
                LoggerFactory.getLogger(ConnectViewModel.class).warn("The server connected to could not be remembered", e);
            }
            return opened;
        }).onSuccess(opened -> {
            if (closed) {
                // The dialog was closed meanwhile: nobody wants it, so nothing stays open.
                tasks.create(() -> {
                    opened.close();
                    return null;
                }).run();
                return;
            }
            notice.set(null);
            done.set(true);
            connected.accept(address, opened);
        }).onError(error -> notice.set(refused(error, address, typed == null))).run();
    }

    /** The dialog was closed: a connection still on its way is closed when it arrives. */
    public void closed() {
        closed = true;
    }

    /** The fields as an address, or null with the line saying what is missing. */
    private ServerAddress address() {
        var typedHost = host.get() == null ? "" : host.get().strip();
        if (ServerAddress.isServer(typedHost)) {
            // A whole address pasted into the first field: postgresql://anna@db.office:5432/team.
            try {
                var pasted = ServerAddress.parse(typedHost);
                fill(pasted);
                typedHost = pasted.host();
            } catch (IllegalArgumentException e) {
                notice.set(Notice.error("connect.address.invalid", Errors.message(e)));
                return null;
            }
        }
        if (typedHost.isEmpty()) {
            notice.set(Notice.error("connect.host.missing"));
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(port.get() == null ? "" : port.get().strip());
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > 65_535) {
            notice.set(Notice.error("connect.port.invalid"));
            return null;
        }
        var typedBase = base.get() == null ? "" : base.get().strip();
        if (typedBase.isEmpty()) {
            notice.set(Notice.error("connect.base.missing"));
            return null;
        }
        var typedUser = user.get() == null ? "" : user.get().strip();
        if (typedUser.isEmpty()) {
            notice.set(Notice.error("connect.user.missing"));
            return null;
        }
        return new ServerAddress(typedHost, number, typedBase, typedUser);
    }

    /** Why the server did not open, in the person's words. */
    static Notice refused(Throwable error, ServerAddress address, boolean noPassword) {
        var fault = FaultNotice.serverFault(error);
        if (fault == null) {
            return Notice.error("connect.failed", Errors.message(error));
        }
        var server = address.host() + ":" + address.port();
        return switch (fault.kind()) {
            case UNREACHABLE, NOT_SAVED, UNKNOWN_IF_SAVED -> Notice.error("connect.unreachable", server);
            case SIGN_IN_REFUSED -> noPassword ? Notice.error("connect.password.wanted", address.user())
                    : Notice.error("connect.refused", address.user());
            case NO_SUCH_BASE -> Notice.error("connect.no.base", server, address.database());
            case NOT_A_BASE -> Notice.error("connect.not.a.base", server, address.database());
            case NO_RIGHT -> Notice.error("connect.no.right", address.user(), address.database());
            case NEWER_VERSION -> Notice.error("connect.newer", BaseLocation.Server.shown(address));
            case OTHER -> Notice.error("connect.failed", Errors.message(fault));
        };
    }

    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty baseProperty() { return base; }
    public StringProperty userProperty() { return user; }
    public ReadOnlyObjectProperty<Notice> noticeProperty() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return tasks.busyProperty(); }
    /** True once the server let the person in and the window has its base: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }
}
