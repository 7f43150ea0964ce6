-- The base protected by the server (issue 12): each person signs in as their own PostgreSQL role,
-- and what a role may read and write is PostgreSQL's to enforce, in the app or in psql alike.
--
--   * callers.login: the person's role (SQLite's V11 adds the same column).
--   * Three group roles per base, NOLOGIN, named after the database (role names are the whole
--     server's): <base>_callers and <base>_supervisors hold the privileges; <base>_people marks the
--     logins this base made, the only roles its functions ever alter. Each person's login is a member
--     of <base>_people and, while active, of the group of their role.
--   * The base's owner (the role that migrates it) owns every table, so PostgreSQL never limits it:
--     its sessions are the administrator's console (guard.console()), and the app works there as on
--     a file. Everyone else is guarded.
--   * Supervisors read everything and write what the app writes; nobody but the owner deletes
--     history (calls, hand-overs, results, expiries) or touches the audit log, which only
--     guard.audit() and the triggers below write, with the server's clock and the session's person.
--   * Callers read the dispensing columns of contacts (status, next call, zone, filter columns,
--     owner: what picks the next company) but the card (company, person, city, tax id, e-mail,
--     website; phones, the file's own fields) only of a company they hold: claimed by them, or in
--     their working list (guard.contact_cards, row-level security). They change only such a
--     company's state, log their own calls on it, hold their own claims, open at most
--     guard.settings.claims_per_hour companies and search at most searches_per_hour times an hour
--     (ten names a search, no numbers). Nothing else: no imports, hand-overs, results, audit,
--     do-not-call list; no TRUNCATE, no COPY of what they cannot SELECT.
--
-- Every guard function is SECURITY DEFINER with a fixed search_path and qualified names; "who" is
-- session_user (current_user is the owner inside them).

ALTER TABLE callers ADD COLUMN login varchar(63) COLLATE "C";
CREATE UNIQUE INDEX callers_login ON callers (login);

CREATE SCHEMA guard;
REVOKE ALL ON SCHEMA guard FROM PUBLIC;

-- The guard's own names, fixed when the base was made (a copy of a database keeps its template's).
CREATE TABLE guard.settings (
    only_row        boolean PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    made_for        name    NOT NULL,
    prefix          text    NOT NULL,
    callers         name    NOT NULL,
    supervisors     name    NOT NULL,
    people          name    NOT NULL,
    -- A caller opens a company on screen (a claim) at most this many times an hour: a round goes at
    -- a call a minute or two; a script copying cards one by one is stopped.
    claims_per_hour   integer NOT NULL DEFAULT 300,
    -- And searches as often: a prospect calling back now and then, not every name in the base.
    searches_per_hour integer NOT NULL DEFAULT 60
);

-- Each caller's claims and searches of the last hour, for the limits above.
CREATE TABLE guard.rate_log (
    caller_id integer     NOT NULL,
    kind      text        NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX rate_log_caller ON guard.rate_log (caller_id, kind, at);

-- The server's clock in epoch milliseconds, as the app writes times.
CREATE FUNCTION guard.now_ms() RETURNS bigint LANGUAGE sql VOLATILE
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint
$$;

-- The session is the base's owner (or a superuser): the administrator's console, above the guard.
CREATE FUNCTION guard.console() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = 'public.contacts'::regclass
$$;

CREATE FUNCTION guard.supervisor() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM guard.settings s WHERE pg_has_role(session_user, s.supervisors, 'MEMBER'))
$$;

-- Whoever may read the whole base: the console and supervisors.
CREATE FUNCTION guard.sees_all() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT guard.console() OR guard.supervisor()
$$;

-- The person this session is: the active one whose login is the session's role.
CREATE FUNCTION guard.me() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT id FROM public.callers WHERE login = session_user::text AND active
$$;

-- The session's person holds the company: it is on their screen (their claim) or in their working list.
CREATE FUNCTION guard.holds(integer) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM public.claims k WHERE k.contact_id = $1 AND k.caller_id = guard.me())
        OR EXISTS (SELECT 1 FROM public.contacts c WHERE c.id = $1 AND c.owner_id = guard.me())
$$;

-- A login this base made (a member of <base>_people): the only roles its functions alter.
CREATE FUNCTION guard.made_here(text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m
                            JOIN pg_roles g ON g.oid = m.roleid
                            JOIN pg_roles r ON r.oid = m.member
                            JOIN guard.settings s ON s.people = g.rolname
                    WHERE r.rolname = $1)
$$;

-- The card as the caller's screen shows it, of the companies the session may see: every one for
-- the console and supervisors, a caller's held ones. The status says Handed over for a Qualified
-- company in a batch (JooqContactRepository.STATUS), read here by the owner: callers see no batches.
CREATE VIEW guard.contact_cards WITH (security_barrier) AS
SELECT c.id, c.company, c.person, c.city, c.region, c.time_zone, c.size, c.category, c.source,
       CASE WHEN c.status = 'QUALIFIED'
                 AND EXISTS (SELECT 1 FROM public.handover_leads h WHERE h.contact_id = c.id)
            THEN 'HANDED_OVER' ELSE c.status END AS status,
       c.do_not_call, c.attempts, c.next_call_at, c.next_call_kind, c.refusal_reason, c.created_at, c.tax_id,
       c.email, c.website, c.import_id, c.version, c.owner_id, c.work_until, c.work_queue_id
  FROM public.contacts c
 WHERE (SELECT guard.sees_all())
    OR c.owner_id = (SELECT guard.me())
    OR EXISTS (SELECT 1 FROM public.claims k WHERE k.contact_id = c.id AND k.caller_id = (SELECT guard.me()));

-- The card's status of any company (Handed over included): whether a found company may still take a
-- caller's screen. The status alone; the card stays behind the view.
CREATE FUNCTION guard.card_status(integer) RETURNS varchar LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN c.status = 'QUALIFIED'
                     AND EXISTS (SELECT 1 FROM public.handover_leads h WHERE h.contact_id = c.id)
                THEN 'HANDED_OVER' ELSE c.status END
      FROM public.contacts c
     WHERE c.id = $1 AND (guard.console() OR guard.me() IS NOT NULL)
$$;

-- One more claim or search of the session's caller this hour, refused beyond the limit.
CREATE FUNCTION guard.count_one(p_kind text, p_allowed integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me integer := guard.me();
    recent integer;
BEGIN
    DELETE FROM guard.rate_log WHERE caller_id = me AND kind = p_kind AND at < now() - interval '1 hour';
    SELECT count(*) INTO recent FROM guard.rate_log WHERE caller_id = me AND kind = p_kind;
    IF recent >= p_allowed THEN
        RAISE EXCEPTION 'more than % % within an hour: a supervisor can raise the limit (guard.settings)',
            p_allowed, CASE p_kind WHEN 'claim' THEN 'companies opened' ELSE 'searches' END USING ERRCODE = '42501';
    END IF;
    INSERT INTO guard.rate_log (caller_id, kind) VALUES (me, p_kind);
END;
$$;

-- The search (search.ContactSearch): by a number in E.164, else by parts of the company's name. A
-- caller gets ten rows at most, no numbers, only for three letters or more, and searches no more
-- often than the hour allows.
CREATE FUNCTION guard.find_contacts(p_e164 text, p_spellings text[], p_limit integer)
    RETURNS TABLE (id integer, company varchar, person varchar, city varchar, status varchar, time_zone varchar,
                   owner_name varchar)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT guard.sees_all() THEN
        IF guard.me() IS NULL THEN
            RAISE EXCEPTION 'the role % is nobody in this base', session_user USING ERRCODE = '42501';
        END IF;
        PERFORM guard.count_one('search', (SELECT s.searches_per_hour FROM guard.settings s));
    END IF;
    RETURN QUERY
    SELECT c.id, c.company, c.person, c.city,
           CASE WHEN c.status = 'QUALIFIED'
                     AND EXISTS (SELECT 1 FROM public.handover_leads h WHERE h.contact_id = c.id)
                THEN 'HANDED_OVER' ELSE c.status END,
           c.time_zone, p.name
      FROM public.contacts c LEFT JOIN public.callers p ON p.id = c.owner_id
     WHERE CASE WHEN p_e164 IS NOT NULL
                THEN c.id IN (SELECT ph.contact_id FROM public.contact_phones ph WHERE ph.e164 = p_e164)
                ELSE EXISTS (SELECT 1 FROM unnest(p_spellings) s WHERE length(s) >= 3 AND strpos(c.company, s) > 0)
           END
     ORDER BY CASE WHEN p_e164 IS NULL THEN c.company END, c.id
     LIMIT CASE WHEN guard.sees_all() THEN p_limit ELSE least(p_limit, 10) END;
END;
$$;

-- The audit log's one way in for a client. The console writes what it is given (it owns the table
-- anyway: the tests' and the administrator's sessions, which keep the app's clock). Anyone else's
-- row gets the server's clock and the session's person, whatever the client says; the people's
-- changes are written by the triggers on callers, so the app's own rows for them are not needed; a
-- caller records only what their round does.
CREATE FUNCTION guard.audit(p_at bigint, p_person integer, p_action text, p_subject text, p_count integer)
    RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me integer;
BEGIN
    IF guard.console() THEN
        INSERT INTO public.audit (at, caller_id, action, subject, count)
        VALUES (p_at, p_person, p_action, left(p_subject, 1000), p_count);
        RETURN;
    END IF;
    me := guard.me();
    IF me IS NULL THEN
        RAISE EXCEPTION 'the role % is nobody in this base', session_user USING ERRCODE = '42501';
    END IF;
    IF p_action IN ('person-added', 'supervisor-added', 'person-renamed', 'made-supervisor', 'made-caller',
                    'person-deactivated', 'person-activated', 'person-pin-reset') THEN
        RETURN;
    END IF;
    IF NOT guard.supervisor() AND p_action NOT IN ('call-undone', 'screen-locked', 'sign-in-failed') THEN
        RAISE EXCEPTION 'a caller records only their own round, not %', p_action USING ERRCODE = '42501';
    END IF;
    INSERT INTO public.audit (at, caller_id, action, subject, count)
    VALUES (guard.now_ms(), me, p_action, left(p_subject, 1000), p_count);
END;
$$;

-- A call taken back (call.CallLogger.undo): kept in undone_calls, gone from calls. Outside the
-- console, only one's own call, and only the company's last one.
CREATE FUNCTION guard.undo_call(p_call integer, p_person integer, p_at bigint) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    console boolean := guard.console();
    who integer := CASE WHEN console THEN p_person ELSE guard.me() END;
    c public.calls;
BEGIN
    SELECT * INTO c FROM public.calls WHERE id = p_call FOR UPDATE;
    IF NOT FOUND THEN
        RETURN FALSE;
    END IF;
    IF NOT console THEN
        IF who IS NULL OR c.caller_id <> who THEN
            RAISE EXCEPTION 'only one''s own call is taken back' USING ERRCODE = '42501';
        END IF;
        IF EXISTS (SELECT 1 FROM public.calls l WHERE l.contact_id = c.contact_id AND l.id <> c.id
                      AND (l.logged_at, l.id) > (c.logged_at, c.id)) THEN
            RAISE EXCEPTION 'only the company''s last call is taken back' USING ERRCODE = '42501';
        END IF;
    END IF;
    INSERT INTO public.undone_calls (id, contact_id, queue_id, caller_id, outcome_id, started_at, logged_at, note,
                                     refusal_reason, callback_at, undone_at, undone_by)
    VALUES (c.id, c.contact_id, c.queue_id, c.caller_id, c.outcome_id, c.started_at, c.logged_at, c.note,
            c.refusal_reason, c.callback_at, CASE WHEN console THEN p_at ELSE guard.now_ms() END, who);
    DELETE FROM public.calls WHERE id = p_call;
    RETURN TRUE;
END;
$$;

-- Deadlines that passed (queue.WorkRepository.expire, JooqWorkRepository's loop as one statement):
-- every caller's companies move, so no caller could do it with their own rights. A caller's "now" is
-- no later than the server's.
CREATE FUNCTION guard.expire(p_now bigint, p_recall bigint) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_now bigint := CASE WHEN guard.sees_all() THEN p_now ELSE least(p_now, guard.now_ms() + 60000) END;
    moved integer;
BEGIN
    IF NOT guard.console() AND guard.me() IS NULL THEN
        RAISE EXCEPTION 'the role % is nobody in this base', session_user USING ERRCODE = '42501';
    END IF;
    WITH due AS (
        SELECT c.id, c.status, c.owner_id, c.work_queue_id, coalesce(q.expire_to, 'STRATEGIC_RESERVE') AS to_status
          FROM public.contacts c LEFT JOIN public.call_queues q ON q.id = c.work_queue_id
         WHERE c.work_until < v_now AND c.status IN ('CONTACT_1', 'CONTACT_2', 'CONTACT_3')
           FOR UPDATE OF c),
    done AS (
        UPDATE public.contacts c
           SET status = d.to_status,
               attempts = CASE WHEN d.to_status = 'RECALL_POOL' THEN 0 ELSE c.attempts END,
               next_call_at = CASE WHEN d.to_status = 'RECALL_POOL' THEN v_now + p_recall END,
               next_call_kind = CASE WHEN d.to_status = 'RECALL_POOL' THEN 'RETRY' END,
               owner_id = NULL, work_until = NULL, work_queue_id = NULL, version = c.version + 1
          FROM due d
         WHERE c.id = d.id
     RETURNING d.id, d.owner_id, d.work_queue_id, d.status, d.to_status)
    INSERT INTO public.work_expiries (contact_id, caller_id, queue_id, status_from, status_to, at)
    SELECT done.id, done.owner_id, done.work_queue_id, done.status, done.to_status, v_now FROM done;
    GET DIAGNOSTICS moved = ROW_COUNT;
    RETURN moved;
END;
$$;

-- The companies whose deadline passed since then, newest first: a caller's own, anyone's (or one
-- person's) for the console and supervisors. With the company's name, which a caller no longer holds.
CREATE FUNCTION guard.expired(p_caller integer, p_since bigint)
    RETURNS TABLE (contact_id integer, company varchar, caller_id integer, caller_name varchar, status_from varchar,
                   status_to varchar, at bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT w.contact_id, c.company, w.caller_id, p.name, w.status_from, w.status_to, w.at
      FROM public.work_expiries w
      JOIN public.contacts c ON c.id = w.contact_id
      JOIN public.callers p ON p.id = w.caller_id
     WHERE w.at >= p_since
       AND CASE WHEN guard.sees_all() THEN p_caller IS NULL OR w.caller_id = p_caller
                ELSE w.caller_id = guard.me() END
     ORDER BY w.at DESC, w.id DESC
$$;

-- A number on the do-not-call list by a call's outcome (persistence.ListedNumbers.close): listed,
-- and closed in every other company that has it, each closing with its last number. A caller lists
-- only a number of the company they hold.
CREATE FUNCTION guard.list_number(p_e164 text, p_company integer, p_person integer, p_at bigint) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    console boolean := guard.console();
    companies integer[];
BEGIN
    IF NOT guard.sees_all() AND NOT (guard.holds(p_company) AND EXISTS (
            SELECT 1 FROM public.contact_phones ph WHERE ph.contact_id = p_company AND ph.e164 = p_e164)) THEN
        RAISE EXCEPTION 'only a number of the company on your screen' USING ERRCODE = '42501';
    END IF;
    INSERT INTO public.do_not_call (e164, added_at, caller_id, source)
    VALUES (p_e164, CASE WHEN console THEN p_at ELSE guard.now_ms() END,
            CASE WHEN console THEN p_person ELSE guard.me() END, 'CALL')
    ON CONFLICT DO NOTHING;
    companies := ARRAY(SELECT DISTINCT ph.contact_id FROM public.contact_phones ph
                        WHERE ph.e164 = p_e164 AND ph.closed IS NULL AND ph.contact_id IS DISTINCT FROM p_company);
    IF cardinality(companies) = 0 THEN
        RETURN;
    END IF;
    UPDATE public.contact_phones SET closed = 'DO_NOT_CALL'
     WHERE e164 = p_e164 AND closed IS NULL AND contact_id = ANY (companies);
    UPDATE public.contacts c SET do_not_call = TRUE, version = c.version + 1
     WHERE c.id = ANY (companies) AND NOT c.do_not_call
       AND NOT EXISTS (SELECT 1 FROM public.contact_phones ph WHERE ph.contact_id = c.id AND ph.closed IS NULL);
END;
$$;

-- Its undo (ListedNumbers.reopen): off the list if a call put it there, and open again wherever the
-- list closed it. False when the list did not have it from a call.
CREATE FUNCTION guard.unlist_number(p_e164 text, p_company integer) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    companies integer[];
BEGIN
    IF NOT guard.sees_all() AND NOT (guard.holds(p_company) AND EXISTS (
            SELECT 1 FROM public.contact_phones ph WHERE ph.contact_id = p_company AND ph.e164 = p_e164)) THEN
        RAISE EXCEPTION 'only a number of the company on your screen' USING ERRCODE = '42501';
    END IF;
    DELETE FROM public.do_not_call WHERE e164 = p_e164 AND source = 'CALL';
    IF NOT FOUND THEN
        RETURN FALSE;
    END IF;
    companies := ARRAY(SELECT DISTINCT ph.contact_id FROM public.contact_phones ph
                        WHERE ph.e164 = p_e164 AND ph.closed = 'DO_NOT_CALL'
                          AND ph.contact_id IS DISTINCT FROM p_company);
    IF cardinality(companies) = 0 THEN
        RETURN TRUE;
    END IF;
    UPDATE public.contact_phones SET closed = NULL
     WHERE e164 = p_e164 AND closed = 'DO_NOT_CALL' AND contact_id = ANY (companies);
    UPDATE public.contacts c SET do_not_call = FALSE, version = c.version + 1
     WHERE c.id = ANY (companies) AND c.do_not_call
       AND EXISTS (SELECT 1 FROM public.contact_phones ph WHERE ph.contact_id = c.id AND ph.closed IS NULL)
       AND NOT EXISTS (SELECT 1 FROM public.calls k JOIN public.outcome_definitions o ON o.id = k.outcome_id
                        WHERE k.contact_id = c.id AND o.sets_do_not_call);
    RETURN TRUE;
END;
$$;

-- A person's login on this server, kept in step with the person: active in the group of their
-- role, or unable to sign in at all. Only logins this base made.
CREATE FUNCTION guard.sync_login(p_login text, p_role text, p_active boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s guard.settings;
    keep name;
BEGIN
    IF p_login IS NULL OR NOT guard.made_here(p_login) THEN
        RETURN;
    END IF;
    SELECT * INTO s FROM guard.settings;
    keep := CASE WHEN NOT p_active THEN NULL WHEN p_role = 'SUPERVISOR' THEN s.supervisors ELSE s.callers END;
    IF keep IS NOT NULL AND NOT pg_has_role(p_login, keep, 'MEMBER') THEN
        EXECUTE format('GRANT %I TO %I', keep, p_login);
    END IF;
    IF keep IS DISTINCT FROM s.callers AND pg_has_role(p_login, s.callers, 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', s.callers, p_login);
    END IF;
    IF keep IS DISTINCT FROM s.supervisors AND pg_has_role(p_login, s.supervisors, 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', s.supervisors, p_login);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
END;
$$;

-- Gives a person a login made by this base, or a new password for theirs: the password arrives as its
-- SCRAM-SHA-256 verifier, never in clear. The login is <base>_<wanted>, numbered when taken.
CREATE FUNCTION guard.person_login(p_person integer, p_wanted text, p_verifier text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    s guard.settings;
    person public.callers;
    stem text;
    candidate text;
    n integer := 1;
BEGIN
    IF NOT guard.sees_all() THEN
        RAISE EXCEPTION 'only a supervisor gives people their logins' USING ERRCODE = '42501';
    END IF;
    IF p_verifier IS NULL OR p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'a password comes as its SCRAM-SHA-256 verifier, never in clear';
    END IF;
    SELECT * INTO s FROM guard.settings;
    SELECT * INTO person FROM public.callers WHERE id = p_person FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no person %', p_person;
    END IF;
    IF person.login IS NOT NULL THEN
        IF NOT guard.made_here(person.login) THEN
            RAISE EXCEPTION 'the login % was not made by this base: its password is the administrator''s',
                person.login USING ERRCODE = '42501';
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD %L', person.login, p_verifier);
        IF NOT guard.console() THEN
            INSERT INTO public.audit (at, caller_id, action, subject)
            VALUES (guard.now_ms(), guard.me(), 'person-pin-reset', person.name);
        END IF;
        RETURN person.login;
    END IF;
    stem := left(s.prefix || '_' || coalesce(nullif(regexp_replace(lower(p_wanted), '[^a-z0-9_]', '', 'g'), ''),
                                             'person'), 56);
    candidate := stem;
    LOOP
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = candidate) THEN
                EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', candidate, p_verifier, s.people);
                EXIT;
            END IF;
        EXCEPTION WHEN duplicate_object THEN
            -- Another base took the name meanwhile: the next number.
        END;
        n := n + 1;
        IF n > 999 THEN
            RAISE EXCEPTION 'no free login like %', stem;
        END IF;
        candidate := stem || '_' || n;
    END LOOP;
    -- The trigger on callers grants the group of the person's role.
    UPDATE public.callers SET login = candidate WHERE id = p_person;
    RETURN candidate;
END;
$$;

-- People's changes: their logins kept in step, and audited by the server for everyone but the
-- console (whose app writes the same rows itself), with the subjects team.People writes.
CREATE FUNCTION guard.person_changed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    what text := TG_ARGV[0];
    action text;
    subject text := NEW.name;
BEGIN
    IF what IN ('insert', 'role', 'active', 'login') THEN
        IF what = 'login' AND OLD.login IS DISTINCT FROM NEW.login THEN
            PERFORM guard.sync_login(OLD.login, OLD.role, FALSE);
        END IF;
        PERFORM guard.sync_login(NEW.login, NEW.role, NEW.active);
    END IF;
    IF guard.console() THEN
        RETURN NULL;
    END IF;
    action := CASE what
        WHEN 'insert' THEN CASE WHEN NEW.role = 'SUPERVISOR' THEN 'supervisor-added' ELSE 'person-added' END
        WHEN 'name' THEN 'person-renamed'
        WHEN 'role' THEN CASE WHEN NEW.role = 'SUPERVISOR' THEN 'made-supervisor' ELSE 'made-caller' END
        WHEN 'active' THEN CASE WHEN NEW.active THEN 'person-activated' ELSE 'person-deactivated' END
    END;
    IF action IS NULL THEN
        RETURN NULL;
    END IF;
    IF what = 'name' THEN
        subject := OLD.name || ' → ' || NEW.name;
    ELSIF what <> 'insert' THEN
        subject := OLD.name;
    END IF;
    INSERT INTO public.audit (at, caller_id, action, subject) VALUES (guard.now_ms(), guard.me(), action, subject);
    RETURN NULL;
END;
$$;
CREATE TRIGGER callers_added AFTER INSERT ON callers FOR EACH ROW EXECUTE FUNCTION guard.person_changed('insert');
CREATE TRIGGER callers_renamed AFTER UPDATE OF name ON callers FOR EACH ROW EXECUTE FUNCTION guard.person_changed('name');
CREATE TRIGGER callers_role AFTER UPDATE OF role ON callers FOR EACH ROW EXECUTE FUNCTION guard.person_changed('role');
CREATE TRIGGER callers_active AFTER UPDATE OF active ON callers FOR EACH ROW EXECUTE FUNCTION guard.person_changed('active');
CREATE TRIGGER callers_login AFTER UPDATE OF login ON callers FOR EACH ROW EXECUTE FUNCTION guard.person_changed('login');

-- A company's state changes only where the session may: the owner (the guard's own functions run
-- as it), a supervisor, or a caller who holds it. Not SECURITY DEFINER: current_user is whoever runs
-- the statement. (A row trigger, not a policy: an UPDATE policy would hide every company the
-- dispensing queries lock, FOR UPDATE, before the claim.)
CREATE FUNCTION guard.contact_held() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF pg_has_role(current_user, (SELECT c.relowner FROM pg_class c WHERE c.oid = TG_RELID), 'MEMBER')
       OR guard.sees_all() OR guard.holds(OLD.id) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'company % is neither on your screen nor in your working list', OLD.id USING ERRCODE = '42501';
END;
$$;
CREATE TRIGGER contacts_held BEFORE UPDATE ON contacts FOR EACH ROW EXECUTE FUNCTION guard.contact_held();

-- A card corrected outside the console: audited at commit, unless the change's own transaction
-- recorded it (search.Corrections does: its row says more).
CREATE FUNCTION guard.contact_corrected() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF guard.console() THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM public.audit a
                WHERE a.at >= (extract(epoch FROM transaction_timestamp()) * 1000)::bigint - 1000
                  AND a.action = 'contact-corrected' AND a.count = NEW.id
                  AND a.xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296) THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.audit (at, caller_id, action, subject, count)
    VALUES (guard.now_ms(), guard.me(), 'contact-corrected', OLD.company, NEW.id);
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER contacts_corrected
    AFTER UPDATE OF company, person, city, region, time_zone, tax_id, email, website ON contacts
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION guard.contact_corrected();

-- A caller's new claim: only a company still in the cold stage, and not more than the hour allows.
-- Renewing one's own lease is not a new claim; moving a claim to another company is refused; no
-- lease runs more than an hour ahead of the server's clock (a company cannot be kept from others).
CREATE FUNCTION guard.claim_check() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF guard.sees_all() THEN
        RETURN NEW;
    END IF;
    -- A lease of ten minutes, renewed while on screen: none held for longer than an hour ahead.
    NEW.expires_at := least(NEW.expires_at, guard.now_ms() + 3600000);
    IF TG_OP = 'UPDATE' THEN
        IF NEW.contact_id <> OLD.contact_id THEN
            RAISE EXCEPTION 'a claim stays on its company' USING ERRCODE = '42501';
        END IF;
        IF NEW.caller_id = OLD.caller_id THEN
            RETURN NEW;
        END IF;
    END IF;
    IF EXISTS (SELECT 1 FROM public.contacts c WHERE c.id = NEW.contact_id
                  AND (c.status IN ('DEAL', 'DEAL_SUPPORT', 'CLIENT')
                       OR c.status = 'QUALIFIED'
                          AND EXISTS (SELECT 1 FROM public.handover_leads h WHERE h.contact_id = c.id))) THEN
        RAISE EXCEPTION 'company % has gone on to the next stage', NEW.contact_id USING ERRCODE = '42501';
    END IF;
    PERFORM guard.count_one('claim', (SELECT s.claims_per_hour FROM guard.settings s));
    RETURN NEW;
END;
$$;
CREATE TRIGGER claims_checked BEFORE INSERT OR UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION guard.claim_check();

-- Nobody but the owner runs a guard function unless granted below.
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA guard FROM PUBLIC;

-- The roles, the privileges and the policies: named after the database, so made here.
DO $guard$
DECLARE
    base text := current_database();
    prefix text;
    callers name;
    supervisors name;
    people name;
    r name;
    t text;
BEGIN
    IF NOT (SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'the base''s owner makes a role for each person: % needs CREATEROLE (ALTER ROLE % CREATEROLE)',
            current_user, current_user;
    END IF;
    prefix := lower(regexp_replace(base, '[^A-Za-z0-9_]', '_', 'g'));
    IF length(prefix) > 30 THEN
        -- Role names end at 63 bytes: a long name keeps its start and gets the database's number.
        prefix := left(prefix, 24) || '_' || (SELECT oid FROM pg_database WHERE datname = base);
    END IF;
    callers := prefix || '_callers';
    supervisors := prefix || '_supervisors';
    people := prefix || '_people';
    FOREACH r IN ARRAY ARRAY[callers, supervisors, people] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
    INSERT INTO guard.settings (made_for, prefix, callers, supervisors, people)
    VALUES (base, prefix, callers, supervisors, people);

    -- Nobody makes objects of their own next to the base's (PostgreSQL 15 says so for new databases).
    REVOKE CREATE ON SCHEMA public FROM PUBLIC;

    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', base, callers, supervisors);
    EXECUTE format('GRANT USAGE ON SCHEMA guard TO %I, %I', callers, supervisors);
    EXECUTE format('GRANT SELECT ON guard.contact_cards TO %I, %I', callers, supervisors);
    EXECUTE format('GRANT EXECUTE ON FUNCTION guard.now_ms(), guard.console(), guard.supervisor(), guard.sees_all(),'
        || ' guard.me(), guard.holds(integer), guard.card_status(integer), guard.find_contacts(text, text[], integer),'
        || ' guard.audit(bigint, integer, text, text, integer), guard.undo_call(integer, integer, bigint),'
        || ' guard.expire(bigint, bigint), guard.expired(integer, bigint),'
        || ' guard.list_number(text, integer, integer, bigint), guard.unlist_number(text, integer) TO %I, %I',
        callers, supervisors);
    EXECUTE format('GRANT EXECUTE ON FUNCTION guard.person_login(integer, text, text) TO %I', supervisors);

    -- Supervisors: read everything; write what the app writes; delete only what the app deletes.
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', supervisors);
    EXECUTE format('GRANT INSERT ON call_queues, calls, call_script_steps, claims, contacts, contact_phones,'
        || ' contact_fields, do_not_call, handovers, handover_leads, imports, outcome_definitions, queue_callers,'
        || ' queue_members, scripts, script_versions, settings, stage_results, time_zones TO %I', supervisors);
    EXECUTE format('GRANT UPDATE ON call_queues, claims, contacts, contact_phones, imports, outcome_definitions,'
        || ' scripts, script_versions, settings TO %I', supervisors);
    EXECUTE format('GRANT DELETE ON claims, do_not_call, queue_callers, queue_members TO %I', supervisors);
    -- People: any column but the login, which only guard.person_login writes.
    EXECUTE format('GRANT INSERT (name, created_at, role, pin_hash, active, language, failed_signins, last_failed_at),'
        || ' UPDATE (name, role, pin_hash, active, language, failed_signins, last_failed_at) ON callers TO %I',
        supervisors);
    -- An import takes its ids from the server's counter (JooqImportRepository).
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', supervisors);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO %I', supervisors);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', supervisors);

    -- Callers: what the caller's screen reads and writes, no more.
    EXECUTE format('GRANT SELECT ON flyway_schema_history, callers, settings, scripts, script_versions, call_queues,'
        || ' queue_callers, queue_members, outcome_definitions, time_zones, claims, contact_phones, contact_fields,'
        || ' calls, call_script_steps TO %I', callers);
    EXECUTE format('GRANT SELECT (id, size, region, category, source, time_zone, status, do_not_call, attempts,'
        || ' next_call_at, next_call_kind, refusal_reason, version, owner_id, work_until, work_queue_id)'
        || ' ON contacts TO %I', callers);
    EXECUTE format('GRANT UPDATE (status, attempts, next_call_at, next_call_kind, do_not_call, refusal_reason,'
        || ' owner_id, work_until, work_queue_id, version) ON contacts TO %I', callers);
    EXECUTE format('GRANT UPDATE (closed) ON contact_phones TO %I', callers);
    EXECUTE format('GRANT INSERT ON calls, call_script_steps TO %I', callers);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON claims TO %I', callers);
    EXECUTE format('GRANT UPDATE (language) ON callers TO %I', callers);
    EXECUTE format('GRANT INSERT, UPDATE ON settings TO %I', callers);

    -- Row-level security where a caller's rows are fewer than the table's; supervisors see all.
    FOREACH t IN ARRAY ARRAY['callers', 'settings', 'claims', 'contact_phones', 'contact_fields', 'calls',
                             'call_script_steps'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY supervisors ON %I TO %I USING (TRUE) WITH CHECK (TRUE)', t, supervisors);
    END LOOP;
    EXECUTE format('CREATE POLICY everyone ON callers FOR SELECT TO %I USING (TRUE)', callers);
    EXECUTE format('CREATE POLICY own_language ON callers FOR UPDATE TO %I'
        || ' USING (id = (SELECT guard.me())) WITH CHECK (id = (SELECT guard.me()))', callers);
    EXECUTE format('CREATE POLICY everyone ON settings FOR SELECT TO %I USING (TRUE)', callers);
    EXECUTE format('CREATE POLICY language ON settings FOR INSERT TO %I WITH CHECK (name = ''ui.language'')', callers);
    EXECUTE format('CREATE POLICY language_again ON settings FOR UPDATE TO %I'
        || ' USING (name = ''ui.language'') WITH CHECK (name = ''ui.language'')', callers);
    -- Whose screen a company is on is what passes it over; a claim is only ever one's own.
    EXECUTE format('CREATE POLICY everyone ON claims FOR SELECT TO %I USING (TRUE)', callers);
    EXECUTE format('CREATE POLICY own ON claims FOR INSERT TO %I WITH CHECK (caller_id = (SELECT guard.me()))', callers);
    EXECUTE format('CREATE POLICY own_again ON claims FOR UPDATE TO %I'
        || ' USING (TRUE) WITH CHECK (caller_id = (SELECT guard.me()))', callers);
    EXECUTE format('CREATE POLICY own_released ON claims FOR DELETE TO %I USING (caller_id = (SELECT guard.me()))',
        callers);
    EXECUTE format('CREATE POLICY held ON contact_phones FOR SELECT TO %I USING (guard.holds(contact_id))', callers);
    EXECUTE format('CREATE POLICY held_closed ON contact_phones FOR UPDATE TO %I'
        || ' USING (guard.holds(contact_id)) WITH CHECK (guard.holds(contact_id))', callers);
    EXECUTE format('CREATE POLICY held ON contact_fields FOR SELECT TO %I USING (guard.holds(contact_id))', callers);
    EXECUTE format('CREATE POLICY own_or_held ON calls FOR SELECT TO %I'
        || ' USING (caller_id = (SELECT guard.me()) OR guard.holds(contact_id))', callers);
    EXECUTE format('CREATE POLICY own_on_held ON calls FOR INSERT TO %I'
        || ' WITH CHECK (caller_id = (SELECT guard.me()) AND guard.holds(contact_id))', callers);
    EXECUTE format('CREATE POLICY of_seen_calls ON call_script_steps FOR SELECT TO %I'
        || ' USING (EXISTS (SELECT 1 FROM calls c WHERE c.id = call_id))', callers);
    EXECUTE format('CREATE POLICY of_own_calls ON call_script_steps FOR INSERT TO %I'
        || ' WITH CHECK (EXISTS (SELECT 1 FROM calls c WHERE c.id = call_id AND c.caller_id = (SELECT guard.me())))',
        callers);
END;
$guard$;
