package app.obzvon.inbound;

import app.obzvon.access.Access;
import app.obzvon.audit.Audit;
import app.obzvon.audit.AuditAction;
import app.obzvon.common.RefusedException;
import app.obzvon.common.Transactions;
import app.obzvon.common.Tx;
import app.obzvon.contact.ContactRepository;
import app.obzvon.contact.ContactStatus;
import app.obzvon.contact.PhoneNumbers;
import app.obzvon.importing.RequestFile;
import app.obzvon.settings.SettingsRepository;
import app.obzvon.team.PersonRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * Warm inbound requests: the supervisor enters one in a few keys or loads a file of them; each is
 * matched to the base by its number (else a new company), and goes to a caller at once, first in
 * their queue: the company becomes theirs with a callback due now, so it is dispensed before
 * anything else in any queue. Requests nobody can take yet (nobody on shift, nobody on duty) wait,
 * and are handed out at the supervisor's next look ({@link #today}, {@link #handOut}). A request is
 * answered by the first call logged on its company since it came. Methods belong on the database thread.
 */
public final class InboundRequests {

    /** Gone on to the next stage: only the next stage moves these on. */
    private static final java.util.Set<ContactStatus> NEXT_STAGE = java.util.EnumSet.of(ContactStatus.HANDED_OVER,
            ContactStatus.DEAL, ContactStatus.DEAL_SUPPORT, ContactStatus.CLIENT);

    static final String HANDOUT = "inbound.handout";
    static final String WAITING_MINUTES = "inbound.waiting.minutes";

    private final Transactions transactions;
    private final InboundRepository requests;
    private final ContactRepository contacts;
    private final SettingsRepository settings;
    private final PersonRepository people;
    private final Access access;
    private final Audit audit;
    private final Clock clock;
    /** Loaded when first needed: libphonenumber's data is slow to load. */
    private PhoneNumbers phones;

    public InboundRequests(Transactions transactions, InboundRepository requests, ContactRepository contacts,
                           SettingsRepository settings, PersonRepository people, Access access, Audit audit,
                           Clock clock) {
        this.transactions = transactions;
        this.requests = requests;
        this.contacts = contacts;
        this.settings = settings;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records one request and gives it to a caller (or leaves it waiting). Bad input, or a company
     * that has gone on to the next stage, is a qualified lead already or must not be called:
     * {@link RefusedException}, and nothing changes.
     */
    public Entered enter(NewRequest request) {
        var me = access.requireSupervisor();
        var checked = RequestCheck.of(request, phones());
        return transactions.inTransaction(tx -> {
            refuseIfNotGiven(tx, checked);
            var entered = record(tx, checked, me.id());
            audit.record(tx, AuditAction.INBOUND_ENTERED, entered.company(), 1);
            return entered;
        });
    }

    /**
     * Loads a file of requests (CSV or XLSX, see {@link RequestFile}) in one transaction: every row,
     * or, when any row cannot be taken, none, with the reason for each such row.
     */
    public RequestImport importFile(Path file) {
        var me = access.requireSupervisor();
        var rows = RequestFile.read(file);
        var rejected = new ArrayList<RejectedRequest>();
        var checked = new LinkedHashMap<Long, RequestCheck>();
        for (var row : rows.rows()) {
            try {
                checked.put(row.number(), RequestCheck.of(new NewRequest(row.company(), row.person(), row.phone(),
                        row.wants(), row.source()), phones()));
            } catch (RefusedException e) {
                rejected.add(new RejectedRequest(row.number(), e.key(), e.args()));
            }
        }
        return transactions.inTransaction(tx -> {
            for (var row : checked.entrySet()) {
                try {
                    refuseIfNotGiven(tx, row.getValue());
                } catch (RefusedException e) {
                    rejected.add(new RejectedRequest(row.getKey(), e.key(), e.args()));
                }
            }
            if (!rejected.isEmpty() || checked.isEmpty()) {
                rejected.sort(java.util.Comparator.comparingLong(RejectedRequest::row));
                return new RequestImport(rows.fileName(), 0, 0, List.copyOf(rejected));
            }
            int waiting = 0;
            for (var request : checked.values()) {
                waiting += record(tx, request, me.id()).callerId() == null ? 1 : 0;
            }
            audit.record(tx, AuditAction.INBOUND_IMPORTED, rows.fileName(), checked.size());
            return new RequestImport(rows.fileName(), checked.size(), waiting, List.of());
        });
    }

    /**
     * Today's requests and any older one still unanswered, newest first; those waiting for someone
     * are handed out first, so a caller who has come on shift gets them at this look.
     */
    public List<InboundRequest> today() {
        access.requireSupervisor();
        var midnight = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        // Read without the write lock while nothing waits: the window asks every few seconds.
        if (!transactions.writable() || transactions.read(requests::unassigned).isEmpty()) {
            return transactions.read(tx -> requests.since(tx, midnight));
        }
        return transactions.inTransaction(tx -> {
            handOut(tx);
            return requests.since(tx, midnight);
        });
    }

    /** Hands out the requests waiting for someone, as far as anyone is on shift or on duty; how many went. */
    public int handOut() {
        access.requireSupervisor();
        return transactions.inTransaction(this::handOut);
    }

    /**
     * The requests not answered yet that came in at least {@code longerThan} ago, the oldest first:
     * when each came, to whom it went (nobody yet, or a caller) and how long it has waited. For the
     * dashboard; the supervisor's own limit is {@link InboundSettings#waitingTooLong()}.
     */
    public List<WaitingRequest> waiting(Duration longerThan) {
        access.requireSupervisor();
        var now = clock.instant();
        return transactions.read(tx -> requests.unanswered(tx, now.minus(longerThan))).stream()
                .map(r -> new WaitingRequest(r, r.waited(now))).toList();
    }

    public InboundSettings settings() {
        access.requireSupervisor();
        return transactions.read(this::settings);
    }

    /** Saves how requests are handed out and when one waits too long; the waiting ones go out under the new rule. */
    public void saveSettings(InboundSettings chosen) {
        access.requireSupervisor();
        long minutes = chosen.waitingTooLong().toMinutes();
        if (minutes < InboundSettings.MIN_MINUTES || minutes > InboundSettings.MAX_MINUTES) {
            throw new RefusedException("inbound.refused.minutes", InboundSettings.MIN_MINUTES,
                    InboundSettings.MAX_MINUTES);
        }
        transactions.inTransaction(tx -> {
            settings.put(tx, HANDOUT, chosen.handout().name());
            settings.put(tx, WAITING_MINUTES, Long.toString(minutes));
            audit.record(tx, AuditAction.INBOUND_SETTINGS, chosen.handout().name(), (int) minutes);
            return handOut(tx);
        });
    }

    /** The duty roster for {@code days} days from {@code from}. */
    public List<Duty> roster(LocalDate from, int days) {
        access.requireSupervisor();
        return transactions.read(tx -> requests.roster(tx, from, from.plusDays(days - 1L)));
    }

    /** Puts a person on duty for a half-day (null: nobody); requests waiting for the duty go to them if it is now. */
    public void setDuty(LocalDate day, HalfDay half, Long personId) {
        access.requireSupervisor();
        transactions.inTransaction(tx -> {
            String name = null;
            if (personId != null) {
                var person = people.find(tx, personId).filter(p -> p.active())
                        .orElseThrow(() -> new RefusedException("inbound.refused.duty.person"));
                name = person.name();
            }
            requests.setDuty(tx, day, half, personId);
            audit.record(tx, AuditAction.INBOUND_DUTY, day + " " + half.name().toLowerCase(java.util.Locale.ROOT)
                    + (name == null ? "" : ": " + name), personId == null ? 0 : 1);
            return handOut(tx);
        });
    }

    /**
     * The caller's side: the inbound request on the company on their screen, if it is one given to
     * them and not answered yet, marked as shown the first time.
     */
    public Optional<InboundCard> onCard(long contactId) {
        var me = access.requireSignedIn();
        if (!transactions.writable()) {
            return transactions.read(tx -> requests.shownTo(tx, contactId, me.id(), null));
        }
        return transactions.inTransaction(tx -> requests.shownTo(tx, contactId, me.id(), clock.instant()));
    }

    private void refuseIfNotGiven(Tx tx, RequestCheck request) {
        if (requests.listed(tx, request.e164())) {
            throw new RefusedException("inbound.refused.do.not.call", request.shownPhone());
        }
        var match = requests.byPhone(tx, request.e164());
        if (match.isEmpty()) {
            return;
        }
        var company = match.get().company();
        if (match.get().doNotCall()) {
            throw new RefusedException("inbound.refused.do.not.call", request.shownPhone());
        }
        var status = contacts.cardStatus(tx, match.get().contactId()).orElseThrow();
        if (status == ContactStatus.QUALIFIED) {
            throw new RefusedException("inbound.refused.qualified", company);
        }
        if (NEXT_STAGE.contains(status)) {
            throw new RefusedException("inbound.refused.next.stage", company);
        }
    }

    private Entered record(Tx tx, RequestCheck checked, long enteredBy) {
        var now = clock.instant();
        var request = checked.request();
        var match = requests.byPhone(tx, checked.e164());
        long contactId = match.isPresent() ? match.get().contactId()
                : requests.addCompany(tx, request, checked.phone(), now);
        String company = match.map(InboundRepository.Match::company).orElse(request.company());
        long id = requests.add(tx, contactId, request, checked.e164(), now, enteredBy);
        var to = chooseFor(tx, contactId, now);
        to.ifPresent(caller -> give(tx, id, contactId, caller, now));
        return new Entered(id, contactId, company, match.isEmpty(), to.orElse(null),
                to.flatMap(caller -> people.find(tx, caller)).map(p -> p.name()).orElse(null));
    }

    private int handOut(Tx tx) {
        var now = clock.instant();
        int given = 0;
        for (var waiting : requests.unassigned(tx)) {
            var to = chooseFor(tx, waiting.contactId(), now);
            if (to.isEmpty()) {
                break;
            }
            give(tx, waiting.id(), waiting.contactId(), to.get(), now);
            given++;
        }
        return given;
    }

    /**
     * Who takes a request on this company now: the caller on duty; or, in turn, the one who already
     * holds the company if they are on shift, else the caller whose turn it is.
     */
    private Optional<Long> chooseFor(Tx tx, long contactId, Instant now) {
        if (settings(tx).handout() == Handout.DUTY) {
            var local = now.atZone(clock.getZone());
            return requests.onDuty(tx, local.toLocalDate(), HalfDay.at(local.toLocalTime()));
        }
        var onShift = requests.onShift(tx, now);
        var owner = contacts.current(tx, contactId).map(c -> c.state().work()).map(w -> w.callerId());
        if (owner.isPresent() && onShift.stream().anyMatch(s -> s.callerId() == owner.get())) {
            return owner;
        }
        return Turns.next(onShift).map(OnShift::callerId);
    }

    private void give(Tx tx, long requestId, long contactId, long callerId, Instant now) {
        var status = contacts.current(tx, contactId).orElseThrow().state().status();
        // A company that refused or had a wrong number has come to us: it is worked again, from the re-call pool.
        var worked = status.isCallable() ? status : ContactStatus.RECALL_POOL;
        requests.assign(tx, requestId, contactId, callerId, now, worked);
    }

    private InboundSettings settings(Tx tx) {
        var handout = settings.get(tx, HANDOUT).orElse(null);
        var minutes = settings.get(tx, WAITING_MINUTES).orElse(null);
        return new InboundSettings(handout == null ? InboundSettings.DEFAULT.handout() : Handout.valueOf(handout),
                minutes == null ? InboundSettings.DEFAULT.waitingTooLong() : Duration.ofMinutes(Long.parseLong(minutes)));
    }

    private PhoneNumbers phones() {
        if (phones == null) {
            phones = new PhoneNumbers(PhoneNumbers.DEFAULT_REGION);
        }
        return phones;
    }
}
