package app.obzvon.importing;

/** A contact field a column of the file can fill. Several columns may be phones; the rest fill one field each. */
public enum Field {
    COMPANY, PERSON, PHONE, CITY, REGION, TAX_ID, EMAIL, WEBSITE, CATEGORY, SIZE, SOURCE
}
