package org.kroniek.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kroniek.record.Span;

class TimeRecognizerTest {
    private static final String[] PIECES = {
        "maart", "30", "2022", "14.30", "uur", "om", "gisteren", "dinsdagavond", "vorige", "week", "drie", "dagen",
        "geleden", "begin", "april", "de", "zomer", "van", "het", "eerste", "kwartaal", "jaar", "sinds", "nu",
        "March", "Tuesday", "on", "last", "years", "ago", "the", "first", "quarter", "1990s", "10", "a.m.", "5-year",
        "Kerstmis", "euro", "procent", "1.200", "12/03/2022", "2022-03-30", "vanochtend", "'s", "morgens",
        "é", "İ", "😀", "٣", "½", "\u200b", "\u05d0", "x", "Q3"};
    private static final String[] GLUE = {" ", " ", " ", ", ", "-", "/", ".", "\n", "", "  ", "(", ")"};

    /** The time matches as a plain scan of every position with {@link Matcher#find()} gives them, overlaps resolved as {@code find} does. */
    private static List<Span> byScanning(TimeRecognizer recognizer, String text, Span range) throws ReflectiveOperationException {
        Field rulesField = TimeRecognizer.class.getDeclaredField("rules");
        rulesField.setAccessible(true);
        List<int[]> all = new ArrayList<>();
        for (Object rule : (List<?>) rulesField.get(recognizer)) {
            Method pattern = rule.getClass().getDeclaredMethod("pattern");
            Method build = rule.getClass().getDeclaredMethod("build");
            pattern.setAccessible(true);
            build.setAccessible(true);
            @SuppressWarnings("unchecked")
            Function<Matcher, TimeSpec> builder = (Function<Matcher, TimeSpec>) build.invoke(rule);
            Matcher m = ((Pattern) pattern.invoke(rule)).matcher(text).region(range.start(), range.end());
            m.useTransparentBounds(true);
            while (m.find()) {
                if (builder.apply(m) != null && m.end() > m.start()) {
                    all.add(new int[] {m.start(), m.end()});
                }
            }
        }
        all.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparing(Comparator.<int[]>comparingInt(a -> a[1]).reversed()));
        List<Span> out = new ArrayList<>();
        int covered = -1;
        for (int[] t : all) {
            if (t[0] >= covered) {
                out.add(new Span(t[0], t[1]));
                covered = t[1];
            }
        }
        return out;
    }

    @Test
    void findsWhatAScanOfEveryPositionFinds() throws ReflectiveOperationException {
        Random random = new Random(20261129L);
        for (String language : List.of("nl", "en")) {
            TimeRecognizer recognizer = TimeRecognizer.of(language);
            for (int i = 0; i < 1500; i++) {
                StringBuilder sb = new StringBuilder();
                for (int n = random.nextInt(12); n >= 0; n--) {
                    sb.append(PIECES[random.nextInt(PIECES.length)]).append(GLUE[random.nextInt(GLUE.length)]);
                }
                String text = sb.toString();
                int a = random.nextInt(text.length() + 1);
                int b = random.nextInt(text.length() + 1);
                Span range = random.nextBoolean() ? new Span(0, text.length()) : new Span(Math.min(a, b), Math.max(a, b));
                List<Span> found = recognizer.find(text, range).stream().map(t -> new Span(t.start(), t.end())).toList();
                assertThat(found).as(language + " [" + text + "] " + range).isEqualTo(byScanning(recognizer, text, range));
            }
        }
    }

    @Test
    void theCharacterBeforeTheRangeStillCounts() {
        String text = "Op30 maart en op 30 maart";
        assertThat(TimeRecognizer.of("nl").find(text, new Span(2, text.length()))).extracting(TimeMention::text)
                .containsExactly("maart", "30 maart");
        assertThat(TimeRecognizer.of("nl").find(text, new Span(text.lastIndexOf("30 maart"), text.length()))).extracting(TimeMention::text)
                .containsExactly("30 maart");
    }
}
