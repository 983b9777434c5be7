"""The ``quotes`` stage: who said what.

In:  a parsed ``Doc`` with ``doc._.actors`` and ``doc._.actor_at``.
Out: ``doc._.quotes``, a list of :class:`QuoteMention` in text order, each with content
     offsets, ``direct``, the cue token and the speaker (an index into ``doc._.actors``, or
     None when nobody can be named), and ``doc._.speech_cues``, the token indices of the verbs
     of saying that introduce reported content, which the event stage reads to tell reported
     speech from reported deeds.

The conventions it follows, each a convention of news writing rather than of one source:

* **Quoted stretches.** Straight, curly and typewriter ('' ... '') double quotes, and single
  quotes outside them (‘next steps’, 'next steps'; an apostrophe inside a word is not a
  mark; a single quote nested in a double-quoted stretch is part of its content). A
  paragraph that opens a quotation without closing it continues into the next paragraph
  when that one opens with a quotation mark; otherwise the quotation runs to the end of its
  paragraph (an unbalanced mark gives that clear result, never an error). An opening curly
  mark typed where a closing one belongs is read as closing; marks inside markup left in
  the text ('<tweet id="...">') are not quotation marks.
* **Whole quotations** open a paragraph or sentence, or follow a colon, a comma, a dash or
  a sentence end: they are direct quotes. Their cue is the attribution next to them: the
  verb nearest the quotation in the same sentence ('"...," she said' / 'said Smith' /
  'Smith said: "..."'), or a short sentence that is only an attribution ('"Enough!" She
  said.'), or the sentence before ending in a colon ('Smith told the crowd:'), or a name
  and a colon ('Senator Smith: "..."'), or a dash and a name after it ('"..." ― Ana
  Lopes', also on the next line of its own). A quotation ending in a comma takes the
  attribution after it ('..., "...," she wrote'); one ending in a comma, a question or an
  exclamation mark takes the verb that opens what follows ('"Go!" Lee barked'; in a new
  sentence only a verb of saying); one introduced by a comma takes the verb right before it
  ('Lee shot back, "..."', not 'When the vote ended, "..."'); 'According to X, "..."';
  in digests of excerpts, the source after a dash ('Headline - Ana Lopes: "..."').
  Without one, a quotation continues the quotation before it (same speaker, same
  cue) when that one is in its paragraph (one speaker to a paragraph) or nothing but that
  one's attribution lies between; else it is kept with speaker None, unless it is a title or
  a name (all words capitalised, fewer than three words, or in single quotation marks).
* **Partial quotations** sit inside a clause ('called the plan "reckless"', 'said he was
  "very proud"'). They are attributions only when the clause is the content of a verb of
  saying or of naming ('call', 'describe', 'label', ...; not a participle modifying a noun,
  'the chapter used by'): they then belong to that verb's quote, whose content covers
  them, or, when that verb is itself reported by a verb of saying, to the outer one
  ('Obama said Americans believe "..."'). Otherwise they are scare quotes or titles, and
  not quotations.
* **Indirect speech**: a verb of saying with a clausal complement, after or before it
  ('X said (that) ...', 'X told reporters ...', 'X warned ...', 'The plan will fail, she
  said'), a verb that reports its object ('X summarised the findings as grim'), a
  parenthetical, and 'according to X'; verbs of intent with their infinitive ('declined to
  comment', 'wants to run'; not in the passive, not speech cues). Reported speech nested
  in reported speech stands under the outer quote. A quote is ``direct`` when at least half
  of its content lies inside quotation marks.
* **Interview transcripts**: two or more paragraphs opening with 'NAME:' (a name in
  capitals or a person's name) are turns of speech, the colon their cue.
* **Speakers**: the cue's subject outside the quotation, else a name after the verb
  ('said Jane Doe'; after 'asked' too, when it follows the quotation), else the name opening
  the attribution or the noun between the closing mark and the cue; the antecedent of
  'who'; a named person in apposition to a title ('the minister, Jane Doe, said'); the
  object of 'according to'; pronouns, bare titles and anonymous sources ('officials', 'a
  government source') as the actor stage resolves them.

The package, one module per job:

* :mod:`.stretches`: finding quoted stretches in the text (no parse);
* :mod:`.cues`: the verbs of saying, stance, naming and intent, and the limits of an
  attribution;
* :mod:`.parse`: reading the parse: cues, subjects, speakers (:class:`QuoteMention`);
* :mod:`.direct`: whole quotations and their attributions, and continued quotations;
* :mod:`.indirect`: partial quotations and indirect speech;
* :mod:`.transcripts`: interview transcripts;
* :mod:`.component`: :func:`find_quotes` and the spaCy component.
"""

from __future__ import annotations

from .component import QuotesComponent, find_quotes, make_quotes
from .cues import CUES, INTENT, NAMING, OBJECT_CONTENT, REPORTING, STANCE
from .parse import QuoteMention, is_title
from .stretches import (
           CLOSERS,
           OPENERS,
           Quoted,
           Stretch,
           double_quoted,
           quoted_stretches,
           single_quoted,
)

__all__ = ["CLOSERS", "CUES", "INTENT", "NAMING", "OBJECT_CONTENT", "OPENERS", "REPORTING",
           "STANCE", "QuoteMention", "Quoted", "QuotesComponent", "Stretch", "double_quoted",
           "find_quotes", "is_title", "make_quotes", "quoted_stretches", "single_quoted"]
