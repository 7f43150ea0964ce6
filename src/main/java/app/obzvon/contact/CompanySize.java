package app.obzvon.contact;

/** Client size, the segment the supervisor splits the base by. */
public enum CompanySize {
    LARGE, MEDIUM, SMALL, NON_PROFILE, UNKNOWN
}
