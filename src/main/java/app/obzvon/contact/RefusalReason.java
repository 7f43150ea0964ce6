package app.obzvon.contact;

/** Why a prospect said no. Non-profile is a hard refusal; the others are soft and worked again later. */
public enum RefusalReason {
    NON_PROFILE, NO_BUDGET, CRISIS, OTHER;

    /** A soft refusal sends the company to the re-call pool; only "not our profile" closes it. */
    public boolean isSoft() {
        return this != NON_PROFILE;
    }
}
