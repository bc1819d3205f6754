package org.ronghe.adapter.http.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven by Debian's chromedriver (scripts/test.sh installs both and a CJK font).
 * No driver or browser is downloaded: both paths are given, so Selenium Manager is never asked.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Where the tests leave their screenshots; docs/console/ holds the ones the README shows. */
    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    /** Where the browser saves what a page offers for download (the CSV exports). */
    static final Path DOWNLOADS = Path.of("target", "console-downloads").toAbsolutePath();

    final WebDriver driver;

    Browser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the console's browser tests need Debian's chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver fonts-noto-cjk; scripts/test.sh installs them)");
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // headless as root on a machine without a network beyond its registries: no sandbox, no GPU, nothing
        // fetched in the background (its connections would be refused, many at a time)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=1366,768");
        try {
            Files.createDirectories(DOWNLOADS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        desktop();
    }

    void desktop() {
        driver.manage().window().setSize(new Dimension(1366, 768));
    }

    void phone() {
        driver.manage().window().setSize(new Dimension(360, 740));
    }

    /** A screenshot of the whole window, as {@code name}.png. */
    Path screenshot(String name) throws java.io.IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
