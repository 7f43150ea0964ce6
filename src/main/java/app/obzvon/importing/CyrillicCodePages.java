package app.obzvon.importing;

import java.nio.charset.Charset;
import java.util.List;

/**
 * Which of the three single-byte Russian code pages a text that is not UTF-8 is written in:
 * Windows-1251, KOI8-R or CP866 (DOS). Each puts the Cyrillic letters in other byte ranges, so
 * the text read through the wrong one is letters of the wrong frequencies (о е а и н т become
 * rare ones), box-drawing signs and stray symbols. The code page whose reading is most likely
 * Russian, letter by letter, wins; a tie goes to Windows-1251, the most common.
 */
final class CyrillicCodePages {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset KOI8_R = Charset.forName("KOI8-R");
    static final Charset CP866 = Charset.forName("IBM866");

    private static final List<Charset> CODE_PAGES = List.of(WINDOWS_1251, KOI8_R, CP866);
    /** Russian letters, most frequent first, with how often each comes in a text, per 10,000 letters. */
    private static final String LETTERS = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё";
    private static final int[] PER_10_000 = {1097, 845, 801, 735, 670, 626, 547, 473, 454, 440, 349, 321, 298, 281,
            262, 201, 190, 174, 170, 165, 159, 144, 121, 97, 94, 73, 64, 48, 36, 32, 26, 4, 4};
    /** Signs Russian texts use beyond ASCII: quotes, dashes, the number sign, a no-break space. */
    private static final String SIGNS = "«»„“”‘’–—…№\u00A0°";
    private static final double SIGN = Math.log(0.005);
    private static final double OTHER = Math.log(0.00001);
    /** For each code page, how likely each byte from 0x80 up is in Russian text read through it (a log). */
    private static final double[][] LIKELIHOOD = new double[CODE_PAGES.size()][128];

    static {
        for (int page = 0; page < CODE_PAGES.size(); page++) {
            for (int b = 0; b < 128; b++) {
                char c = new String(new byte[] {(byte) (0x80 + b)}, CODE_PAGES.get(page)).charAt(0);
                int letter = LETTERS.indexOf(Character.toLowerCase(c));
                LIKELIHOOD[page][b] = letter >= 0 ? Math.log(PER_10_000[letter] / 10_000.0)
                        : SIGNS.indexOf(c) >= 0 ? SIGN : OTHER;
            }
        }
    }

    private CyrillicCodePages() {
    }

    /** The code page the bytes are most likely Russian text in; Windows-1251 when nothing tells them apart. */
    static Charset guess(byte[] bytes) {
        double[] likelihood = new double[CODE_PAGES.size()];
        for (byte b : bytes) {
            if (b < 0) {
                for (int page = 0; page < likelihood.length; page++) {
                    likelihood[page] += LIKELIHOOD[page][b & 0x7F];
                }
            }
        }
        int best = 0;
        for (int page = 1; page < likelihood.length; page++) {
            if (likelihood[page] > likelihood[best]) {
                best = page;
            }
        }
        return CODE_PAGES.get(best);
    }
}
