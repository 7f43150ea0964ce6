package app.obzvon.call;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** The callback quick picks. Times are the prospect's: "tomorrow morning" is morning where they are. */
public final class CallbackTimes {

    public static final LocalTime MORNING = LocalTime.of(10, 0);

    private CallbackTimes() {
    }

    public static Instant inOneHour(Instant now) {
        return now.plus(Duration.ofHours(1));
    }

    public static Instant tomorrowMorning(Instant now, ZoneId contactZone) {
        LocalDate tomorrow = now.atZone(contactZone).toLocalDate().plusDays(1);
        return tomorrow.atTime(MORNING).atZone(contactZone).toInstant();
    }

    public static Instant at(LocalDate date, LocalTime time, ZoneId contactZone) {
        return date.atTime(time).atZone(contactZone).toInstant();
    }
}
