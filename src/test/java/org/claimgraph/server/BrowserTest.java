package org.claimgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.claimgraph.store.TdbStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (headless Chromium from the system's packages, driven by chromedriver) opens the home
 * page, an article page and the query editor, runs an example query and sees the result table. Screenshots
 * go to {@code target/screenshots/}. Skipped, saying why, only when no Chromium or chromedriver is installed
 * ({@code .ci/run} installs them when it runs as root).
 */
class BrowserTest {
    static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path dir;
    static TdbStore store;
    static ClaimgraphServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Optional<String> chromium = firstExisting(BROWSERS);
        Optional<String> driver = firstExisting(DRIVERS);
        Assumptions.assumeTrue(chromium.isPresent() && driver.isPresent(),
                "BrowserTest skipped: no Chromium and chromedriver found (looked for " + BROWSERS + " and " + DRIVERS
                        + "); install them with 'apt-get install -y chromium chromium-driver'");
        store = Fixture.store(dir.resolve("db"));
        server = new ClaimgraphServer(store, ServerConfig.builder().port(0).build()).start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver.get())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                if (store != null) {
                    store.close();
                }
            }
        }
    }

    @Test
    void homePageShowsCountsAndLatestArticles() {
        browser.get(server.url());
        assertEquals("claimgraph", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("ul.stats")).getText().contains("Articles: 2"));
        assertFalse(browser.findElements(By.cssSelector("a[href='/id/article/palmyra-retaken']")).isEmpty());
        shot("home");
    }

    @Test
    void articlePageHighlightsTheEvidence() {
        browser.get(server.url() + "id/article/palmyra-retaken");
        List<WebElement> marks = browser.findElements(By.cssSelector(".article-text mark"));
        assertEquals(3, marks.size());
        assertEquals("Syrian troops retook Palmyra from Islamic State fighters on Sunday", marks.get(0).getText());
        shot("article");
    }

    @Test
    void placePageShowsTheMarkerOnALocalLeafletMap() {
        browser.get(server.url() + "id/place/palmyra");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .leaflet-marker-icon")));
        shot("place");
    }

    @Test
    void queryEditorRunsAnExampleAndShowsATable() {
        browser.get(server.url() + "query");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#yasgui .CodeMirror")));
        WebElement example = browser.findElements(By.cssSelector("button.example")).stream()
                .filter(b -> b.getText().contains("Claims per article")).findFirst()
                .orElse(browser.findElement(By.cssSelector("button.example")));
        example.click();
        WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#yasgui .yasr table tbody tr td")));
        assertTrue(cell.isDisplayed());
        String table = browser.findElement(By.cssSelector("#yasgui .yasr table")).getText();
        shot("query");
        assertTrue(table.contains("Palmyra retaken by the army") || table.contains("claims"), table);
    }

    private static void shot(String name) {
        try {
            Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> firstExisting(List<String> paths) {
        return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .or(() -> Stream.<String>empty().findFirst());
    }
}
