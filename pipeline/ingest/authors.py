"""Splitting a title glued to its author list: 'Nano V2 VLAmala Sanjay Deshmukh, ...'."""
from __future__ import annotations

import regex

# One word of a person's name: 'Aaron', 'McGovern', 'Ting-Yao', "O'Neil", 'J.', 'Bražinskas'.
# Inner capitals are allowed only after the usual prefixes, so that a glued
# 'ModelsAaron' or 'ExplainedJohn' is never read as one name word.
_NAME_WORD = r"""
    (?:
        (?:Mc|Mac|O'|D'|De|Di|Da|La|Le|Van|Von)?   # prefix before an inner capital
        \p{Lu}\p{Ll}+                              # capitalized word
        (?:-\p{Lu}?\p{Ll}+)*                       # hyphenated parts: Ting-Yao, Jean-luc
      | \p{Lu}\.(?:-?\p{Lu}\.)*                    # initials: J. or J.-P.
    )
"""
_PARTICLE = r"(?:van|von|der|den|de|del|della|da|di|du|le|la|bin|al|el|dos|das)"

PERSON_NAME = regex.compile(
    rf"""
    {_NAME_WORD}
    (?:\s(?:{_PARTICLE}\s)*{_NAME_WORD}){{1,4}}   # at least two words, particles between
    """,
    regex.VERBOSE,
)

# A place where an author may start: a capital glued to the end of the title
# (not after a space or a hyphen, which are inside the title).
_GLUE_POINT = regex.compile(r"(?<=[^\s\-])\p{Lu}")
# Looser fallback for names of shapes we do not know: two to five words of letters.
_LOOSE_NAME = regex.compile(r"\p{Lu}[\p{L}.'\-]*(?:\s[\p{L}.'\-]+){1,4}")
# Last resort, a team as first author ('DeepSeek-AI, Aixin Liu'): one capitalized word,
# trusted only when the author after it is a whole person name.
_TEAM_NAME = regex.compile(r"\p{Lu}[\p{L}\p{N}\-]*")


def _split_at(glued: str, start: int) -> tuple[str, list[str]]:
    title = glued[:start].strip()
    return title, [name.strip() for name in glued[start:].split(", ") if name.strip()]


def split_title_authors(glued: str) -> tuple[str, list[str]] | None:
    """(title, authors) from 'TitleFirst Author, Second Author, ...', or None if no split fits.

    Titles can end in acronyms and digits and contain commas, so we take the earliest
    glue point whose following text, up to the next comma, is a whole person name; if
    none is, the earliest whose text is a loose run of two to five words.
    """
    points = [point.start() for point in _GLUE_POINT.finditer(glued)]
    for name_shape in (PERSON_NAME, _LOOSE_NAME):
        for start in points:
            first_author = glued[start:].split(", ", 1)[0]
            if start > 0 and name_shape.fullmatch(first_author):
                return _split_at(glued, start)
    for start in points:
        first_author, _, rest = glued[start:].partition(", ")
        if start > 0 and _TEAM_NAME.fullmatch(first_author) and PERSON_NAME.fullmatch(rest.split(", ", 1)[0]):
            return _split_at(glued, start)
    return None
