"""The words and limits of attribution: which verbs are cues of quotes (and which of them
make an event in their complement merely reported), and how short an attribution is."""

from __future__ import annotations

from ..words import SIGNATURE_DASHES

#: Verbs of saying and thinking whose complement is reported content. Their tokens form
#: ``doc._.speech_cues``: the event stage treats an event in their complement as reported.
REPORTING = frozenset({
    "say", "tell", "add", "state", "announce", "explain", "insist", "stress", "note", "claim",
    "declare", "write", "argue", "assert", "summarise", "summarize", "remark", "comment",
    "reply", "respond", "quote", "report", "confirm", "acknowledge", "suggest", "emphasise",
    "emphasize", "recall", "predict", "estimate", "believe", "think", "describe", "tweet",
    "post", "admit", "concede", "maintain", "contend", "observe", "point", "underline",
})


#: Speech acts with a stance of their own: cues of quotes, but not transparent for events
#: (an event under "warned", "denied" or "promised" is not simply reported as fact).
STANCE = frozenset({
    "warn", "deny", "allege", "ask", "urge", "demand", "promise", "vow", "pledge", "accuse",
    "complain", "boast", "caution", "counter", "retort", "testify", "conclude", "continue",
    "agree", "disagree", "question", "wonder", "fear", "worry", "hope", "expect", "charge",
    "concur", "assure", "reiterate", "repeat", "joke", "quip", "shout", "yell", "scream",
    "exclaim", "chant", "cry", "whisper", "mutter", "sing", "read", "put", "begin", "recount",
    "propose", "threaten", "signal", "indicate", "show", "find", "reveal", "know", "feel",
})


#: Verbs that name what someone said with a quoted phrase as their object or complement.
NAMING = frozenset({
    "call", "describe", "label", "brand", "dub", "term", "characterize", "characterise",
    "liken", "compare", "refer", "speak", "talk", "use", "cite", "mention", "decry",
    "denounce", "praise", "hail", "criticize", "criticise", "slam", "blast", "dismiss",
})


CUES = REPORTING | STANCE


#: Verbs of intent, wish and request whose infinitive is what the source wants said or done
#: ('wants to run', 'declined to comment', 'urged him to resign'): attributions of an
#: inner state, reported with a source; never transparent for events.
INTENT = frozenset({"want", "hope", "plan", "intend", "decline", "refuse", "seek", "aim",
                    "vow", "pledge", "promise", "threaten", "urge", "ask", "expect", "wish"})


#: Verbs of saying whose object is what was said ("announced the deal", "described the
#: talks as useful"); others take a hearer or an object that is not content.
OBJECT_CONTENT = frozenset({"announce", "explain", "summarise", "summarize", "describe",
                            "confirm", "report", "state", "declare", "reiterate", "repeat"})



# Words of the parse an attribution is read from.
SUBJECTS = ("nsubj", "nsubjpass")
RELATIVE = frozenset({"who", "that", "which", "whom"})
#: Dependencies through which a partial quotation is content of the verb above it.
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "pobj", "prep", "acomp",
                          "conj", "appos", "amod", "compound", "nmod", "dative", "pcomp",
                          "advcl", "relcl", "acl", "npadvmod", "advmod", "poss", "nsubj"})
# Dashes before a source ('"..." ― Ana Lopes', 'Headline - Ana Lopes:').
DASHES = SIGNATURE_DASHES

# The limits of an attribution.
CLIMB = 6  # how many heads a partial quotation climbs to find its cue
DIRECT_SHARE = 0.5  # a quote is direct when this share of its content is in quotation marks
ATTRIBUTION_WORDS = 8  # '"...," said Jane Doe, the minister.': attributions are short
MIN_STANDALONE_WORDS = 3  # a shorter quotation with no attribution is a title or a name
NICKNAME_WORDS = 2  # a quoted name inside an attribution, not a quotation
SOURCE_WORDS = 6  # 'Headline - Ana Lopes, City University:': a source's name and affiliation
LEAD_WORDS = 4  # '"...," the party's chief whip said': the subject before an attribution verb
