package org.reviewdesk.it;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driving Review Desk as a person
 * would, with the flags this closed network needs.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URL base;

    Browser(URL base) {
        this.base = base;
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("reviewdesk.it.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("reviewdesk-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("reviewdesk.it.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + "/" + path.replaceAll("^/", ""));
    }

    void signIn(String username, String password) {
        open("");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        find(By.id("sign-in-button")).click();
    }

    void signOut() {
        find(By.id("account:sign-out")).click();
        find(By.id("sign-in"));
    }

    /** Waits for the element to be shown, as a person waits for a page to load. */
    WebElement find(By locator) {
        return new WebDriverWait(driver, Eventually.PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    String text(By locator) {
        return find(locator).getText();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.toString().replaceAll("/$", "").length());
    }

    String title() {
        return driver.getTitle();
    }

    /** Saves what the browser shows, for the user guides in docs/. */
    void screenshot(String name) {
        try {
            Path folder = Path.of(System.getProperty("reviewdesk.it.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
