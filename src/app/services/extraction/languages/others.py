"""Words of languages read only in part: Polish, Armenian, Arabic."""

from __future__ import annotations

from app.services.extraction.languages.table import NOT, L, Words

POLISH = Words(
    code="pl",
    decimal_comma=True,
    magnitudes=(("miliard", 1e9), ("milion", 1e6), ("mld", 1e9)),
    local_magnitudes=(("tys", 1e3),),
    percent=(r"prozent",),
    times=(r"razy" + NOT,),
    month_stems=(
        ("sty", 1),
        ("lut", 2),
        ("mar", 3),
        ("kwi", 4),
        ("maj", 5),
        ("cze", 6),
        ("lip", 7),
        ("sie", 8),
        ("wrz", 9),
        ("paź", 10),
        ("lis", 11),
        ("gru", 12),
    ),
    month_words=(r"(?:stycz|lut|kwie|czerw|lip|sierp|wrze|paździer|listopad|grud)" + L,),
    this_year=(r"tego\s+roku",),
    last_year=(r"ubiegłego\s+roku",),
    year_suffixes=(r"roku", r"r\."),
)
ARMENIAN = Words(
    code="hy",
    decimal_comma=True,
    magnitudes=(("միլիարդ", 1e9), ("միլիոն", 1e6)),
    currencies={"USD": (r"(?:ԱՄՆ[ \u00a0]?)?դոլար" + L,)},
    percent=(r"տոկոս" + L,),
    year_suffixes=(r"թվական" + L,),
)
ARABIC = Words(code="ar", percent=(r"بالمئة",))
