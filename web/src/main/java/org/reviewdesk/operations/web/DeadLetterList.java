package org.reviewdesk.operations.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.reviewdesk.operations.DeadLetter;
import org.reviewdesk.operations.DeadLetterQueue;
import org.reviewdesk.operations.DeadLetters;
import org.reviewdesk.web.Pages;

/** The administrator's view of every dead-letter queue, with retry and discard. */
@Named
@ViewScoped
public class DeadLetterList implements Serializable {

    @EJB
    DeadLetters deadLetters;

    private List<DeadLetter> letters = List.of();

    @PostConstruct
    public void load() {
        List<DeadLetter> all = new ArrayList<>();
        for (DeadLetterQueue queue : DeadLetterQueue.values()) {
            all.addAll(deadLetters.list(queue));
        }
        letters = all;
    }

    public void retry(DeadLetter letter) {
        if (deadLetters.retry(letter.queue(), letter.messageId())) {
            Pages.info(
                    letter.queue().isJms()
                            ? "The message is back on the " + letter.queue().label()
                                    + " queue for another round of attempts"
                            : "The deadline is attempted again now, for another round of attempts");
        } else {
            Pages.message(FacesMessage.SEVERITY_WARN, "That message is no longer in the dead-letter queue");
        }
        load();
    }

    public void discard(DeadLetter letter) {
        if (deadLetters.discard(letter.queue(), letter.messageId())) {
            Pages.info("The message was discarded");
        } else {
            Pages.message(FacesMessage.SEVERITY_WARN, "That message is no longer in the dead-letter queue");
        }
        load();
    }

    public List<DeadLetter> getLetters() {
        return letters;
    }
}
