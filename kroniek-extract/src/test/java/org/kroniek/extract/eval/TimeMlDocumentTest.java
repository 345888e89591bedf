package org.kroniek.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMlDocumentTest {
    @Test
    void stripsTagsAndKeepsTimexOffsetsIntoThePlainText() {
        TimeMlDocument d = TimeMlDocument.parse("x.tml", "\nAT&amp;T <EVENT eid=\"e1\">said</EVENT> "
                + "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-11-20\">Friday</TIMEX3> it grew.", "1998-11-20T19:30");
        assertThat(d.text()).isEqualTo("\nAT&T said Friday it grew.");
        assertThat(d.timexes()).containsExactly(new TimeMlDocument.Timex(11, 17, "DATE", "1998-11-20"));
        assertThat(d.text().substring(11, 17)).isEqualTo("Friday");
    }

    @Test
    void scoresStrictRelaxedAndValue() {
        TimeMlDocument d = TimeMlDocument.parse("x.tml", "He left <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-11-19\">yesterday</TIMEX3> "
                + "and returns <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-11-27\">next Friday</TIMEX3>.", "1998-11-20");
        TimexEvaluation.Result r = new TimexEvaluation("en").evaluate(List.of(d));
        assertThat(r.strict().recall()).isEqualTo(1.0);
        assertThat(r.relaxed().f1()).isEqualTo(1.0);
        assertThat(r.valueAccuracy()).isEqualTo(1.0);
    }
}
