"""One extracted claim, before it becomes a row of the claims table."""
from __future__ import annotations

import dataclasses


@dataclasses.dataclass
class Claim:
    kind: str
    value: float
    start: int
    end: int
    unit: str
    qualifier: str = "exact"
    value_high: float | None = None
    role: str = ""
    subject: str = ""
    metric: str = ""
    comparator: str = ""
    # Where a size sits inside a bare token like '30B-A3B', the whole token: a name written
    # just before it ('Nemotron 3 Nano') joins it to make the subject.
    token: str = ""
    token_start: int = -1

    @property
    def anchor_start(self) -> int:
        return self.token_start if self.token_start >= 0 else self.start

    def negate(self) -> None:
        """Make a rise a fall, a range's ends kept in order: 5..12 becomes -12..-5."""
        self.value, self.value_high = (-self.value_high, -self.value) if self.value_high else (-self.value, None)
