package org.kroniek.extract.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    @Test
    void guessesFromFunctionWords() {
        assertThat(Languages.guess("De Russische president heeft geëist dat de stad zich overgeeft.")).isEqualTo("nl");
        assertThat(Languages.guess("The Russian president has demanded that the city surrender.")).isEqualTo("en");
    }
}
