package app.obzvon.ui.dashboard;

import app.obzvon.access.Person;
import app.obzvon.call.CallDetails;
import app.obzvon.call.Outcome;
import app.obzvon.contact.RefusalReason;
import app.obzvon.handoff.ExportFormat;
import app.obzvon.handoff.LeadCriteria;
import app.obzvon.handoff.LeadTexts;
import app.obzvon.importing.SourceOptions;
import app.obzvon.queue.CallQueue;
import app.obzvon.script.PathStep;
import app.obzvon.script.ScriptPath;
import app.obzvon.team.CallerTarget;
import app.obzvon.testing.Fx;
import app.obzvon.testing.MutableClock;
import app.obzvon.testing.PresetFiles;
import app.obzvon.testing.TestBase;
import app.obzvon.ui.common.BackgroundTasks;
import app.obzvon.ui.workstation.Screen;
import app.obzvon.ui.workstation.WorkstationWindow;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static app.obzvon.persistence.jooq.Tables.PAUSES;
import static app.obzvon.persistence.jooq.Tables.SHIFTS;
import static app.obzvon.testing.Fx.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's picture of the dashboard: the demo base and a team of four that has worked it for a
 * week (seeded calls through the demo script), on a Monday at 15:40, Gleb chosen for coaching.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenshotTest {

    static final Path OUT = Path.of("target", "screenshots");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = MONDAY.atTime(15, 40).atZone(TestBase.ZONE).toInstant();

    /** Where conversations go, by the script's step keys; the outcome is the last word. */
    static final Map<String, List<String>> PATHS = Map.of(
            "qualified_lead", List.of("greeting", "introduction", "reason", "how-you-buy", "volume", "priorities", "offer",
                    "proposal", "proposal-closing"),
            "meeting_booked", List.of("greeting", "introduction", "reason", "how-you-buy", "volume", "priorities", "offer",
                    "meeting", "meeting-closing"),
            "call_back", List.of("greeting", "not-available"),
            "early", List.of("greeting", "introduction", "not-interested"),
            "supplier", List.of("greeting", "introduction", "reason", "supplier", "refused"),
            "budget", List.of("greeting", "introduction", "reason", "how-you-buy", "volume", "priorities", "offer",
                    "budget", "refused"));

    @TempDir
    Path folder;
    Stage stage;
    WorkstationWindow window;
    final MutableClock clock = new MutableClock(NOW, TestBase.ZONE);

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        Fx.closeDialogs(robot);
        window.close();
    }

    @Test
    void theDashboardOnTheDemoBaseAfterAWeeksWork(FxRobot robot) throws IOException {
        var file = seed();
        robot.interact(() -> {
            window = new WorkstationWindow(stage, new BackgroundTasks(), clock, (uri, accepted) -> accepted.accept(true),
                    () -> { }, new PresetFiles());
            window.open(file);
        });
        Fx.signIn(robot, "Anna Smirnova", TestBase.PIN);
        waitUntil(() -> window.model().screenProperty().get() == Screen.CONTACT);
        robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.SHORTCUT);
        waitUntil(() -> robot.lookup("#callersTable").tryQuery().isPresent());
        TableView<DashboardViewModel.CallerRow> table = robot.lookup("#callersTable").query();
        waitUntil(() -> table.getItems().size() == 4);
        ComboBox<DashboardViewModel.Whose> whose = robot.lookup("#whosePicker").query();
        robot.interact(() -> {
            table.getSelectionModel().select(2);
            whose.setValue(DashboardViewModel.Whose.TEAM);
        });
        waitUntil(() -> robot.lookup("#coachingChart").query().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        var image = new BufferedImage[1];
        robot.interact(() -> image[0] = SwingFXUtils.fromFXImage(table.getScene().snapshot(null), null));
        Files.createDirectories(OUT);
        ImageIO.write(image[0], "png", OUT.resolve("dashboard-en.png").toFile());
        assertTrue(image[0].getWidth() >= 1000 && image[0].getHeight() >= 700, "the whole dashboard");
    }

    /** The demo base in English with Anna, four callers, their targets, today's shifts and a week of calls. */
    private Path seed() {
        var base = new TestBase(folder);
        base.clock.set(NOW.minus(Duration.ofDays(10)));
        var s = base.services;
        base.inTx(tx -> {
            s.settings().saveLanguage(tx, Locale.ENGLISH);
            return null;
        });
        s.callingSession().loadDemo(Locale.ENGLISH);
        s.people().rename(base.supervisor.id(), "Anna Smirnova");
        var boris = base.addCaller("Boris Orlov", "1357");
        var vera = base.addCaller("Vera Kim", "8642");
        var gleb = base.addCaller("Gleb Popov", "9753");
        var dina = base.addCaller("Dina Lee", "2468");
        s.targets().set(boris.id(), new CallerTarget(80, 4, null, null));
        s.targets().set(vera.id(), new CallerTarget(60, 2, null, Duration.ofHours(4)));
        s.targets().set(gleb.id(), new CallerTarget(80, 3, null, Duration.ofHours(4)));
        s.targets().set(dina.id(), new CallerTarget(100, 3, null, Duration.ofHours(4)));
        var queue = s.queueSetup().all().get(0);
        long version = s.scripts().versions(s.scripts().all().get(0).scriptId()).get(0).id();
        var outcomes = base.services.database().read(s.outcomes()::active);
        var random = new Random(13);
        var week = List.of(boris, vera, gleb, dina);
        for (var date = MONDAY.minusDays(6); !date.isAfter(MONDAY); date = date.plusDays(1)) {
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (var who : week) {
                boolean today = date.equals(MONDAY);
                var from = LocalTime.of(who == boris ? 9 : who == gleb ? 9 : who == vera ? 12 : 14, 0);
                var to = today ? LocalTime.of(who == gleb ? 13 : 15, who == gleb ? 0 : 38) : from.plusHours(who == boris ? 8 : 4);
                calls(base, who, queue, version, outcomes, random, date, from, to, who == gleb);
            }
        }
        handOverAndDeals(base);
        base.clock.set(NOW);
        shift(base, boris, MONDAY.atTime(9, 0), 8 * 60, null);
        long veras = shift(base, vera, MONDAY.atTime(12, 0), 4 * 60, null);
        base.services.database().dsl().insertInto(PAUSES, PAUSES.SHIFT_ID, PAUSES.REASON, PAUSES.STARTED_AT)
                .values((int) veras, "TRAINING", MONDAY.atTime(15, 28).atZone(TestBase.ZONE).toInstant().toEpochMilli())
                .execute();
        shift(base, gleb, MONDAY.atTime(9, 0), 4 * 60, MONDAY.atTime(13, 2));
        shift(base, dina, MONDAY.atTime(14, 0), 4 * 60, null);
        var file = base.file;
        base.close();
        return file;
    }

    /** A caller's calls through the day, about one every seven minutes; Gleb loses many at his introduction. */
    private void calls(TestBase base, Person who, CallQueue queue, long version, List<Outcome> outcomes, Random random,
                       LocalDate date, LocalTime from, LocalTime to, boolean early) {
        var at = date.atTime(from).atZone(TestBase.ZONE).toInstant();
        var end = date.atTime(to).atZone(TestBase.ZONE).toInstant();
        base.inTx(tx -> {
            var moment = at;
            while (true) {
                moment = moment.plusSeconds(240 + random.nextInt(360));
                if (!moment.isBefore(end)) {
                    return null;
                }
                int roll = random.nextInt(100);
                String kind = roll < 38 ? "no_answer" : roll < 48 ? "busy" : roll < 62 ? "call_back"
                        : roll < (early ? 88 : 74) ? "early" : roll < 82 ? "supplier" : roll < 90 ? "budget"
                        : roll < 96 ? "qualified_lead" : "meeting_booked";
                String code = switch (kind) {
                    case "early", "supplier", "budget" -> "not_interested";
                    default -> kind;
                };
                var outcome = outcomes.stream().filter(o -> o.code().equals(code)).findFirst().orElseThrow();
                var details = switch (code) {
                    case "call_back", "meeting_booked" -> new CallDetails(null, moment.plus(Duration.ofDays(2)), null);
                    case "not_interested" -> new CallDetails(null, null, RefusalReason.OTHER);
                    default -> CallDetails.none();
                };
                var steps = PATHS.getOrDefault(kind, List.of("greeting"));
                details = details.withScript(new ScriptPath(version, steps.stream().map(k -> new PathStep(k, null)).toList()));
                int talk = code.equals("no_answer") || code.equals("busy") ? 0 : 40 + random.nextInt(300);
                base.clock.set(moment);
                long contact = 1 + random.nextInt(300);
                base.services.callLogger().log(tx, contact, queue, who.id(), outcome, details, moment.minusSeconds(talk));
            }
        });
    }

    /** Thursday's leads handed over at 17:00; the next stage's file on Monday morning: three of them deals. */
    private void handOverAndDeals(TestBase base) {
        try {
            base.clock.set(MONDAY.minusDays(4).atTime(17, 0).atZone(TestBase.ZONE).toInstant());
            var leads = folder.resolve("leads.csv");
            base.services.leadExporter().export(LeadCriteria.newLeads(), ExportFormat.CSV, null,
                    LeadTexts.of(Locale.ENGLISH, code -> code), leads);
            var lines = Files.readAllLines(leads);
            var results = new StringBuilder(lines.get(0)).append(";Status\n");
            lines.subList(1, 4).forEach(line -> results.append(line).append(";Deal\n"));
            base.clock.set(MONDAY.atTime(10, 30).atZone(TestBase.ZONE).toInstant());
            base.services.stageResults().apply(Files.writeString(folder.resolve("results.csv"), results),
                    SourceOptions.detect());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long shift(TestBase base, Person who, java.time.LocalDateTime start, int minutes,
                              java.time.LocalDateTime ended) {
        var started = start.atZone(TestBase.ZONE).toInstant();
        return base.services.database().dsl().insertInto(SHIFTS, SHIFTS.CALLER_ID, SHIFTS.STARTED_AT,
                        SHIFTS.PLANNED_END_AT, SHIFTS.ENDED_AT)
                .values((int) who.id(), started.toEpochMilli(), started.plusSeconds(minutes * 60L).toEpochMilli(),
                        ended == null ? null : ended.atZone(TestBase.ZONE).toInstant().toEpochMilli())
                .returning(SHIFTS.ID).fetchOne().getId();
    }
}
