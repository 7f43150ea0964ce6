package app.obzvon.contact;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Reads phone numbers the way bases write them ("8 (495) 123-45-67 доб. 12, +7 916 123-45-67")
 * into E.164 with libphonenumber, numbers without a country code taken as numbers of the default
 * region. Thread-safe.
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "RU";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();
    /** Between numbers in one cell: , ; / a line break, "или", "or". */
    private static final Pattern SEPARATORS =
            Pattern.compile("[,;/\\r\\n]|\\s(?:или|or)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A part that is only an extension, in the words libphonenumber reads: "доб. 12", "ext 12", "x12". */
    private static final Pattern EXTENSION_ONLY = Pattern.compile(
            "(?:доб|ext|x)\\.?\\s*\\d{1,6}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String RUSSIA = "RU";
    private static final int RUSSIA_CODE = 7;
    /**
     * "+" and five digits: the +7 time-zone data never looks past four (7301 Irkutsk, 7383
     * Novosibirsk, 7800 …), so they decide the zone. Other countries' data goes up to nine digits;
     * their numbers are rare in these bases and are looked up each time.
     */
    private static final int ZONE_PREFIX_LENGTH = 6;
    private static final String NO_ZONE = "";

    private final String region;
    private final Map<String, String> zoneByPrefix = new ConcurrentHashMap<>();

    /** @param region the two-letter region of numbers written without a country code, e.g. "RU" */
    public PhoneNumbers(String region) {
        this.region = region.toUpperCase(Locale.ROOT);
        if (!UTIL.getSupportedRegions().contains(this.region)) {
            throw new IllegalArgumentException("Unknown phone region: " + region);
        }
    }

    /** Every valid number written in the text, in order; what is not a valid number is left out. */
    public List<Phone> read(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        var phones = new ArrayList<Phone>(2);
        String pending = null;
        for (String part : hasSeparator(text) ? SEPARATORS.split(text) : new String[] {text}) {
            String written = part.strip();
            if (written.isEmpty()) {
                continue;
            }
            // "+7 383 222-33-44, доб. 12": the extension after the comma belongs to the number before it.
            if (pending != null && EXTENSION_ONLY.matcher(written).matches()) {
                pending = pending + " " + written;
                continue;
            }
            if (pending != null) {
                readOne(pending, phones);
            }
            pending = written;
        }
        if (pending != null) {
            readOne(pending, phones);
        }
        return phones;
    }

    /** The first valid number written in the text. */
    public Optional<Phone> first(String text) {
        return read(text).stream().findFirst();
    }

    /** A number in E.164 written the usual international way ("+7 495 123-45-67"); as it is when it cannot be read. */
    public static String international(String e164) {
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException notANumber) {
            return e164;
        }
    }

    private void readOne(String written, List<Phone> phones) {
        var number = russianShape(written);
        if (number == null) {
            number = parsed(written);
        }
        if (number != null) {
            phones.add(phone(number, written));
        }
    }

    private PhoneNumber parsed(String written) {
        try {
            var number = UTIL.parse(written, region);
            return UTIL.isValidNumber(number) ? number : null;
        } catch (NumberParseException notANumber) {
            return null;
        }
    }

    /**
     * A valid Russian number written in one of the shapes nearly every number in a Russian base
     * has: +7 and ten digits, 8 or 7 and ten digits, ten digits, with spaces, brackets, dashes or
     * dots. libphonenumber's parse() costs several microseconds a number, too slow for a million
     * rows. For region RU (country code 7, national prefix 8, international prefix 810) parse()
     * reads these shapes the same way (PhoneNumbersTest compares them); null for anything else.
     */
    private PhoneNumber russianShape(String written) {
        if (!region.equals(RUSSIA)) {
            return null;
        }
        String digits = plainDigits(written);
        if (digits == null || digits.startsWith("810")) {
            return null;
        }
        String national;
        if (digits.length() == 12 && digits.startsWith("+7")) {
            national = digits.substring(2);
        } else if (digits.length() == 11 && (digits.charAt(0) == '8' || digits.charAt(0) == '7')) {
            national = digits.substring(1);
        } else if (digits.length() == 10) {
            national = digits;
        } else {
            return null;
        }
        var number = new PhoneNumber().setCountryCode(RUSSIA_CODE).setNationalNumber(Long.parseLong(national));
        // Half the cost of isValidNumber(); a Kazakh number (also +7) falls through to parse().
        return UTIL.isValidNumberForRegion(number, RUSSIA) ? number : null;
    }

    /** The digits (and a leading +) of a number written with nothing but separators between them. */
    private static String plainDigits(String written) {
        var digits = new StringBuilder(12);
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '0' && c <= '9' || c == '+' && i == 0) {
                digits.append(c);
            } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.' && c != '\u00A0') {
                return null;
            }
        }
        return digits.toString();
    }

    private Phone phone(PhoneNumber number, String written) {
        String e164 = UTIL.format(number, PhoneNumberFormat.E164);
        String extension = number.getExtension().isEmpty() ? null : number.getExtension();
        return new Phone(written, Long.parseLong(e164, 1, e164.length(), 10), extension, zone(number, e164));
    }

    /**
     * The zone when the library pins the number to one; a toll-free 8-800 spans several, so none.
     * A Russian mobile (+7 9xx) says nothing of where its owner sits, though the library's data
     * gives Moscow for it: none, so the company's city or region decides.
     */
    private String zone(PhoneNumber number, String e164) {
        if (number.getCountryCode() != RUSSIA_CODE || e164.length() < ZONE_PREFIX_LENGTH) {
            return onlyZone(number);
        }
        if (e164.charAt(2) == '9') {
            return null;
        }
        String zone = zoneByPrefix.computeIfAbsent(e164.substring(0, ZONE_PREFIX_LENGTH), prefix -> {
            String only = onlyZone(number);
            return only == null ? NO_ZONE : only;
        });
        return zone.equals(NO_ZONE) ? null : zone;
    }

    private static String onlyZone(PhoneNumber number) {
        var zones = ZONES.getTimeZonesForGeographicalNumber(number);
        boolean known = zones.size() == 1 && !zones.get(0).equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone());
        return known ? zones.get(0) : null;
    }

    /** Most cells hold one number and no words: they skip the separator pattern. */
    private static boolean hasSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '/' || c == '\n' || c == '\r' || Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }
}
