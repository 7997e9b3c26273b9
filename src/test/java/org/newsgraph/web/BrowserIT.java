package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** What a person sees, in Debian's Chromium: pages render, marks and pictures show, links work, the console stays clean. */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path storeDir;

    @TempDir
    static Path profile;

    static TestServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed at " + CHROMIUM + ": browser tests skipped");
        server = PageFixture.start(storeDir);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1280,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static void open(String path, String screenshot) throws Exception {
        browser.manage().logs().get(LogType.BROWSER);
        browser.get(server.uri(path).toString());
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target/screenshots/" + screenshot + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as("console errors on " + path).isEmpty();
    }

    @Test
    void homePageLeadsToTheIndexes() throws Exception {
        open("/", "home");
        assertThat(browser.findElements(By.cssSelector("nav.cards a.card")).stream().map(card -> card.getAttribute("href")))
                .containsExactly(server.uri("/page/article/").toString(), server.uri("/page/event/").toString(),
                        server.uri("/page/person/").toString(), server.uri("/page/country/").toString(),
                        server.uri("/page/place/").toString(), server.uri("/page/org/").toString());
        browser.findElement(By.cssSelector("form.search.big input")).sendKeys("pyong\n");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search: pyong");
        assertThat(browser.findElement(By.cssSelector("header.site form.search input")).getAttribute("value")).isEqualTo("pyong");
        browser.findElement(By.linkText("Pyongyang")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pyongyang");
        browser.findElement(By.cssSelector("header.site a.brand")).click();
        browser.findElement(By.linkText("People")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("People");
        // Some 300 people, 100 to a page: the pager leads on to the page with Putin.
        for (int page = 2; browser.findElements(By.linkText("Vladimir Putin")).isEmpty() && page < 10; page++) {
            browser.findElement(By.cssSelector("nav.pager a[rel=next]")).click();
        }
        assertThat(browser.findElement(By.linkText("Vladimir Putin")).isDisplayed()).isTrue();
    }

    @Test
    void articlePageShowsHeadlineMentionsAndDiagram() throws Exception {
        open("/page/article/fixture-visit", "article");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Putin arrives in Pyongyang for talks with Kim");
        assertThat(browser.findElements(By.cssSelector("ul.quotes mark")).stream().map(WebElement::getText))
                .contains("Vladimir Putin", "Kim Jong Un");
        WebElement diagram = browser.findElement(By.cssSelector("figure.picture svg"));
        assertThat(diagram.getSize().getHeight()).isGreaterThan(100);
        assertThat(diagram.getText()).contains("Vladimir Putin").contains("Pyongyang");
    }

    @Test
    void personPageLinksToEventsAndTheHighlightedText() throws Exception {
        open("/page/person/vladimir-putin", "person");
        assertThat(browser.findElement(By.cssSelector("ul.quotes mark")).getText()).isEqualTo("Vladimir Putin");
        assertThat(browser.findElement(By.cssSelector("a.wikidata")).getAttribute("href")).isEqualTo("http://www.wikidata.org/entity/Q7747");
        browser.findElement(By.cssSelector("ul.quotes a.sentence")).click();
        assertThat(browser.findElement(By.cssSelector("mark#span")).getText()).startsWith("🇷🇺 Russian President Vladimir Putin");
        browser.navigate().to(server.uri("/id/article/fixture-visit/text#char=21,35").toString());
        assertThat(browser.findElement(By.cssSelector("mark#span")).getText()).isEqualTo("Vladimir Putin");
    }

    @Test
    void eventPageShowsWhoDidWhatToWhom() throws Exception {
        open("/page/event/fixture-state-visit", "event");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Putin's state visit to North Korea");
        browser.findElement(By.cssSelector("a[href='/ontology#StateVisit']")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/ontology#StateVisit");
        assertThat(browser.findElement(By.id("StateVisit")).isDisplayed()).isTrue();
    }

    @Test
    void ontologyAndSparqlPagesOpen() throws Exception {
        open("/ontology", "ontology");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("geopolitics");
        browser.get(server.uri("/sparql").toString());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/screenshots/sparql.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(browser.getTitle()).isNotBlank();
    }
}
