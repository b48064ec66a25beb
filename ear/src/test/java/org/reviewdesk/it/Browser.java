package org.reviewdesk.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromium-driver) driving Review Desk as a person
 * would, with the flags this closed network needs.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final URL base;

    public Browser(URL base) {
        this.base = base;
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("reviewdesk.it.chromium", "/usr/bin/chromium"));
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,900",
                    "--user-data-dir=" + Files.createTempDirectory("reviewdesk-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(
                            new File(System.getProperty("reviewdesk.it.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String path) {
        driver.get(url(path));
    }

    /**
     * Signs in as a person does and waits for the page the sign-in leads to (home, the page asked for, or the
     * sign-in page with its error): a test that goes on at once would race the new session cookie, and its
     * next request would be made as nobody.
     */
    public void signIn(String username, String password) {
        open("");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        WebElement button = find(By.id("sign-in-button"));
        JavascriptExecutor script = (JavascriptExecutor) driver;
        script.executeScript("window.reviewdeskSigningIn = true;");
        button.click();
        // The sign-in page is gone once a new document has no mark. Asking the old button whether it went stale does
        // not
        // do: while the page changes, Chromium may answer with an "unknown error" about a node no longer in the
        // document.
        new WebDriverWait(driver, Eventually.PATIENCE)
                .ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return window.reviewdeskSigningIn !== true && document.readyState === 'complete';")));
        settle();
    }

    public void signOut() {
        find(By.id("account:sign-out")).click();
        find(By.id("sign-in"));
    }

    /** Clicks once the element can be clicked, then waits for the page or its Ajax update to finish. */
    public void click(By locator) {
        new WebDriverWait(driver, Eventually.PATIENCE)
                .until(ExpectedConditions.elementToBeClickable(locator))
                .click();
        settle();
    }

    /** Replaces the text of a field, as a person selecting all and typing does. */
    public void type(By locator, String text) {
        WebElement field = find(locator);
        field.clear();
        field.sendKeys(text);
    }

    /** Puts a long text into a field at once, as pasting it does. */
    public void paste(By locator, String text) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                        find(locator),
                        text);
    }

    /** Whether a check box or radio button is chosen; PrimeFaces hides the input itself behind its own box. */
    public boolean isSelected(By input) {
        return new WebDriverWait(driver, Eventually.PATIENCE)
                .until(ExpectedConditions.presenceOfElementLocated(input))
                .isSelected();
    }

    /** Whether leaving the page now would ask the person first (its beforeunload handler objects). */
    public boolean leavingAsksFirst() {
        return Boolean.FALSE.equals(((JavascriptExecutor) driver)
                .executeScript("return window.dispatchEvent(new Event('beforeunload', {cancelable: true}));"));
    }

    /** Chooses a file for an upload field; file inputs are hidden behind PrimeFaces' button, which is how people see them. */
    public void attach(By fileInput, Path file) {
        new WebDriverWait(driver, Eventually.PATIENCE)
                .until(ExpectedConditions.presenceOfElementLocated(fileInput))
                .sendKeys(file.toAbsolutePath().toString());
        settle();
    }

    /**
     * Waits until the page has loaded and no PrimeFaces Ajax request or upload is running, twice
     * in a row: a click's request may start a moment after the click returns.
     */
    public void settle() {
        WebDriverWait wait = new WebDriverWait(driver, Eventually.PATIENCE, Duration.ofMillis(150));
        int[] quietPolls = {0};
        wait.until(d -> {
            boolean idle = Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return document.readyState === 'complete'"
                            + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"
                            + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                            // A button or link that sent the request stays disabled for PrimeFaces' least loading time
                            // after it.
                            + " && document.querySelector('.ui-state-loading') === null;"));
            quietPolls[0] = idle ? quietPolls[0] + 1 : 0;
            return quietPolls[0] >= 2;
        });
    }

    /**
     * Clicks with the pointer at a point of the element, {@code x} and {@code y} CSS pixels from its top left corner (a
     * bar of a chart drawn on a canvas), then waits for the page or its Ajax update to finish.
     */
    public void clickAt(By locator, double x, double y) {
        WebElement element = find(locator);
        org.openqa.selenium.Dimension size = element.getSize();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(element, (int) Math.round(x - size.getWidth() / 2.0), (int)
                        Math.round(y - size.getHeight() / 2.0))
                .click()
                .perform();
        settle();
    }

    /** Waits until the element's text contains this, as a person waits for a message. */
    public String waitForText(By locator, String expected) {
        try {
            new WebDriverWait(driver, Eventually.PATIENCE)
                    .until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
        } catch (TimeoutException notShown) {
            throw described(notShown);
        }
        return text(locator);
    }

    /**
     * What a person would have seen when a wait ran out, added to the failure: the messages and field errors shown on
     * the page (a refusal explains a missing comment better than the thread's text does), and the page itself kept as
     * {@code failed-<time>.html} and {@code .png} beside the screenshots.
     */
    private TimeoutException described(TimeoutException failure) {
        try {
            Object shown = ((JavascriptExecutor) driver)
                    .executeScript("return Array.from(document.querySelectorAll("
                            + "'.ui-messages, .ui-message, .ui-growl, .rd-field-error, [role=alert]'))"
                            + ".filter(e => e.offsetParent !== null && e.innerText.trim() !== '')"
                            + ".map(e => e.innerText.trim().replace(/\\s+/g, ' ')).join(' | ');");
            failure.addInfo("messages on the page", String.valueOf(shown).isEmpty() ? "none" : String.valueOf(shown));
            String name = "failed-" + System.currentTimeMillis();
            screenshot(name);
            Files.writeString(screenshotFolder().resolve(name + ".html"), driver.getPageSource());
            failure.addInfo(
                    "page kept as", screenshotFolder().resolve(name + ".html").toString());
        } catch (WebDriverException | IOException | UncheckedIOException unavailable) {
            failure.addInfo("the page could not be described", String.valueOf(unavailable.getMessage()));
        }
        return failure;
    }

    public boolean isShown(By locator) {
        return driver.findElements(locator).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Fetches a link with this browser's session, as clicking a download link does, without a download folder. */
    public Download download(String href) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(href));
            driver.manage()
                    .getCookies()
                    .forEach(cookie -> request.header("Cookie", cookie.getName() + "=" + cookie.getValue()));
            HttpResponse<byte[]> response = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value of one of this browser's cookies for the application (the session cookie is HttpOnly: scripts cannot read it). */
    public String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    public record Download(int status, String contentType, String disposition, byte[] body) {}

    public String url(String path) {
        return base.toString().replaceAll("/$", "") + "/" + path.replaceAll("^/", "");
    }

    /** Waits for the element to be shown, as a person waits for a page to load. */
    public WebElement find(By locator) {
        return new WebDriverWait(driver, Eventually.PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public String text(By locator) {
        return find(locator).getText();
    }

    public String currentPath() {
        return driver.getCurrentUrl()
                .substring(base.toString().replaceAll("/$", "").length());
    }

    public String title() {
        return driver.getTitle();
    }

    /** Scrolls until the element is at the top of the window, as a person does before looking at it. */
    public void scrollTo(By locator) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", find(locator));
    }

    /** Runs a script in the page and returns what it returns, as the browser's console does. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script that answers later, by calling its last argument. */
    public Object asyncScript(Duration patience, String script, Object... arguments) {
        driver.manage().timeouts().scriptTimeout(patience);
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /** Resizes the window, as turning a tablet or opening the page on a phone does. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys where the focus is, as a keyboard user does. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        settle();
    }

    /** Saves what the browser shows, for the user guides in docs/. */
    public void screenshot(String name) {
        try {
            Path folder = screenshotFolder();
            Files.createDirectories(folder);
            Path taken =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path screenshotFolder() {
        return Path.of(System.getProperty("reviewdesk.it.screenshots", "target/screenshots"));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
