package app.obzvon.inbound;

import app.obzvon.common.RefusedException;
import app.obzvon.contact.Phone;
import app.obzvon.contact.PhoneNumbers;

/**
 * A request whose input is good: a company named, a number that is one (in E.164), no text longer
 * than the base keeps; blanks trimmed to null. Otherwise {@link RefusedException} says which.
 */
record RequestCheck(NewRequest request, Phone phone) {

    static final int COMPANY = 500;
    static final int PERSON = 300;
    static final int WANTS = 1000;
    static final int SOURCE = 200;
    /** Where a request came from when nobody says: the company's source in the base too. */
    static final String INBOUND = "inbound";

    static RequestCheck of(NewRequest typed, PhoneNumbers phones) {
        var company = trimmed(typed.company());
        if (company == null) {
            throw new RefusedException("inbound.refused.company");
        }
        var written = trimmed(typed.phone());
        if (written == null) {
            throw new RefusedException("inbound.refused.phone.none");
        }
        var phone = phones.first(written).orElseThrow(() -> new RefusedException("inbound.refused.phone", written));
        var source = trimmed(typed.source());
        var request = new NewRequest(company, trimmed(typed.person()), written, trimmed(typed.wants()),
                source == null ? INBOUND : source);
        tooLong(request.company(), COMPANY, "inbound.refused.too.long.company");
        tooLong(request.person(), PERSON, "inbound.refused.too.long.person");
        tooLong(request.wants(), WANTS, "inbound.refused.too.long.wants");
        tooLong(request.source(), SOURCE, "inbound.refused.too.long.source");
        return new RequestCheck(request, phone);
    }

    String e164() {
        return phone.e164();
    }

    String shownPhone() {
        return PhoneNumbers.international(phone.e164());
    }

    private static void tooLong(String text, int max, String key) {
        if (text != null && text.length() > max) {
            throw new RefusedException(key, max);
        }
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
