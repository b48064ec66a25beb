package org.reviewdesk.mail;

import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.reviewdesk.configuration.EasternTime;

/**
 * The FreeMarker templates of every mail, in {@code src/main/resources/mail}: how they are loaded and rendered, and
 * what they may reach (text only, never Java classes).
 */
final class MailTemplates {

    /**
     * Built once: a Configuration is expensive, caches parsed templates, and is safe to share
     * between threads once set up. Static, because the CDI proxy of the Notifications bean is an instance too.
     */
    private static final Configuration TEMPLATES = templates();

    private MailTemplates() {}

    /** A mail without the request tag (to staff, or about an account): "Review Desk: " and the template's subject. */
    static OutgoingMail untagged(String templateName, String recipient, Map<String, ?> model) {
        String text = render(templateName, new HashMap<>(model));
        int endOfSubject = text.indexOf('\n');
        String subject = endOfSubject < 0 ? "" : text.substring(0, endOfSubject).strip();
        if (subject.isEmpty()) {
            throw new IllegalStateException(
                    "Mail template " + templateName + " must render the subject on its first line");
        }
        return new OutgoingMail(
                List.of(recipient),
                "Review Desk: " + subject,
                text.substring(endOfSubject + 1).strip() + "\n");
    }

    static String render(String templateName, Map<String, Object> model) {
        try {
            Template template = TEMPLATES.getTemplate(templateName);
            StringWriter text = new StringWriter();
            template.process(model, text);
            return text.toString().replace("\r\n", "\n");
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException(
                    "Mail template " + templateName + " could not be rendered: " + e.getMessage(), e);
        }
    }

    private static Configuration templates() {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_35);
        configuration.setClassForTemplateLoading(Notifications.class, "/mail");
        configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
        configuration.setOutputFormat(PlainTextOutputFormat.INSTANCE);
        // A template error is a bug to see, not something to print into a mail or to log twice.
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        // Templates format text; they never reach Java classes or the API of the values they get.
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        // Numbers such as days left are written plainly; dates arrive already written in US Eastern.
        configuration.setLocale(Locale.US);
        configuration.setTimeZone(TimeZone.getTimeZone(EasternTime.ZONE));
        configuration.setNumberFormat("computer");
        // The templates ship inside the jar: no per-locale variants to look for, nothing to reload.
        configuration.setLocalizedLookup(false);
        configuration.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return configuration;
    }
}
