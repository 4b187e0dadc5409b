"""Words of the claim grammar per language (English, Russian, Azerbaijani, Chinese).

Kept apart from the claim logic so that teaching a language is adding words, not logic: one
module per claim type (:mod:`.records`, :mod:`.first`, :mod:`.rank`, :mod:`.sums`,
:mod:`.growth_share`), the sentence's countries and status words (:mod:`.sentence`), and the
pattern pieces, numbers and ordinals they share (:mod:`.common`). Every pattern is searched
in one sentence (bounded length) and nests no unbounded repeats.
"""
