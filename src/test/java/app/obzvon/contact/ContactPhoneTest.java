package app.obzvon.contact;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What Ctrl+D hands the softphone: E.164, the extension after a pause, never digits glued together. */
class ContactPhoneTest {

    @Test
    void anExtensionFollowsAPauseInsteadOfBeingGluedOn() {
        assertEquals("+74951112233,45", new ContactPhone(1, "+7 (495) 111-22-33 доб. 45", "+74951112233", "45", null).dialString());
    }

    @Test
    void aNumberWrittenTheRussianWayIsDialledInE164() {
        assertEquals("+73430095744", new ContactPhone(1, "8 (343) 009-57-44", "+73430095744", null, null).dialString());
    }

    @Test
    void anUnreadableNumberIsDialledAsItsDigits() {
        assertEquals("0095744", new ContactPhone(1, "009-57-44", null, null, null).dialString());
    }
}
