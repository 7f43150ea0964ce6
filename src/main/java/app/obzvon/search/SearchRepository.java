package app.obzvon.search;

import java.util.List;

public interface SearchRepository {

    /** Companies with this number (E.164), through the numbers' index. */
    List<FoundContact> byPhone(String e164, int limit);

    /** Companies whose name contains any of these spellings of what was typed. */
    List<FoundContact> byCompany(List<String> spellings, int limit);
}
