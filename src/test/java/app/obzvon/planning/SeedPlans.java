package app.obzvon.planning;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/** The plans the tests work by hand, from seed 003's backward planning. */
public final class SeedPlans {

    private SeedPlans() {
    }

    /** The rates of the worked case: invoice → payment 50 %, proposal → invoice 50 %, … call → conversation 25 %. */
    public static Map<Conversion, Integer> rates(int call, int conversation, int lead, int meeting, int proposal, int invoice) {
        var rates = new EnumMap<Conversion, Integer>(Conversion.class);
        rates.put(Conversion.CALL_TO_CONVERSATION, call);
        rates.put(Conversion.CONVERSATION_TO_LEAD, conversation);
        rates.put(Conversion.LEAD_TO_MEETING, lead);
        rates.put(Conversion.MEETING_TO_PROPOSAL, meeting);
        rates.put(Conversion.PROPOSAL_TO_INVOICE, proposal);
        rates.put(Conversion.INVOICE_TO_PAYMENT, invoice);
        return rates;
    }

    /** 400,000 ₽ profit at a 20 % margin, 50,000 ₽ deals, November 2026 (21 weekdays), 80 calls a caller. */
    public static PlanInputs seedCase() {
        return new PlanInputs(Goal.PROFIT, 400_000, 2_000, 50_000, rates(2_500, 1_000, 5_000, 8_000, 5_000, 5_000),
                Period.month(YearMonth.of(2026, 11)).weekdays(), 80);
    }

    /** A small plan one caller can carry: 200,000 ₽ in 50,000 ₽ deals at the seed case's rates is 77 calls a day. */
    public static PlanInputs oneCallersPlan() {
        return new PlanInputs(Goal.REVENUE, 200_000, null, 50_000, rates(2_500, 1_000, 5_000, 8_000, 5_000, 5_000), 21, 80);
    }
}
