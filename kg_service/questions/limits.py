"""How long a question may be, the same in every face."""

# A question with its context (a pasted e-mail, a form, a chat): 4000 characters, by GET as by POST. GET keeps
# it in the URL (4000 Chinese characters are about 36 kB percent-encoded, which the server reads), so an
# asker's long message is answered, not refused, whichever method the client uses.
MAX_POST_CHARS = 4000
MAX_GET_CHARS = MAX_POST_CHARS
