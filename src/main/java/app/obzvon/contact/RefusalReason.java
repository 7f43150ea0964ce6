package app.obzvon.contact;

/** Why a prospect said no. Non-profile is a hard refusal; the others are soft and worked again later. */
public enum RefusalReason {
    NON_PROFILE, NO_BUDGET, CRISIS, OTHER
}
