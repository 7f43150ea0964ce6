package app.obzvon.search;

import app.obzvon.common.Tx;

import java.util.List;

public interface SearchRepository {

    /** Companies with this number (E.164), through the numbers' index. */
    List<FoundContact> byPhone(Tx tx, String e164, int limit);

    /** Companies whose name contains any of these spellings of what was typed. */
    List<FoundContact> byCompany(Tx tx, List<String> spellings, int limit);
}
