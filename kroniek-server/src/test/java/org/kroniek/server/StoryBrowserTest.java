package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.record.ArticleRecord;
import org.kroniek.server.ui.Urls;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives headless Chromium through the story pages: from the navigation to the list, to a story
 * with its merged event, figures chart and contradiction, and on to the evidence in an article.
 * Skips like {@link BrowserTest} when Chromium is not installed.
 */
class StoryBrowserTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir.resolve("data"), TestServer.TOKEN);
        for (ArticleRecord r : StoryFixtures.all()) {
            server.store.put(r);
        }
        server.store.commit();
        driver = BrowserTest.chromium(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @Test
    void storyPageShowsMergedEventsFiguresAndContradictionsWithLinksToEvidence() throws Exception {
        driver.get(server.url("/"));
        driver.findElement(By.linkText("Stories")).click();
        await().until(d -> d.getCurrentUrl().endsWith("/stories"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#stories tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(1);
        WebElement izium = driver.findElement(By.cssSelector("#stories tbody tr:first-child"));
        assertThat(izium.getText()).contains("Artillery strikes Izium");
        assertThat(izium.findElements(By.tagName("td")).get(1).getText()).isEqualTo("3");
        BrowserTest.shot(driver, "stories");

        izium.findElement(By.tagName("a")).click();
        await().until(d -> d.getCurrentUrl().contains("/stories/story%3A"));
        assertThat(driver.findElement(By.cssSelector("h1.story-title")).getText()).isEqualTo("Artillery strikes Izium");
        assertThat(driver.findElements(By.cssSelector("#story-articles li"))).hasSize(3);
        // the payload title is shown as text, never run
        assertThat(driver.findElement(By.id("story-articles")).getText()).contains(StoryFixtures.HOSTILE_TITLE);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.__kroniekXss === undefined;")).isEqualTo(Boolean.TRUE);
        WebElement event = driver.findElement(By.cssSelector("#story-events li.event-item"));
        assertThat(event.getAttribute("data-sources")).isEqualTo("3");
        assertThat(event.findElements(By.cssSelector("ul.mentions a"))).hasSize(3);
        WebElement clash = driver.findElement(By.cssSelector("#story-contradictions li[data-kind=figures]"));
        assertThat(clash.getText()).contains("killed in Izium", "8", "20-25");
        await().until(d -> d.findElement(By.id("figure-chart")).getAttribute("data-rendered") != null);
        assertThat(driver.findElement(By.id("figure-chart")).getAttribute("data-rendered")).isEqualTo("2");
        assertThat(driver.findElements(By.cssSelector("#figure-chart canvas"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#figure-table tbody tr"))).hasSize(2);
        BrowserTest.settle();
        BrowserTest.shot(driver, "story");
        BrowserTest.assertNoConsoleErrors(driver);

        // a side of the contradiction opens the article at its figure
        clash.findElement(By.cssSelector("a.evidence")).click();
        await().until(d -> d.getCurrentUrl().contains("#figure-f1"));
        WebElement figure = driver.findElement(By.id("figure-f1"));
        assertThat(figure.getText()).contains("killed");
        driver.navigate().back();
        // a mention opens the article at its event
        driver.findElement(By.cssSelector("#story-events ul.mentions a")).click();
        await().until(d -> d.getCurrentUrl().contains("#event-v1"));
        assertThat(driver.findElement(By.id("event-v1")).getText()).isNotBlank();
        BrowserTest.assertNoConsoleErrors(driver);
    }

    @Test
    void unknownStoryIsANotFoundPage() {
        driver.get(server.url("/stories/" + Urls.enc("story:<nope>")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(driver.findElement(By.cssSelector("p.error")).getText()).contains("story:<nope>");
    }
}
