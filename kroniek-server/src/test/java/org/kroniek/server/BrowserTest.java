package org.kroniek.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kroniek.store.fixtures.FixtureRecords;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives headless Chromium over a server holding the fixture records. Skips when Debian's
 * {@code chromium} and {@code chromium-driver} are not installed (CI installs them). Screenshots
 * of every page go to {@code target/screenshots/}.
 */
class BrowserTest {
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;
    static TestServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir.resolve("data"), TestServer.TOKEN);
        driver = chromium(dir);
        Files.createDirectories(SHOTS);
    }

    /** Headless Chromium with its console log kept; skips the test class when it is not installed. */
    static WebDriver chromium(Path dir) {
        File chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
        File chromedriver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        Assumptions.assumeTrue(chromium != null && chromedriver != null, "chromium and chromium-driver are not installed");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("chrome"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        WebDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return d;
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

    private static File firstExisting(String... paths) {
        for (String p : paths) {
            File f = new File(p);
            if (f.canExecute()) {
                return f;
            }
        }
        return null;
    }

    private static void open(String path) {
        driver.get(server.url(path));
    }

    private static WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void shot(String name) throws IOException {
        shot(driver, name);
    }

    static void shot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SHOTS);
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Lets fade and zoom animations finish before a screenshot; nothing is asserted on time. */
    static void settle() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Console errors, such as content security policy violations, fail the page. */
    private static void assertNoConsoleErrors() {
        assertNoConsoleErrors(driver);
    }

    static void assertNoConsoleErrors(WebDriver driver) {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("favicon.ico"))
                .toList();
        assertThat(errors).extracting(LogEntry::getMessage).isEmpty();
    }

    @Test
    void mapShowsMarkers() throws IOException {
        open("/map");
        await().until(d -> d.findElement(By.id("map")).getAttribute("data-markers") != null);
        assertThat(Integer.parseInt(driver.findElement(By.id("map")).getAttribute("data-markers"))).isGreaterThan(5);
        List<WebElement> markers = driver.findElements(By.cssSelector("#map path.leaflet-interactive"));
        assertThat(markers).hasSizeGreaterThan(5);
        await().until(d -> !d.findElements(By.cssSelector("#map .leaflet-overlay-pane path:not(.leaflet-interactive)")).isEmpty());
        // a synthetic click: overlapping markers would make a pointer click land on a neighbour
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));",
                markers.get(markers.size() - 1));
        await().until(d -> !d.findElements(By.cssSelector(".leaflet-popup-content .popup a")).isEmpty());
        settle();
        shot("map");
        assertNoConsoleErrors();
    }

    @Test
    void timelineRenders() throws IOException {
        open("/timeline");
        await().until(d -> d.findElement(By.id("timeline")).getAttribute("data-rendered") != null);
        assertThat(driver.findElements(By.cssSelector("#timeline canvas"))).isNotEmpty();
        assertThat(driver.findElement(By.id("timeline-note")).getText()).contains("dated events");
        settle();
        shot("timeline");
        assertNoConsoleErrors();
    }

    @Test
    void articlePageHighlightsAnAllegedUnverifiedClaim() throws IOException {
        open("/articles/" + FixtureRecords.mariupol().id());
        WebElement claim = driver.findElement(By.id("claim-c1"));
        assertThat(claim.getTagName()).isEqualTo("mark");
        assertThat(claim.getAttribute("data-status")).isEqualTo("alleged unverified");
        assertThat(claim.getAttribute("class")).contains("claim", "st-unverified");
        WebElement panel = driver.findElement(By.cssSelector("#claims-panel li[data-claim=c1]"));
        assertThat(panel.getText()).contains("Oekraïense autoriteiten", "ALLEGED", "UNVERIFIED");
        assertThat(driver.findElement(By.cssSelector("#claims-panel li[data-claim=c3]")).getText()).contains("via RIA Novosti");
        assertThat(driver.findElements(By.cssSelector("#article-text a.ent-loc"))).isNotEmpty();
        shot("article");
        assertNoConsoleErrors();
    }

    @Test
    void aFacetNarrowsTheSearch() throws IOException {
        open("/");
        long all = Long.parseLong(driver.findElement(By.id("result-count")).getAttribute("data-total"));
        driver.findElement(By.cssSelector("[data-facet=status] a[data-value=alleged]")).click();
        await().until(d -> d.getCurrentUrl().contains("status=alleged"));
        long narrowed = Long.parseLong(driver.findElement(By.id("result-count")).getAttribute("data-total"));
        assertThat(narrowed).isPositive().isLessThan(all);
        driver.findElement(By.cssSelector("[data-facet=type] a[data-value=claim]")).click();
        await().until(d -> d.getCurrentUrl().contains("type=claim"));
        assertThat(driver.findElements(By.cssSelector("li.hit[data-type=claim]"))).hasSize(3);
        shot("search-facets");
        open("/?q=%22Rode+Kruis%22");
        assertThat(driver.findElement(By.cssSelector("li.hit[data-type=article] h3")).getText()).contains("Mariupol");
        shot("search");
        assertNoConsoleErrors();
    }

    @Test
    void claimLedgerSortsAndEntityPageProfiles() throws IOException {
        open("/claims");
        assertThat(driver.findElements(By.cssSelector("#ledger tbody tr"))).hasSize(12);
        driver.findElement(By.linkText("Speaker")).click();
        await().until(d -> d.getCurrentUrl().contains("sort=speaker"));
        List<String> speakers = driver.findElements(By.cssSelector("#ledger td.speaker")).stream()
                .map(e -> e.getText().split("\n")[0].toLowerCase(java.util.Locale.ROOT)).toList();
        assertThat(speakers).isSorted();
        shot("ledger");
        open("/entities/per-vladimir-putin");
        assertThat(driver.findElement(By.cssSelector("h1.entity-name")).getText()).isEqualTo("Vladimir Putin");
        assertThat(driver.findElement(By.cssSelector("ul.aliases")).getText()).contains("Vladimir Poetin");
        assertThat(driver.findElements(By.cssSelector("table.mentions tr"))).hasSize(2);
        shot("entity");
        assertNoConsoleErrors();
    }

    @Test
    void payloadsInArticlesAreShownAsTextAndNeverRun() throws IOException {
        for (String path : List.of("/articles/" + FixtureRecords.hostile().id(), "/?q=payload", "/claims",
                "/entities/org-evil-img-src-x-onerror-window-kroniekxss-4", "/map")) {
            open(path);
            Object ran = ((JavascriptExecutor) driver).executeScript("return window.__kroniekXss === undefined;");
            assertThat(ran).as(path).isEqualTo(Boolean.TRUE);
        }
        open("/articles/" + FixtureRecords.hostile().id());
        String text = driver.findElement(By.id("article-text")).getText();
        assertThat(text).contains("<script>window.__kroniekXss = 1;</script>", "<img src=x onerror=");
        assertThat(driver.findElements(By.cssSelector("#article-text img, #article-text script, #article-text b"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("h1.article-title")).getText()).startsWith("<script>");
        shot("hostile-article");
    }
}
