/*
 * Keyboard and screen-reader behaviour Review Desk adds to PrimeFaces' widgets (docs/accessibility.md):
 * - the buttons of a one-choice button group (the decision's Approve / Deny) say which one is chosen, with
 *   aria-checked, as their role "radio" requires;
 * - after a step change in the request editor the focus moves to the new step's heading, so a keyboard or
 *   screen-reader user starts reading the step they are on, not at the top of the page;
 * - when a dialog closes, the focus returns to the control that opened it, even when an Ajax update redrew that
 *   control meanwhile (PrimeFaces returns it to the element it remembered, which is then no longer on the page);
 * - a message list (p:messages) stays a list: PrimeFaces gives each item the role "alert", which takes away its
 *   role as a list item; the role goes to the box of the item's severity instead, so it is still announced;
 * - the request editor's save indicator tells the truth between saves: "Unsaved changes" from the first change
 *   typed until a save (whose answer redraws it), and leaving the page meanwhile asks first. Uploads save
 *   themselves, so choosing a file changes nothing there.
 * Loaded from the page template after PrimeFaces' own scripts, before any widget is created.
 */
(function () {
    'use strict';
    if (typeof PrimeFaces === 'undefined' || typeof $ === 'undefined') {
        return;
    }

    /** Wraps a widget method so that after it ran, then() runs with the widget. */
    function after(widget, method, then) {
        var original = widget && widget.prototype[method];
        if (original) {
            widget.prototype[method] = function () {
                var result = original.apply(this, arguments);
                then(this);
                return result;
            };
        }
    }

    function markChecked(group) {
        if (group.buttons) {
            group.buttons.each(function () {
                this.setAttribute('aria-checked', String($(this).hasClass('ui-state-active')));
            });
        }
    }
    ['init', 'select', 'unselect'].forEach(function (method) {
        after(PrimeFaces.widget.SelectOneButton, method, markChecked);
    });

    function keepMessageListsLists() {
        $('.ui-messages li[role=alert]').each(function () {
            this.removeAttribute('role');
            $(this).closest('.ui-messages > div').attr('role', 'alert');
        });
    }
    $(keepMessageListsLists);
    $(document).on('pfAjaxComplete', keepMessageListsLists);

    var stepBefore = null;
    function stepHeading() {
        return document.getElementById('step-heading');
    }
    $(document).on('pfAjaxSend', function () {
        var heading = stepHeading();
        stepBefore = heading ? heading.textContent : null;
    });
    $(document).on('pfAjaxComplete', function () {
        var heading = stepHeading();
        if (heading && stepBefore !== null && heading.textContent !== stepBefore) {
            heading.focus();
        }
        stepBefore = null;
    });

    // The control a dialog returns to: PrimeFaces remembers what has the focus when the dialog opens, but a button
    // that opens it after an Ajax request is disabled during the request, so the focus is then on the page itself.
    var lastFocused = null;
    var focusMoves = 0;
    document.addEventListener('focusin', function (event) {
        focusMoves++;
        if (!$(event.target).closest('.ui-dialog').length) {
            lastFocused = event.target;
        }
    });
    var Dialog = PrimeFaces.widget.Dialog;
    after(Dialog, 'show', function (dialog) {
        var opener = dialog.focusedElementBeforeDialogOpened;
        if ((!opener || opener === document.body) && lastFocused) {
            dialog.focusedElementBeforeDialogOpened = lastFocused;
        }
        var chosen = dialog.focusedElementBeforeDialogOpened;
        dialog.rdOpenerId = chosen && chosen.id ? chosen.id : null;
    });
    // PrimeFaces returns the focus a moment after the dialog closed; when the focus is then on the page itself (the
    // opener it remembered was redrawn or could not take it), the opener is looked up again by its id and focused.
    after(Dialog, 'hide', function (dialog) {
        var openerId = dialog.rdOpenerId;
        if (!openerId) {
            return;
        }
        var movesAtHide = focusMoves;
        setTimeout(function () {
            // The person moved on meanwhile (clicked or tabbed elsewhere, or PrimeFaces returned the focus itself):
            // leave it where it is. A button they clicked may be disabled by its Ajax request, which puts the focus
            // on the page, so the page having it is no sign that nobody moved.
            if (focusMoves !== movesAtHide) {
                return;
            }
            var active = document.activeElement;
            var opener = document.getElementById(openerId);
            if (opener && (!active || active === document.body) && !$('.ui-dialog:visible').length) {
                opener.focus({preventScroll: true});
            }
        }, 300);
    });
    if (Dialog && Dialog.prototype.returnFocus) {
        var returnFocus = Dialog.prototype.returnFocus;
        Dialog.prototype.returnFocus = function () {
            var opener = this.focusedElementBeforeDialogOpened;
            if (opener && !document.body.contains(opener) && opener.id) {
                this.focusedElementBeforeDialogOpened = document.getElementById(opener.id);
            }
            return returnFocus.apply(this, arguments);
        };
    }
    $(document).on('input change', '#editor :input:not([type=file])', function () {
        var state = document.getElementById('save-state');
        if (state) {
            state.textContent = 'Unsaved changes';
            state.className = 'rd-unsaved';
            state.dataset.dirty = 'true';
        }
    });
    $(document).on('click', '#editor .rd-step-buttons, #editor .rd-rail, #editor .rd-change', function () {
        var state = document.getElementById('save-state');
        if (state) {
            state.dataset.dirty = 'false';
        }
    });
    window.addEventListener('beforeunload', function (event) {
        var state = document.getElementById('save-state');
        if (state && state.dataset.dirty === 'true') {
            event.preventDefault();
            event.returnValue = '';
        }
    });
}());
