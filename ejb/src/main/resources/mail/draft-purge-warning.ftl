<#-- To the owner of an abandoned draft, once, at least 30 days before it is purged. Line 1 is the subject; the body follows one blank line. -->
Your draft "${title}" will be deleted on or after ${purgeDay}

Your draft Targeted Review request "${title}" (${displayId}) has not been changed since the ${year} submission window closed on ${closed}, and it can no longer be submitted.

Review Desk keeps drafts for one more window's length after their window closes. This draft will be deleted for good, with its files, on or after ${purgeDay}.

If you still need it, open it and save it before then: that keeps it for another ${keptFor} days. Nothing else is needed if you do not.

${link}
