<#-- Line 1 is the subject ("Review Desk: " goes in front of it); the body follows one blank line. -->
Confirm your new e-mail address

Hello ${name},

You asked Review Desk to send your mail to ${newAddress} from now on. To confirm that this address is yours, open this link:
${link}

The link works once, until ${validUntil}. Until it is used, Review Desk keeps writing to your old address.

If you did not ask for this, ignore this e-mail: nothing changes unless the link is used.
