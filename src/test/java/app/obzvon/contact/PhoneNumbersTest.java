package app.obzvon.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PhoneNumbersTest {

    private final PhoneNumbers russian = new PhoneNumbers("RU");

    private List<String> e164(String text) {
        return russian.read(text).stream().map(Phone::e164).toList();
    }

    @Test
    void numbersAsBasesWriteThemBecomeE164() {
        Map.of(
                "8 (495) 123-45-67", "+74951234567",
                "+7 916 123-45-67", "+79161234567",
                "89161234567", "+79161234567",
                "79161234567", "+79161234567",
                "9161234567", "+79161234567",
                "+7(383)2123456", "+73832123456",
                "8-800-555-35-35", "+78005553535",
                "8.495.123.45.67", "+74951234567",
                "тел.: 8 (495) 123-45-67", "+74951234567",
                "+380 44 123 4567", "+380441234567"
        ).forEach((written, e164) -> assertEquals(List.of(e164), e164(written), written));
    }

    @Test
    void aCellMayHoldSeveralNumbers() {
        assertEquals(List.of("+74951234567", "+79161234567", "+78005553535", "+73432123456", "+78121234567",
                        "+73832123456"),
                e164("8 (495) 123-45-67, +7 916 123-45-67; 8-800-555-35-35 / 8 343 212-34-56\n"
                        + "8 812 123 45 67 или +7 383 212-34-56"));
        assertEquals(List.of("+74951234567", "+79161234567"), e164("8 495 123 45 67 or 8 916 123 45 67"));
    }

    @Test
    void extensionsAreKept() {
        Map.of(
                "8 (495) 123-45-67 доб. 123", "123",
                "8 495 123-45-67 доб 123", "123",
                "+7 495 123 45 67 ext. 12", "12",
                "+7 495 123 45 67 ext 12", "12",
                "84951234567x12", "12",
                "8 495 123-45-67 #12", "12"
        ).forEach((written, extension) -> {
            var phone = russian.read(written).get(0);
            assertEquals("+74951234567", phone.e164(), written);
            assertEquals(extension, phone.extension(), written);
            assertEquals(written, phone.written());
        });
        assertNull(russian.read("8 (495) 123-45-67").get(0).extension());
    }

    @Test
    void anExtensionAfterACommaBelongsToTheNumberBeforeIt() {
        var phones = russian.read("+7 383 222-33-44, доб. 12; 8 916 123-45-67, ext 7");
        assertEquals(List.of("+73832223344", "+79161234567"), phones.stream().map(Phone::e164).toList());
        assertEquals("12", phones.get(0).extension());
        assertEquals("7", phones.get(1).extension());
        assertEquals("+7 383 222-33-44 доб. 12", phones.get(0).written());
    }

    @Test
    void whatIsNoValidNumberIsLeftOut() {
        for (var text : new String[] {"", "   ", "нет", "123", "8 (495) 123", "+7 000 000-00-00", "звонить вечером"}) {
            assertEquals(List.of(), e164(text), text);
        }
        assertEquals(List.of("+74951234567"), e164("123, 8 495 123-45-67, нет"));
    }

    @Test
    void eachNumberRingsInItsTimeZone() {
        Map.of(
                "+7 495 123-45-67", "Europe/Moscow",
                "+7 383 212-34-56", "Asia/Novosibirsk",
                "+7 3812 12-34-56", "Asia/Omsk",
                "+7 343 212-34-56", "Asia/Yekaterinburg",
                "+7 423 212-34-56", "Asia/Vladivostok",
                "+380 44 123 4567", "Europe/Kyiv"
        ).forEach((written, zone) -> assertEquals(zone, russian.read(written).get(0).timeZone(), written));
        assertNull(russian.read("8-800-555-35-35").get(0).timeZone(), "toll-free: rings everywhere");
        // The Novosibirsk card showed UTC+3: a mobile's zone is not Moscow's but unknown,
        // and the company's city or region decides (PlaceZones).
        assertNull(russian.read("+7 913 123-45-67").get(0).timeZone(), "a mobile rings wherever its owner is");
        assertNull(russian.read("8 916 123-45-67").get(0).timeZone());
    }

    @Test
    void anotherRegionReadsItsOwnNumbers() {
        assertEquals("+380441234567", new PhoneNumbers("UA").read("044 123 4567").get(0).e164());
        assertEquals("+74951234567", new PhoneNumbers("ua").read("+7 495 123-45-67").get(0).e164());
        assertThrows(IllegalArgumentException.class, () -> new PhoneNumbers("XX"));
    }

    /** The shortcut for plainly written Russian numbers reads every such shape as libphonenumber's parse() does. */
    @Test
    void theRussianShortcutAgreesWithLibphonenumber() {
        var util = PhoneNumberUtil.getInstance();
        var random = new Random(42);
        String[] starts = {"", "+7", "7", "8", "810", "+8", "+77", "87", "0", "9", "3", "4", "5", "6", "1", "2"};
        for (int i = 0; i < 30_000; i++) {
            var digits = new StringBuilder(starts[random.nextInt(starts.length)]);
            int length = 9 + random.nextInt(4) + (digits.indexOf("+") == 0 ? 1 : 0);
            while (digits.length() < length) {
                digits.append(random.nextInt(10));
            }
            String written = formatted(digits.toString(), random);
            List<String> expected;
            try {
                var number = util.parse(written, "RU");
                expected = util.isValidNumber(number) ? List.of(util.format(number, PhoneNumberFormat.E164)) : List.of();
            } catch (NumberParseException notANumber) {
                expected = List.of();
            }
            assertEquals(expected, e164(written), written);
        }
    }

    /** Digits as people space them: brackets, dashes, dots or nothing. */
    private static String formatted(String digits, Random random) {
        var text = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            text.append(digits.charAt(i));
            if (random.nextInt(4) == 0) {
                text.append(" -.()".charAt(random.nextInt(5)));
            }
        }
        return text.toString();
    }

    /**
     * Zones are cached by the first digits of +7 numbers: the answer must be the mapper's own, but
     * for mobiles (+7 9xx), whose Moscow zone in the mapper's data is not where their owner is.
     */
    @Test
    void theZoneCacheGivesTheMappersAnswer() throws NumberParseException {
        var util = PhoneNumberUtil.getInstance();
        var mapper = PhoneNumberToTimeZonesMapper.getInstance();
        var random = new Random(7);
        for (int code = 300; code < 1000; code++) {
            for (int i = 0; i < 5; i++) {
                String written = "+7" + code + String.format("%07d", random.nextInt(10_000_000));
                var number = util.parse(written, "RU");
                if (!util.isValidNumber(number)) {
                    continue;
                }
                var zones = mapper.getTimeZonesForGeographicalNumber(number);
                String expected = zones.size() == 1 && code < 900 ? zones.get(0) : null;
                assertEquals(expected, russian.read(written).get(0).timeZone(), written);
            }
        }
    }
}
