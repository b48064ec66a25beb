<#-- Line 1 is the subject ("Review Desk: " goes in front of it); the body follows one blank line. -->
Choose a new password

Hello ${name},

Someone asked to reset the password of your Review Desk account (user name ${username}). To choose a new password, open this link:
${link}

The link works once, until ${validUntil}. Your current password keeps working until you choose a new one.

If you did not ask for this, you can ignore this e-mail: nothing changes unless the link is used.
